#pragma once

#include "ConsentTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the customer decides for one retailer x purpose (the input of ConsentStore::decide).
struct DecisionRequest
{
    qint64 retailerId = 0;
    QString purposeId;
    Consent::State state = Consent::State::Unknown;
    QStringList channels;
    Consent::Context context;
    QString method = QStringLiteral("roer-app"); // "roer-app", "roer-cli", ...
    QDateTime decidedAt;                         // invalid: now
};

// The customer's current decision for one retailer x purpose, with its delivery status.
struct ConsentDecision
{
    qint64 retailerId = 0;
    QString purposeId;
    QString recordId;
    Consent::State state = Consent::State::Unknown;
    QStringList channels;
    Consent::Context context;
    QDateTime decidedAt;
    Consent::Delivery delivery = Consent::Delivery::Waiting;
    QDateTime letterSentAt; // for decisions sent by the customer as a letter or e-mail
    QString receiptId;
    QString problem;

    // "given" with an end date in the past counts as expired (dpv:ConsentExpired).
    Consent::State effectiveState(const QDate &today) const;
    QJsonObject toJson(const QDate &today) const;
    // "Sent by you on 3 March 2026", "Confirmed by the retailer", ...
    QString deliveryText() const;
};
