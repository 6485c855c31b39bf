#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What changed in one data file since the previous snapshot of the same retailer.
struct DataFileChange
{
    QString path;
    qint64 records = 0;
    qint64 added = 0;
    qint64 removed = 0;
    qint64 changed = 0;
    bool isNew = false; // the previous snapshot did not have this file
};

// The result of one import, for the summary the customer sees.
struct ImportSummary
{
    qint64 snapshotId = 0;
    bool alreadyImported = false; // the same files were imported before: nothing was added
    bool hasPrevious = false;     // there was an earlier snapshot to compare with
    int filesRead = 0;
    qint64 records = 0;
    qint64 fields = 0;
    QList<DataFileChange> files;
    QStringList removedFiles; // data files the previous snapshot had and this one has not
    QStringList skipped;      // "name: why", translated
    QStringList warnings;     // translated
};
