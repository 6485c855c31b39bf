#include "RequestPanel.h"

#include "DataTreeModel.h"
#include "FlowLayout.h"
#include "HelpDeskMode.h"
#include "Style.h"
#include "requests/DateWords.h"
#include "requests/Deadline.h"
#include "requests/RequestProtocol.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString accessItemTitle(const QString &item)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("purposes"), QT_TRANSLATE_NOOP("RequestPanel", "Why they use your data")},
        {QStringLiteral("categories"),
         QT_TRANSLATE_NOOP("RequestPanel", "What kinds of data they have")},
        {QStringLiteral("recipients"), QT_TRANSLATE_NOOP("RequestPanel", "Who gets your data")},
        {QStringLiteral("retention"), QT_TRANSLATE_NOOP("RequestPanel", "How long they keep it")},
        {QStringLiteral("rights"), QT_TRANSLATE_NOOP("RequestPanel", "Your rights")},
        {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("RequestPanel", "Where you can complain")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("RequestPanel", "Where they got your data")},
        {QStringLiteral("automated_decisions"),
         QT_TRANSLATE_NOOP("RequestPanel", "Decisions by computer, and profiles")},
        {QStringLiteral("transfers"), QT_TRANSLATE_NOOP("RequestPanel", "Outside the EU")},
    };
    return QCoreApplication::translate("RequestPanel", titles.value(item, ""));
}

QLabel *textLabel(const char *name)
{
    auto *l = new QLabel;
    l->setObjectName(QLatin1String(name));
    Style::makeBody(l);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

RequestPanel::RequestPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(textLabel("requestStatus")),
      m_deadline(textLabel("requestDeadline")), m_askedTitle(new QLabel(this)),
      m_asked(textLabel("requestAsked")), m_reason(textLabel("requestReason")),
      m_answers(textLabel("requestAnswers")), m_historyTitle(new QLabel(this)),
      m_history(textLabel("requestHistory")), m_buttons(new QWidget(this))
{
    setObjectName(QStringLiteral("requestPanel"));
    m_title->setObjectName(QStringLiteral("requestTitle"));
    Style::makeSubtitle(m_title);
    m_title->setWordWrap(true);
    Style::makeSubtitle(m_historyTitle);
    Style::makeSubtitle(m_askedTitle);
    m_buttons->setObjectName(QStringLiteral("requestActions"));
    auto *flow = new FlowLayout(m_buttons, 8);
    flow->setContentsMargins(0, 4, 0, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_deadline);
    layout->addWidget(m_buttons);
    layout->addWidget(m_askedTitle);
    layout->addWidget(m_asked);
    layout->addWidget(m_reason);
    layout->addWidget(m_answers);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history);
    layout->addStretch(1);

    makeButton(Action::Letter, "letterButton");
    makeButton(Action::MarkSent, "markSentButton");
    makeButton(Action::Answer, "answerButton");
    makeButton(Action::Check, "checkButton");
    makeButton(Action::Retry, "retryButton");
    makeButton(Action::Calendar, "calendarButton");
    makeButton(Action::Reminder, "reminderButton");
    makeButton(Action::Complaint, "complaintButton");
    makeButton(Action::SeeData, "seeDataButton");
    makeButton(Action::Cancel, "cancelButton");
    clear();
}

QPushButton *RequestPanel::makeButton(Action action, const char *name)
{
    auto *b = new QPushButton(m_buttons);
    b->setObjectName(QLatin1String(name));
    m_buttons->layout()->addWidget(b);
    connect(b, &QPushButton::clicked, this,
            [this, action] { emit actionRequested(action, m_request.id); });
    m_actions.append({action, b});
    return b;
}

QPushButton *RequestPanel::button(Action action) const
{
    for (const auto &[a, b] : m_actions)
        if (a == action)
            return b;
    return nullptr;
}

void RequestPanel::clear()
{
    m_request = RightsRequest();
    m_request.id.clear();
    for (QLabel *l :
         {m_title, m_status, m_deadline, m_asked, m_reason, m_answers, m_historyTitle, m_history})
        l->clear();
    for (const auto &[a, b] : m_actions)
        b->hide();
    setVisible(false);
}

