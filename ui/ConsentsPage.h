#pragma once

#include "consent/ConsentTypes.h"
#include "consent/RetailerInfo.h"
#include "consent/RetailerPurpose.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class ConsentHistoryDialog;
class ConsentServices;
class DecisionLetterDialog;
class LanguageManager;
class OutboxSender;
class PurposeRow;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
class Vault;
class VaultManager;

// "Consents": per retailer, what it uses the customer's data for, grouped by the legal basis it
// claims (needed for the order / the customer's choice / their own interest), with the
// customer's decisions and where each is in its delivery. A decision is committed to the vault
// (record + outbox entry in one transaction) before the OutboxSender delivers it; a retailer
// without the Roer API gets the same decision as a letter the customer sends themselves.
class ConsentsPage : public QWidget
{
    Q_OBJECT
public:
    // Without `services` the page makes its own (tests); the workspace shares one.
    ConsentsPage(VaultManager *manager, LanguageManager *languages, QWidget *parent = nullptr,
                 ConsentServices *services = nullptr);
    ~ConsentsPage() override;

    void refresh();
    void selectRetailer(qint64 id);
    qint64 currentRetailer() const;
    void decide(const QString &purposeId, Consent::State state, const QStringList &channels,
                const Consent::Context &context);
    void showLetter(const QString &purposeId);
    void linkAccount();
    void cancelLink();
    void reconcile();
    void showHistory();

    OutboxSender *sender() const;
    ConsentServices *services() const { return m_services; }
    DecisionLetterDialog *letterDialog() const;
    ConsentHistoryDialog *historyDialog() const;
    // The purposes Roer offers for a shop without the API: the common ones of the catalogue.
    static QList<RetailerPurpose> cataloguePurposes();

signals:
    // Counts over all retailers, for a status bar.
    void deliveryStatusChanged(int waiting, int needsAttention);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void ensureServices();
    void dropServices();
    void loadRetailer();
    void rebuildRows(const RetailerInfo &info, const QList<RetailerPurpose> &purposes);
    void updateStatuses();
    void fetchPurposes(qint64 retailerId);
    void withClient(qint64 retailerId, std::function<void(class RetailerApiClient *)> use);
    void setError(const QString &message);
    QString language() const;

    VaultManager *m_manager;
    LanguageManager *m_languages;
    ConsentServices *m_services;
    RetailerInfo m_info;
    bool m_linked = false;
    int m_linkGeneration = 0;
    bool m_showWhich = false;

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_retailerLabel;
    QComboBox *m_retailer;
    QPushButton *m_link;
    QPushButton *m_check;
    QPushButton *m_history;
    QLabel *m_linkState;
    QProgressBar *m_linkProgress;
    QPushButton *m_cancelLink;
    QLabel *m_error;
    QLabel *m_reconcile;
    QLabel *m_empty;
    QLabel *m_sectionTitles[3];
    QLabel *m_sectionIntros[3];
    QWidget *m_sections[3];
    QVBoxLayout *m_sectionLayouts[3];
    QList<PurposeRow *> m_rows;
    QLabel *m_status;
    QPushButton *m_which;
    QLabel *m_whichList;
    QPointer<DecisionLetterDialog> m_letterDialog;
    QPointer<ConsentHistoryDialog> m_historyDialog;
};
