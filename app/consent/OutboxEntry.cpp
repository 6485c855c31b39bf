#include "OutboxEntry.h"

#include <QDateTime>

QJsonObject OutboxEntry::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("retailer_id"), retailerId},
        {QStringLiteral("purpose_id"), purposeId},
        {QStringLiteral("idempotency_key"), idempotencyKey},
        {QStringLiteral("status"), Consent::deliveryId(status)},
        {QStringLiteral("status_text"), Consent::deliveryLabel(status)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("created_at"),
         QDateTime::fromMSecsSinceEpoch(createdMs).toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("decision"), payload},
    };
    if (isPending())
        o.insert(QStringLiteral("next_attempt_at"),
                 QDateTime::fromMSecsSinceEpoch(nextAttemptMs).toUTC().toString(Qt::ISODateWithMs));
    if (httpStatus)
        o.insert(QStringLiteral("http_status"), httpStatus);
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    if (!receiptId.isEmpty())
        o.insert(QStringLiteral("receipt"),
                 QJsonObject{{QStringLiteral("id"), receiptId},
                             {QStringLiteral("received_at"), receivedAt}});
    return o;
}
