#include "RequestTypes.h"

#include <QCoreApplication>

namespace Requests {

namespace {
struct KindName
{
    Kind kind;
    const char *id;
    const char *article;
};
constexpr KindName kKinds[] = {
    {Kind::Access, "access", "15"},           {Kind::Erasure, "erasure", "17"},
    {Kind::Objection, "objection", "21"},     {Kind::Rectification, "rectification", "16"},
    {Kind::Restriction, "restriction", "18"}, {Kind::Portability, "portability", "20"},
};

struct StatusName
{
    Status status;
    const char *id;
};
constexpr StatusName kStatuses[] = {
    {Status::Waiting, "waiting"},
    {Status::LetterMade, "letter_made"},
    {Status::Sent, "sent"},
    {Status::Received, "received"},
    {Status::InProgress, "in_progress"},
    {Status::Extended, "extended"},
    {Status::Completed, "completed"},
    {Status::Refused, "refused"},
    {Status::Cancelled, "cancelled"},
};
} // namespace

QString kindId(Kind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.id);
    return QString();
}

std::optional<Kind> kindFromId(const QString &id)
{
    for (const auto &k : kKinds)
        if (id == QLatin1String(k.id))
            return k.kind;
    return std::nullopt;
}

QString kindArticle(Kind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.article);
    return QString();
}

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Access: return QCoreApplication::translate("Requests", "A copy of your data");
    case Kind::Erasure: return QCoreApplication::translate("Requests", "Erase your data");
    case Kind::Objection: return QCoreApplication::translate("Requests", "Stop a use of your data");
    case Kind::Rectification: return QCoreApplication::translate("Requests", "Correct your data");
    case Kind::Restriction:
        return QCoreApplication::translate("Requests", "Pause the use of your data");
    case Kind::Portability:
        return QCoreApplication::translate("Requests", "Your data in a file to take along");
    }
    return QString();
}

QString kindHelp(Kind kind)
{
    switch (kind) {
    case Kind::Access:
        return QCoreApplication::translate(
            "Requests",
            "Ask what they know about you. You get a copy of your data. They also "
            "tell you why they keep it, for how long and who gets it (Article 15).");
    case Kind::Erasure:
        return QCoreApplication::translate(
            "Requests",
            "Ask them to delete your data (Article 17). Some data they must keep "
            "by law, such as invoices.");
    case Kind::Objection:
        return QCoreApplication::translate(
            "Requests",
            "Say no to advertising, or to a profile they make of you (Article 21). "
            "For advertising they must always stop.");
    case Kind::Rectification:
        return QCoreApplication::translate(
            "Requests", "Ask them to fix data that is wrong or not complete (Article 16).");
    case Kind::Restriction:
        return QCoreApplication::translate(
            "Requests",
            "Ask them to keep your data but not use it for a while. For example "
            "while they check if it is right (Article 18).");
    case Kind::Portability:
        return QCoreApplication::translate(
            "Requests",
            "Get the data you gave them in a file that a computer can read. You "
            "can take it to another shop (Article 20).");
    }
    return QString();
}

QString statusId(Status status)
{
    for (const auto &s : kStatuses)
        if (s.status == status)
            return QLatin1String(s.id);
    return QString();
}

std::optional<Status> statusFromId(const QString &id)
{
    for (const auto &s : kStatuses)
        if (id == QLatin1String(s.id))
            return s.status;
    return std::nullopt;
}

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Waiting: return QCoreApplication::translate("Requests", "On its way to the shop");
    case Status::LetterMade:
        return QCoreApplication::translate("Requests", "Letter made, not sent yet");
    case Status::Sent: return QCoreApplication::translate("Requests", "Sent by you");
    case Status::Received: return QCoreApplication::translate("Requests", "Received by the shop");
    case Status::InProgress:
        return QCoreApplication::translate("Requests", "The shop is working on it");
    case Status::Extended:
        return QCoreApplication::translate("Requests", "The shop took more time");
    case Status::Completed: return QCoreApplication::translate("Requests", "Done");
    case Status::Refused: return QCoreApplication::translate("Requests", "Refused by the shop");
    case Status::Cancelled: return QCoreApplication::translate("Requests", "Stopped by you");
    }
    return QString();
}

bool isOpen(Status status)
{
    return status != Status::Completed && status != Status::Refused && status != Status::Cancelled;
}

bool deadlineRuns(Status status)
{
    return status == Status::Sent || status == Status::Received || status == Status::InProgress
        || status == Status::Extended;
}

QString deliveryId(Delivery delivery)
{
    return delivery == Delivery::Api ? QStringLiteral("api") : QStringLiteral("letter");
}

std::optional<Delivery> deliveryFromId(const QString &id)
{
    if (id == QLatin1String("api"))
        return Delivery::Api;
    if (id == QLatin1String("letter"))
        return Delivery::Letter;
    return std::nullopt;
}

QString sentById(SentBy by)
{
    switch (by) {
    case SentBy::Email: return QStringLiteral("email");
    case SentBy::Post: return QStringLiteral("post");
    case SentBy::WebForm: return QStringLiteral("web_form");
    case SentBy::Api: return QStringLiteral("api");
    }
    return QString();
}

std::optional<SentBy> sentByFromId(const QString &id)
{
    for (SentBy by : {SentBy::Email, SentBy::Post, SentBy::WebForm, SentBy::Api})
        if (id == sentById(by) || (by == SentBy::WebForm && id == QLatin1String("web-form")))
            return by;
    return std::nullopt;
}

QString sentByLabel(SentBy by)
{
    switch (by) {
    case SentBy::Email: return QCoreApplication::translate("Requests", "by e-mail");
    case SentBy::Post: return QCoreApplication::translate("Requests", "by post");
    case SentBy::WebForm:
        return QCoreApplication::translate("Requests", "with a form on their website");
    case SentBy::Api: return QCoreApplication::translate("Requests", "through Roer");
    }
    return QString();
}

QString objectToId(ObjectTo what)
{
    switch (what) {
    case ObjectTo::Nothing: break;
    case ObjectTo::DirectMarketing: return QStringLiteral("direct_marketing");
    case ObjectTo::Profiling: return QStringLiteral("profiling");
    case ObjectTo::Both: return QStringLiteral("both");
    }
    return QString();
}

std::optional<ObjectTo> objectToFromId(const QString &id)
{
    for (ObjectTo w :
         {ObjectTo::Nothing, ObjectTo::DirectMarketing, ObjectTo::Profiling, ObjectTo::Both})
        if (id == objectToId(w)
            || QString(id).replace(QLatin1Char('-'), QLatin1Char('_')) == objectToId(w))
            return w;
    return std::nullopt;
}

} // namespace Requests
