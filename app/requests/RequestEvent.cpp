#include "RequestEvent.h"

#include "consent/ConsentRecord.h"

#include <QJsonDocument>

QByteArray RequestEvent::canonicalJson() const
{
    // Sorted keys (QJsonObject), no spaces, only strings, booleans, arrays and objects.
    const QJsonObject o{
        {QStringLiteral("schema"), QLatin1String(kSchema)},
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("previous_event_id"), previousEventId},
        {QStringLiteral("time"), ConsentRecord::timeString(time)},
        {QStringLiteral("controller"),
         QJsonObject{{QStringLiteral("name"), controllerName},
                     {QStringLiteral("website"), controllerWebsite}}},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("delivery"), delivery},
        {QStringLiteral("event"), event},
        {QStringLiteral("status"), status},
        {QStringLiteral("source"), source},
        {QStringLiteral("details"), details},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject RequestEvent::toJson() const
{
    QJsonObject o = QJsonDocument::fromJson(canonicalJson()).object();
    o.insert(QStringLiteral("previous_hash"), QString::fromLatin1(previousHash));
    o.insert(QStringLiteral("hash"), QString::fromLatin1(hash));
    return o;
}

bool RequestEvent::fromCanonicalJson(const QByteArray &json, RequestEvent &e)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("schema")).toString() != QLatin1String(kSchema))
        return false;
    e.eventId = o.value(QLatin1String("event_id")).toString();
    e.requestId = o.value(QLatin1String("request_id")).toString();
    e.previousEventId = o.value(QLatin1String("previous_event_id")).toString();
    e.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    const QJsonObject controller = o.value(QLatin1String("controller")).toObject();
    e.controllerName = controller.value(QLatin1String("name")).toString();
    e.controllerWebsite = controller.value(QLatin1String("website")).toString();
    e.kind = o.value(QLatin1String("kind")).toString();
    e.delivery = o.value(QLatin1String("delivery")).toString();
    e.event = o.value(QLatin1String("event")).toString();
    e.status = o.value(QLatin1String("status")).toString();
    e.source = o.value(QLatin1String("source")).toString();
    e.details = o.value(QLatin1String("details")).toObject();
    return !e.eventId.isEmpty() && !e.requestId.isEmpty();
}
