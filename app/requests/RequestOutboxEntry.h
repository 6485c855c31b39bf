#pragma once

#include "consent/ConsentTypes.h"

#include <QJsonObject>
#include <QString>

// A rights request waiting to be delivered (or delivered) to a retailer's API. Same rules
// as a consent decision in the outbox: the Idempotency-Key is made once, when the request is
// committed, and reused for every attempt. Delivery states are the consent outbox's.
struct RequestOutboxEntry
{
    qint64 id = 0;
    QString requestId;
    qint64 retailerId = 0;
    QString idempotencyKey;
    QJsonObject payload; // the protocol body of POST /v1/requests
    Consent::Delivery status = Consent::Delivery::Waiting;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    int httpStatus = 0; // of the last answer, 0 when none
    QString problem;    // short, translated; never personal data
    QJsonObject answer; // the retailer's 201 answer

    bool isPending() const
    {
        return status == Consent::Delivery::Waiting || status == Consent::Delivery::Sent;
    }
    QJsonObject toJson() const;
};
