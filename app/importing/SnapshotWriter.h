#pragma once

#include "ImportSummary.h"
#include "Record.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;
class SqlStatement;

// Writes one snapshot into the open transaction: data files, one row per record with its
// fields (normalised value and type) in a RecordBlob, the per-field-path value counts, and
// attachments. The search index is built after the commit (SearchIndexer). Works on a
// bare connection so the benchmark can run the same code against an unkeyed database.
class SnapshotWriter
{
public:
    SnapshotWriter(sqlite3 *db, qint64 retailerId);
    ~SnapshotWriter();

    Result<qint64> begin(const QString &source, const QString &contentSha256);
    Result<void> addSource(const QString &name, qint64 size, const QString &sha256);
    Result<void> beginDataFile(const QString &path, const QString &format);
    Result<void> addRecord(const Record &record);
    // `rules`: which record rule made how many of the file's records (stored with the
    // snapshot, see SnapshotStore::recordRules).
    Result<void> endDataFile(const QList<RecordRule> &rules = {});
    Result<void> addAttachment(const QString &name, const QString &reason,
                               const QByteArray &content, qint64 size, const QString &sha256);
    // Counts, id ranges, messages, and the comparison with the previous snapshot.
    Result<ImportSummary> finish(const QStringList &skipped, const QStringList &warnings);

    qint64 records() const { return m_records; }
    qint64 fields() const { return m_fields; }

private:
    struct Statements;
    Result<qint64> fieldPathId(const QString &fullPath);
    Result<void> compare(qint64 previousSnapshot, ImportSummary &summary);

    sqlite3 *m_db;
    qint64 m_retailerId;
    qint64 m_snapshotId = 0;
    std::unique_ptr<Statements> m_st;
    QHash<QString, qint64> m_pathIds;
    struct PathInfo
    {
        qint64 id = 0;
        QString name;      // last part of the path: hints the normaliser
        int countSlot = 0; // index into m_counts
    };
    struct PreviousPath
    {
        QString path;
        PathInfo info; // a copy: QHash moves its values when it grows
    };
    const PathInfo *pathInfo(qsizetype index, const QString &path);
    QHash<QString, PathInfo> m_fileCache;            // by path inside the current data file
    std::vector<PreviousPath> m_previous;            // the previous record's paths, by position
    std::vector<std::pair<qint64, qint64>> m_counts; // field path id, values
    QHash<qint64, int> m_countSlot;                  // field path id -> index into m_counts
    QString m_dataFileLabel;
    qint64 m_dataFileId = 0;
    QString m_dataFilePath;
    qint64 m_fileRecords = 0;
    qint64 m_fileFirstRecord = 0;
    qint64 m_lastRecord = -1;
    qint64 m_firstRecord = 0;
    qint64 m_records = 0;
    qint64 m_fields = 0;
    QList<QPair<qint64, QString>> m_dataFiles;        // id, path
    QList<QPair<QString, QList<RecordRule>>> m_rules; // data file path, its record rules
};
