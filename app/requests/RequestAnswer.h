#pragma once

#include "RequestTypes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What the retailer answered to a request: read from its API (GET /v1/requests/{id}), or
// typed in by the customer from a letter or e-mail they got back.
struct RequestAnswer
{
    Requests::Status status = Requests::Status::Received; // Received .. Refused
    QDateTime at;                 // when the retailer said so (invalid: now)
    QJsonObject reason;           // refusal or extension reason: {"nl": "...", "en": "..."}
    QDate extendedUntil;          // with Extended (invalid: the most the law allows)
    QDateTime receivedAt;         // from the API: when the retailer got the request
    bool resultAvailable = false; // from the API: a copy of the data can be fetched
    QString source = QStringLiteral("customer"); // or "retailer-api"
};
