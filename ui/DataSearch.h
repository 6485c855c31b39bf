#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

class Vault;

// Full-text search over every retailer's latest snapshot (FTS4 through SnapshotStore::search),
// with what the result list shows: which shop, which file and field, and the value.
class DataSearch
{
public:
    struct Hit
    {
        qint64 rowId = 0;
        qint64 retailerId = 0;
        QString retailer;
        QString dataFile;
        QString path;
        QString value;
    };

    explicit DataSearch(Vault &vault);
    Result<QList<Hit>> run(const QString &query, int limit) const;

private:
    Vault &m_vault;
};
