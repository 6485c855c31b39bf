#pragma once

#include "ConsentTypes.h"

#include <QJsonObject>
#include <QString>

// One decision waiting to be (or delivered) at a retailer's API. The idempotency key is
// made once, when the decision is committed, and reused for every attempt.
struct OutboxEntry
{
    qint64 id = 0;
    QString recordId;
    qint64 retailerId = 0;
    QString purposeId;
    QString idempotencyKey;
    QJsonObject payload; // the decision, protocol-neutral (see ConsentStore)
    Consent::Delivery status = Consent::Delivery::Waiting;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    int httpStatus = 0; // of the last answer, 0 when none
    QString problem;    // short, translated; never personal data
    QString receiptId;
    QString receivedAt;
    QJsonObject receipt;

    bool isPending() const
    {
        return status == Consent::Delivery::Waiting || status == Consent::Delivery::Sent;
    }
    QJsonObject toJson() const;
};
