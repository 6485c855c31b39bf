#include "RequestProtocol.h"

#include "consent/ConsentRecord.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
Error notUnderstood()
{
    return Error::make(
        ErrorCode::Protocol,
        QCoreApplication::translate("Requests",
                                    "The shop's answer about your request was not what Roer "
                                    "expected. Nothing was changed."));
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QDateTime rfc3339(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

bool isTextObject(const QJsonValue &v)
{
    if (!v.isObject() || v.toObject().isEmpty())
        return false;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it.value().isString())
            return false;
    return true;
}
} // namespace

namespace RequestProtocol {

const QStringList &accessItems()
{
    static const QStringList items = {QStringLiteral("purposes"),
                                      QStringLiteral("categories"),
                                      QStringLiteral("recipients"),
                                      QStringLiteral("retention"),
                                      QStringLiteral("rights"),
                                      QStringLiteral("complaint"),
                                      QStringLiteral("source"),
                                      QStringLiteral("automated_decisions"),
                                      QStringLiteral("transfers")};
    return items;
}

QJsonObject body(const RightsRequest &r)
{
    const RequestDetails &d = r.details;
    QJsonArray objectTo;
    if (d.objectTo == Requests::ObjectTo::DirectMarketing || d.objectTo == Requests::ObjectTo::Both)
        objectTo.append(QStringLiteral("direct_marketing"));
    if (d.objectTo == Requests::ObjectTo::Profiling || d.objectTo == Requests::ObjectTo::Both)
        objectTo.append(QStringLiteral("profiling"));
    const bool correction = !d.wrongValue.isEmpty() || !d.correctValue.isEmpty();
    return QJsonObject{
        {QStringLiteral("request_id"), r.id},
        {QStringLiteral("type"), Requests::kindId(r.kind)},
        {QStringLiteral("submitted_at"), ConsentRecord::timeString(r.createdAt)},
        {QStringLiteral("language"), r.language},
        {QStringLiteral("details"),
         QJsonObject{
             {QStringLiteral("scope"), orNull(d.scope)},
             {QStringLiteral("categories"), QJsonArray::fromStringList(d.categories)},
             {QStringLiteral("withdraw_consents"), d.withdrawConsents},
             {QStringLiteral("object_to"), objectTo},
             {QStringLiteral("reason"), orNull(d.reason)},
             {QStringLiteral("correction"),
              correction ? QJsonValue(QJsonObject{{QStringLiteral("wrong"), d.wrongValue},
                                                  {QStringLiteral("correct"), d.correctValue}})
                         : QJsonValue(QJsonValue::Null)},
         }},
    };
}

Result<RequestAnswer> answer(const QJsonObject &o, const QString &requestId)
{
    if (o.value(QLatin1String("request_id")).toString() != requestId)
        return notUnderstood();
    static const QStringList statuses = {QStringLiteral("received"), QStringLiteral("in_progress"),
                                         QStringLiteral("extended"), QStringLiteral("completed"),
                                         QStringLiteral("refused")};
    const QString statusText = o.value(QLatin1String("status")).toString();
    if (!statuses.contains(statusText))
        return notUnderstood();
    RequestAnswer a;
    a.source = QStringLiteral("retailer-api");
    a.status = *Requests::statusFromId(statusText);
    a.receivedAt = rfc3339(o.value(QLatin1String("received_at")));
    if (!a.receivedAt.isValid())
        return notUnderstood();
    a.at = rfc3339(o.value(QLatin1String("updated_at")));
    if (!a.at.isValid())
        a.at = a.receivedAt;
    const QJsonValue reason = o.value(QLatin1String("reason"));
    if (!reason.isNull() && !reason.isUndefined()) {
        if (!isTextObject(reason))
            return notUnderstood();
        a.reason = reason.toObject();
    }
    if (a.status == Requests::Status::Extended) {
        const QDateTime notice = rfc3339(o.value(QLatin1String("extended_at")));
        const QJsonValue until = o.value(QLatin1String("extended_due_date"));
        a.extendedUntil = QDate::fromString(until.toString(), Qt::ISODate);
        if (!notice.isValid() || (!until.isNull() && !a.extendedUntil.isValid()))
            return notUnderstood();
        a.at = notice;
    }
    if (a.status == Requests::Status::Refused && a.reason.isEmpty())
        return notUnderstood(); // a refusal must say why (Art. 12(4))
    a.resultAvailable = o.value(QLatin1String("result_available")).toBool();
    return a;
}

Result<QJsonObject> accessInformation(const QJsonObject &result)
{
    const QJsonValue info = result.value(QLatin1String("access_information"));
    if (info.isUndefined() || info.isNull())
        return QJsonObject();
    if (!info.isObject())
        return notUnderstood();
    QJsonObject out;
    const QJsonObject o = info.toObject();
    for (const QString &item : accessItems()) {
        const QJsonValue v = o.value(item);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!isTextObject(v))
            return notUnderstood();
        out.insert(item, v);
    }
    return out;
}

} // namespace RequestProtocol
