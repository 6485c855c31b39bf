#pragma once

#include <QString>
#include <QStringList>

// One entry of the bundled retailer directory (resources/directory/directory.json).
struct DirectoryEntry
{
    QString id;   // e.g. "datarequests:amazon-nl"
    QString kind; // "company" or "authority"
    QString name;
    QStringList runs; // brands and services this company is responsible for
    QStringList categories;
    QString website;
    QString privacyEmail;
    QString postalAddress;
    QString webform;
    QStringList sources; // where the facts were checked
    QString source;      // which data set the entry comes from, with its licence
    QString quality;     // "verified" or "unverified"
};
