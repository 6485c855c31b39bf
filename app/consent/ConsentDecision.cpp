#include "ConsentDecision.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

Consent::State ConsentDecision::effectiveState(const QDate &today) const
{
    if (state == Consent::State::Given && context.until.isValid() && context.until < today)
        return Consent::State::Expired;
    return state;
}

QString ConsentDecision::deliveryText() const
{
    if (delivery == Consent::Delivery::ByLetter && letterSentAt.isValid())
        return QCoreApplication::translate("Consent", "Sent by you on %1")
            .arg(QLocale().toString(letterSentAt.toLocalTime().date(), QLocale::LongFormat));
    return Consent::deliveryLabel(delivery);
}

QJsonObject ConsentDecision::toJson(const QDate &today) const
{
    QJsonObject o{
        {QStringLiteral("purpose_id"), purposeId},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("state"), Consent::stateId(effectiveState(today))},
        {QStringLiteral("decided_state"), Consent::stateId(state)},
        {QStringLiteral("channels"), QJsonArray::fromStringList(channels)},
        {QStringLiteral("until"),
         context.until.isValid() ? context.until.toString(Qt::ISODate) : QString()},
        {QStringLiteral("where"), Consent::placeId(context.place)},
        {QStringLiteral("while_using_app"), context.whileUsingApp},
        {QStringLiteral("decided_at"), decidedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("delivery"), Consent::deliveryId(delivery)},
        {QStringLiteral("delivery_text"), deliveryText()},
    };
    if (letterSentAt.isValid())
        o.insert(QStringLiteral("letter_sent_at"),
                 letterSentAt.toUTC().toString(Qt::ISODateWithMs));
    if (!receiptId.isEmpty())
        o.insert(QStringLiteral("receipt_id"), receiptId);
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    return o;
}
