#include "RemoteConsent.h"

#include <QJsonArray>

RemoteConsent RemoteConsent::fromJson(const QJsonObject &o)
{
    RemoteConsent c;
    c.purposeId = o[QLatin1String("purpose_id")].toString();
    c.state = Consent::stateFromId(o[QLatin1String("state")].toString())
                  .value_or(Consent::State::Unknown);
    QStringList channels;
    for (const QJsonValue &v : o[QLatin1String("channels")].toArray())
        channels.append(v.toString());
    c.channels = Consent::normaliseChannels(channels).value_or(channels);
    const QJsonObject ctx = o[QLatin1String("context")].toObject();
    c.context.until = QDate::fromString(ctx[QLatin1String("until")].toString(), Qt::ISODate);
    c.context.place = Consent::placeFromId(ctx[QLatin1String("where")].toString())
                          .value_or(Consent::Place::Anywhere);
    c.context.whileUsingApp = ctx[QLatin1String("while_using_app")].toBool();
    c.decidedAt =
        QDateTime::fromString(o[QLatin1String("decided_at")].toString(), Qt::ISODateWithMs);
    c.recordId = o[QLatin1String("record_id")].toString();
    c.source = o[QLatin1String("source")].toString();
    return c;
}
