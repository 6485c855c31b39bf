#pragma once

#include "RecordRule.h"
#include "core/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Vault;

struct SnapshotInfo
{
    qint64 id = 0;
    qint64 retailerId = 0;
    QDateTime importedAt;
    QString source; // the imported file names, comma-separated
};

struct FieldSummary
{
    qint64 fieldPathId = 0;
    QString dataFile; // file name, e.g. "Retail.OrderHistory.1.csv"
    QString path;     // full field path, e.g. "Retail.OrderHistory.1.csv › Order ID"
    qint64 count = 0; // values in the snapshot
};

struct DataFileInfo
{
    qint64 id = 0;
    QString path; // inside the export, e.g. "Retail.OrderHistory.1/Retail.OrderHistory.1.csv"
    QString format;
    qint64 records = 0;
    qint64 firstRecordId = 0;
    qint64 lastRecordId = -1;
};

struct StoredField
{
    qint64 recordId = 0;
    qint64 fieldPathId = 0;
    QString raw;
    QString normalised;
    QString type;
};

// Read access to imported snapshots (the explain feature and roer-cli use it).
class SnapshotStore
{
public:
    explicit SnapshotStore(Vault &vault);

    Result<std::optional<SnapshotInfo>> latestSnapshot(qint64 retailerId) const;
    Result<QList<SnapshotInfo>> snapshots(qint64 retailerId) const;
    Result<QList<FieldSummary>> fields(qint64 snapshotId) const;
    Result<QList<DataFileInfo>> dataFiles(qint64 snapshotId) const;
    // Calls back per value of one field path in a snapshot; return false to stop.
    Result<void>
    forEachValue(qint64 snapshotId, qint64 fieldPathId,
                 const std::function<bool(const QString &raw, const QString &normalised,
                                          const QString &type)> &visit) const;
    // Every field of the records of one data file, in order; return false to stop.
    Result<void> forEachField(const DataFileInfo &file,
                              const std::function<bool(const StoredField &field)> &visit) const;
    Result<QString> fieldPath(qint64 fieldPathId) const;
    // How the importer cut each data file of a snapshot into records, by data file path
    // (empty for snapshots imported before the record rules were kept).
    Result<QHash<QString, QList<RecordRule>>> recordRules(qint64 snapshotId) const;
    // Record ids whose text values together hold every word of `query` (FTS4), at most
    // `limit`. Only records SearchIndexer has reached are found (see unindexedRecords()).
    Result<QList<qint64>> search(const QString &query, int limit) const;
    // Records not searchable yet (the index is built after the import, see SearchIndexer).
    Result<qint64> unindexedRecords() const;
    // The stored blob (RecordBlob) of each record in [first, last], in order; return false to
    // stop. The view is valid during the call only.
    Result<void>
    forEachRecord(qint64 firstRecordId, qint64 lastRecordId,
                  const std::function<bool(qint64 recordId, QByteArrayView blob)> &visit) const;

private:
    Vault &m_vault;
};