QStringList RequestPanel::detailLines(const RightsRequest &r, const QString &language)
{
    const RequestDetails &d = r.details;
    QStringList lines;
    QStringList found;
    for (const QString &c : d.categories)
        found.append(DataTreeModel::categoryTitle(c, language));
    if (!d.scope.isEmpty())
        lines.append(tr("About: %1").arg(d.scope));
    else if (!found.isEmpty())
        lines.append(tr("About: %1").arg(found.join(QStringLiteral(", "))));
    else
        lines.append(tr("About: all your data."));
    if (d.withdrawConsents)
        lines.append(tr("You also withdraw every consent (permission) you gave them."));
    const bool marketing =
        d.objectTo == Requests::ObjectTo::DirectMarketing || d.objectTo == Requests::ObjectTo::Both;
    const bool profiling =
        d.objectTo == Requests::ObjectTo::Profiling || d.objectTo == Requests::ObjectTo::Both;
    if (marketing)
        lines.append(tr("You say no to advertising aimed at you."));
    if (profiling)
        lines.append(tr("You say no to a profile they make of you."));
    // The customer's own values: only their kind in help-desk mode.
    const HelpDeskMode &helpDesk = HelpDeskMode::instance();
    if (!d.wrongValue.isEmpty())
        lines.append(tr("Wrong now: %1").arg(helpDesk.show(d.wrongValue)));
    if (!d.correctValue.isEmpty())
        lines.append(tr("Should be: %1").arg(helpDesk.show(d.correctValue)));
    if (!d.reason.isEmpty())
        lines.append(tr("Your reason: %1").arg(helpDesk.show(d.reason)));
    if (!d.customerNumber.isEmpty())
        lines.append(tr("Your customer number: %1")
                         .arg(helpDesk.show(d.customerNumber, QStringLiteral("pd:Identifier"))));
    lines.append(r.delivery == Requests::Delivery::Api
                     ? tr("Sent through the shop's link with Roer.")
                     : tr("A letter in %1.")
                           .arg(r.language == QLatin1String("nl") ? tr("Dutch") : tr("English")));
    return lines;
}

QString RequestPanel::eventText(const RequestEvent &e, const QString &language)
{
    const QJsonObject x = e.details;
    QString text;
    if (e.event == QLatin1String(RequestEvent::kCreated)) {
        text = tr("You made the request.");
    } else if (e.event == QLatin1String(RequestEvent::kSent)) {
        const auto by = Requests::sentByFromId(x.value(QLatin1String("sent_by")).toString());
        text = tr("You sent it %1.").arg(by ? Requests::sentByLabel(*by) : QString()).simplified();
        text.replace(QStringLiteral(" ."), QStringLiteral("."));
    } else if (e.event == QLatin1String(RequestEvent::kDelivered)) {
        text = tr("Roer sent it through the shop's link. The shop has it.");
    } else if (e.event == QLatin1String(RequestEvent::kStatus)) {
        const QString s = x.value(QLatin1String("status")).toString();
        if (s == QLatin1String("received"))
            text = tr("The shop confirmed it has your request.");
        else if (s == QLatin1String("in_progress"))
            text = tr("The shop is working on it.");
        else if (s == QLatin1String("extended")) {
            text = tr("The shop needs more time, until %1.")
                       .arg(DateWords::date(
                           QDate::fromString(x.value(QLatin1String("extended_until")).toString(),
                                             Qt::ISODate),
                           language));
            if (!x.value(QLatin1String("extension_counts")).toBool())
                text += QLatin1Char(' ')
                    + tr("That does not count: it had to say so within the first month.");
        } else if (s == QLatin1String("completed"))
            text = tr("The shop says it is done.");
        else if (s == QLatin1String("refused"))
            text = tr("The shop refused.");
    } else if (e.event == QLatin1String(RequestEvent::kResultStored)) {
        text = tr("Roer stored the copy of your data.");
    } else if (e.event == QLatin1String(RequestEvent::kReminderMade)) {
        text = tr("You made a reminder.");
    } else if (e.event == QLatin1String(RequestEvent::kComplaintMade)) {
        text = tr("You made a complaint to the AP.");
    } else if (e.event == QLatin1String(RequestEvent::kCancelled)) {
        text = tr("You stopped the request.");
    }
    return DateWords::date(e.time.toLocalTime().date(), language) + QStringLiteral(": ") + text;
}

