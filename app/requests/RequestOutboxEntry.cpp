#include "RequestOutboxEntry.h"

#include <QDateTime>

QJsonObject RequestOutboxEntry::toJson() const
{
    auto time = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
    };
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("retailer_id"), retailerId},
        {QStringLiteral("idempotency_key"), idempotencyKey},
        {QStringLiteral("status"), Consent::deliveryId(status)},
        {QStringLiteral("status_text"), Consent::deliveryLabel(status)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("created_at"), time(createdMs)},
    };
    if (isPending())
        o.insert(QStringLiteral("next_attempt_at"), time(nextAttemptMs));
    if (httpStatus)
        o.insert(QStringLiteral("http_status"), httpStatus);
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    return o;
}
