#pragma once

#include "RequestPanel.h"
#include "requests/RequestDetails.h"
#include "requests/RequestTypes.h"

#include <QPointer>
#include <QWidget>

class ComplaintDialog;
class LanguageManager;
class NewRequestDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class RequestLetterDialog;
class Vault;
class VaultManager;

// "Requests": the customer's rights requests to shops — access, erasure, objection,
// correction, restriction, portability — with where each is and how many days the shop has
// left, worked out from the dates every time the page is shown, so it is right after weeks
// with Roer closed. New requests, letters, "I sent it", the shop's answer, calendar reminders,
// reminder letters and the complaint to the AP all start here. Sending through a shop's API and
// asking for answers is done by the request services; the page asks for it by signals.
class RequestsPage : public QWidget
{
    Q_OBJECT
public:
    RequestsPage(VaultManager *manager, LanguageManager *languages, QWidget *parent = nullptr);

    void refresh();
    void selectRequest(const QString &id);
    QString currentRequest() const;
    // Opens "New request", prefilled when the customer came from an alert or My data.
    void newRequest(qint64 retailerId = 0, Requests::Kind kind = Requests::Kind::Access,
                    const RequestDetails &details = {});
    void act(RequestPanel::Action action, const QString &id);
    void exportHistory();

    RequestPanel *panel() const { return m_panel; }
    NewRequestDialog *newRequestDialog() const;
    RequestLetterDialog *letterDialog() const;
    ComplaintDialog *complaintDialog() const;

signals:
    // A request for a shop with the Roer API was committed: send the outbox now.
    void sendRequested();
    void checkRequested(const QString &requestId);
    void retryRequested(const QString &requestId);
    void dataRequested(qint64 retailerId);
    // Requests changed (made, sent, answered): the overview's list may change too.
    void requestsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();
    void showLetter(const QString &id, bool reminder);
    void markSent(const QString &id, const QByteArray &letterSha256 = {});
    void noteAnswer(const QString &id);
    void saveCalendar(const QString &id);
    void makeComplaint(const QString &id);
    void cancelRequest(const QString &id);
    void changed(const QString &id);
    void setError(const QString &message);
    QString language() const;
    QDate today() const;

    VaultManager *m_manager;
    LanguageManager *m_languages;
    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_new;
    QPushButton *m_export;
    QLabel *m_error;
    QStackedWidget *m_stack;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyNew;
    QListWidget *m_list;
    RequestPanel *m_panel;
    QPointer<NewRequestDialog> m_newDialog;
    QPointer<RequestLetterDialog> m_letterDialog;
    QPointer<ComplaintDialog> m_complaintDialog;
};
