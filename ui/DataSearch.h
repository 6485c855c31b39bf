#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

class Vault;

// Full-text search over every retailer's latest snapshot (FTS4 through SnapshotStore::search,
// one document per record), with what the result list shows: which shop, which file and
// field (the record's text fields that hold a searched word), and the value.
class DataSearch
{
public:
    struct Hit
    {
        qint64 rowId = 0; // the record
        qint64 retailerId = 0;
        QString retailer;
        QString dataFile;
        QString path;
        QString value;
    };

    explicit DataSearch(Vault &vault);
    Result<QList<Hit>> run(const QString &query, int limit) const;
    // Records the search does not cover yet (SearchIndexer has not reached them).
    Result<qint64> notSearchable() const;

private:
    Vault &m_vault;
};
