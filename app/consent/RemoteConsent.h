#pragma once

#include "ConsentTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One entry of the retailer's own view of the customer's consents (GET /v1/consents).
struct RemoteConsent
{
    QString purposeId;
    Consent::State state = Consent::State::Unknown;
    QStringList channels;
    Consent::Context context;
    QDateTime decidedAt;
    QString recordId;
    QString source; // "roer" or "retailer"

    static RemoteConsent fromJson(const QJsonObject &object);
};
