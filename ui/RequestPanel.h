#pragma once

#include "requests/RequestEvent.h"
#include "requests/RightsRequest.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

// One rights request, in plain words: what was asked, where it is, the days left, what the
// shop answered (with the Art. 15 answers of an access request), what happened when, and the
// next steps as buttons — only the ones that make sense now. It shows; the page acts.
class RequestPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Action {
        Letter,
        MarkSent,
        Answer,
        Check,
        Retry,
        Calendar,
        Reminder,
        Complaint,
        SeeData,
        Cancel,
    };
    Q_ENUM(Action)

    explicit RequestPanel(QWidget *parent = nullptr);

    // `deliveryProblem`: why Roer could not send it yet (API), or empty.
    void show(const RightsRequest &request, const QList<RequestEvent> &history,
              const QString &deliveryProblem, const QDate &today, const QString &language);
    void clear();
    QString requestId() const { return m_request.id; }
    QPushButton *button(Action action) const;

    // What happened, in plain words, for the history list.
    static QString eventText(const RequestEvent &event, const QString &language);
    // What the request asks for beyond its kind, one line per point.
    static QStringList detailLines(const RightsRequest &request, const QString &language);

signals:
    void actionRequested(RequestPanel::Action action, const QString &requestId);

private:
    QPushButton *makeButton(Action action, const char *name);

    RightsRequest m_request;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_deadline;
    QLabel *m_askedTitle;
    QLabel *m_asked;
    QLabel *m_reason;
    QLabel *m_answers;
    QLabel *m_historyTitle;
    QLabel *m_history;
    QWidget *m_buttons;
    QList<std::pair<Action, QPushButton *>> m_actions;
};
