#pragma once

#include "consent/ConsentDecision.h"
#include "consent/RetailerPurpose.h"

#include <QFrame>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

// One purpose of one retailer on the Consents page, as a card. What it offers depends on the
// legal basis the retailer claims: needed for the order (shown, cannot be switched off), the
// customer's choice (a switch that is never pre-ticked, with channels and context), or the
// retailer's own interest (an "Object" action, GDPR Art. 21). It also says where the
// decision is in its delivery. Built in the current language; the page rebuilds on a change.
class PurposeRow : public QFrame
{
    Q_OBJECT
public:
    enum class Section { Needed, Choice, Interest };
    static Section sectionFor(const RetailerPurpose &purpose);

    PurposeRow(const RetailerPurpose &purpose, const QString &language, QWidget *parent = nullptr);

    QString purposeId() const { return m_purpose.id; }
    Section section() const { return m_section; }
    // receivedAt: when the retailer confirmed (RFC 3339), if known.
    void setDecision(const std::optional<ConsentDecision> &decision, const QString &receivedAt);
    void setBusy(bool busy);
    // A problem with the last choice on this purpose (empty hides it).
    void showProblem(const QString &message);

signals:
    void decisionRequested(const QString &purposeId, Consent::State state,
                           const QStringList &channels, const Consent::Context &context);
    void letterRequested(const QString &purposeId);
    void retryRequested(const QString &purposeId);

private:
    void buildChoice(class QVBoxLayout *layout);
    void buildInterest(QVBoxLayout *layout);
    void buildNeeded(QVBoxLayout *layout);
    QStringList chosenChannels() const;
    Consent::Context chosenContext() const;
    void updateSave();
    QString retentionText() const;
    QString statusText(const ConsentDecision &decision, const QString &receivedAt) const;
    void channelClicked();

    RetailerPurpose m_purpose;
    QString m_language;
    Section m_section;
    std::optional<ConsentDecision> m_decision;
    bool m_waitingForChannel = false; // "yes" ticked, no channel chosen yet
    QString m_statusBefore;           // the status to show again when that yes is unticked
    QLabel *m_status = nullptr;
    QLabel *m_problem = nullptr;
    QCheckBox *m_allow = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_object = nullptr;
    QPushButton *m_letter = nullptr;
    QPushButton *m_retry = nullptr;
    QHash<QString, QCheckBox *> m_channels;
    QComboBox *m_place = nullptr;
    QCheckBox *m_untilCheck = nullptr;
    QDateEdit *m_until = nullptr;
    QCheckBox *m_whileApp = nullptr;
};