void RequestPanel::show(const RightsRequest &r, const QList<RequestEvent> &history,
                        const QString &deliveryProblem, const QDate &today, const QString &language)
{
    // The keyboard stays in the panel when the button it was on goes away (an answer noted).
    QWidget *focused = window()->focusWidget();
    const bool hadFocus = focused && isAncestorOf(focused);
    m_request = r;
    setVisible(true);
    m_title->setText(tr("%1 — %2").arg(Requests::kindLabel(r.kind), r.retailerName));
    QString status = Requests::statusLabel(r.status);
    if (!deliveryProblem.isEmpty())
        status = tr("Roer could not send it yet. %1").arg(deliveryProblem);
    m_status->setText(status);
    const bool runs = Requests::deadlineRuns(r.status) && r.deadline().isValid();
    m_deadline->setVisible(runs || r.status == Requests::Status::LetterMade);
    if (runs)
        m_deadline->setText(Deadline::sentence(r.deadline(), today, language)
                            + (r.isLate(today) ? QLatin1Char(' ')
                                       + tr("You can send a reminder. Then you can complain to "
                                            "the AP (the Dutch data protection authority).")
                                               : QString()));
    else if (r.status == Requests::Status::LetterMade)
        m_deadline->setText(tr("The shop has a month from the day it gets your letter. Tell "
                               "Roer when you sent it."));
    m_deadline->setStyleSheet(r.isLate(today) ? QStringLiteral("color: #8a1c1c;") : QString());

    m_askedTitle->setText(tr("What you asked"));
    m_asked->setText(detailLines(r, language).join(QLatin1Char('\n')));
    const QString reason = r.reasonText(language);
    m_reason->setVisible(!reason.isEmpty());
    m_reason->setText(tr("Their reason: %1").arg(reason));
    QStringList answers;
    for (const QString &item : RequestProtocol::accessItems()) {
        const QJsonObject texts = r.accessInformation.value(item).toObject();
        const QString t = texts.value(language).toString(texts
                                                             .value(language == QLatin1String("nl")
                                                                        ? QStringLiteral("en")
                                                                        : QStringLiteral("nl"))
                                                             .toString());
        if (!t.isEmpty())
            answers.append(accessItemTitle(item) + QStringLiteral(": ") + t);
    }
    m_answers->setVisible(!answers.isEmpty());
    m_answers->setText(tr("What the shop told you:") + QLatin1Char('\n')
                       + answers.join(QLatin1Char('\n')));
    m_historyTitle->setText(tr("What happened"));
    QStringList lines;
    for (const RequestEvent &e : history)
        lines.append(eventText(e, language));
    m_history->setText(lines.join(QLatin1Char('\n')));

    const bool letter = r.delivery == Requests::Delivery::Letter;
    const bool open = Requests::isOpen(r.status);
    const bool late = r.isLate(today);
    auto set = [this](Action a, bool visible, const QString &text) {
        QPushButton *b = button(a);
        b->setText(text);
        b->setVisible(visible);
    };
    set(Action::Letter, letter && r.status != Requests::Status::Cancelled, tr("Show the &letter"));
    set(Action::MarkSent, r.status == Requests::Status::LetterMade, tr("I &sent it…"));
    set(Action::Answer, letter && Requests::deadlineRuns(r.status), tr("The shop ans&wered…"));
    set(Action::Check, !letter && open && r.status != Requests::Status::Waiting,
        tr("Chec&k for an answer"));
    set(Action::Retry,
        !letter && r.status == Requests::Status::Waiting && !deliveryProblem.isEmpty(),
        tr("&Try again"));
    set(Action::Calendar, runs, tr("Add to &calendar…"));
    set(Action::Reminder, late, tr("&Reminder…"));
    set(Action::Complaint, late || r.status == Requests::Status::Refused,
        tr("Complaint to the &AP…"));
    set(Action::SeeData, r.resultSnapshotId != 0, tr("See the cop&y of your data"));
    set(Action::Cancel, open, tr("St&op this request…"));
    if (hadFocus && !focused->isVisibleTo(window())) {
        for (const auto &[a, b] : m_actions)
            if (b->isVisibleTo(this)) {
                b->setFocus();
                break;
            }
    }
}
