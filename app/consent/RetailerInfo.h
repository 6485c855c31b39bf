#pragma once

#include <QString>

// What the consent module needs from a row of the `retailer` table (migration 1).
struct RetailerInfo
{
    qint64 id = 0;
    QString name;
    QString website;
    QString privacyEmail;
    QString postalAddress;
    QString apiBase; // empty: no Roer API, decisions go by letter or e-mail

    bool hasApi() const { return !apiBase.isEmpty(); }
};
