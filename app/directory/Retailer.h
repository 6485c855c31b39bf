#pragma once

#include <QDateTime>
#include <QString>

// A retailer as the customer keeps it in the vault (table `retailer`).
struct Retailer
{
    qint64 id = 0;
    QString name;
    QString website;
    QString privacyEmail;
    QString postalAddress;
    QString apiBase;
    QString directoryId; // the bundled directory entry it was picked from, if any
    QDateTime createdAt;
};
