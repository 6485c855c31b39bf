#include "SnapshotWriter.h"

#include "RecordBlob.h"
#include "ValueNormaliser.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>
#include <vector>

namespace {

Error dbError(sqlite3 *db)
{
    qCWarning(lcImport) << "vault write failed:" << sqlite3_errmsg(db);
    return Error::make(
        ErrorCode::Generic,
        QCoreApplication::translate("Import", "Roer could not write the import into the vault."));
}

// 64-bit FNV-1a: record fingerprints for the comparison with the previous snapshot.
// Hashes the UTF-16 bytes (little-endian) one code unit at a time: for a unit below 256 the
// high byte is 0, so "xor 0, multiply" folds into one multiply by the prime squared. Same
// value as the byte loop (stored fingerprints stay comparable), half the multiplies.
quint64 fnv(quint64 h, const QString &s)
{
    constexpr quint64 prime = 1099511628211ULL;
    constexpr quint64 primeSquared = prime * prime;
    const char16_t *p = reinterpret_cast<const char16_t *>(s.constData());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i];
        if (u < 256) {
            h = (h ^ u) * primeSquared;
        } else {
            h = (h ^ (u & 0xff)) * prime;
            h = (h ^ (u >> 8)) * prime;
        }
    }
    return h;
}

constexpr quint64 kFnvBasis = 14695981039346656037ULL;

struct Stmt
{
    sqlite3_stmt *s = nullptr;
    ~Stmt() { sqlite3_finalize(s); }
};

void bindText(sqlite3_stmt *st, int i, const QString &text)
{
    if (text.isNull())
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_text16(st, i, text.constData(), int(text.size() * 2), SQLITE_STATIC);
}

QString lastPart(const QString &path)
{
    const qsizetype i = path.lastIndexOf(pathSeparator());
    return i < 0 ? path : path.mid(i + pathSeparator().size());
}

} // namespace

struct SnapshotWriter::Statements
{
    Stmt record, path, findPath;
    RecordBlob::Encoder encoder;
};

SnapshotWriter::SnapshotWriter(sqlite3 *db, qint64 retailerId)
    : m_db(db), m_retailerId(retailerId), m_st(std::make_unique<Statements>())
{
    sqlite3_prepare_v2(
        db, "INSERT INTO record (data_file_id, fingerprint, key_hash, fields) VALUES (?, ?, ?, ?)",
        -1, &m_st->record.s, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO field_path (retailer_id, data_file, path) VALUES (?, ?, ?)",
                       -1, &m_st->path.s, nullptr);
    sqlite3_prepare_v2(db, "SELECT id FROM field_path WHERE retailer_id = ? AND path = ?", -1,
                       &m_st->findPath.s, nullptr);
}

SnapshotWriter::~SnapshotWriter() = default;

Result<qint64> SnapshotWriter::begin(const QString &source, const QString &contentSha256)
{
    Stmt st;
    sqlite3_prepare_v2(m_db,
                       "INSERT INTO snapshot (retailer_id, imported_at, source, content_sha256) "
                       "VALUES (?, ?, ?, ?)",
                       -1, &st.s, nullptr);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    sqlite3_bind_int64(st.s, 1, m_retailerId);
    bindText(st.s, 2, now);
    bindText(st.s, 3, source);
    bindText(st.s, 4, contentSha256);
    if (!st.s || sqlite3_step(st.s) != SQLITE_DONE)
        return dbError(m_db);
    m_snapshotId = sqlite3_last_insert_rowid(m_db);
    return m_snapshotId;
}

Result<void> SnapshotWriter::addSource(const QString &name, qint64 size, const QString &sha256)
{
    Stmt st;
    sqlite3_prepare_v2(
        m_db, "INSERT INTO snapshot_source (snapshot_id, name, size, sha256) VALUES (?, ?, ?, ?)",
        -1, &st.s, nullptr);
    sqlite3_bind_int64(st.s, 1, m_snapshotId);
    bindText(st.s, 2, name);
    sqlite3_bind_int64(st.s, 3, size);
    bindText(st.s, 4, sha256);
    if (!st.s || sqlite3_step(st.s) != SQLITE_DONE)
        return dbError(m_db);
    return {};
}

Result<void> SnapshotWriter::beginDataFile(const QString &path, const QString &format)
{
    Stmt st;
    sqlite3_prepare_v2(m_db, "INSERT INTO data_file (snapshot_id, path, format) VALUES (?, ?, ?)",
                       -1, &st.s, nullptr);
    sqlite3_bind_int64(st.s, 1, m_snapshotId);
    bindText(st.s, 2, path);
    bindText(st.s, 3, format);
    if (!st.s || sqlite3_step(st.s) != SQLITE_DONE)
        return dbError(m_db);
    m_dataFileId = sqlite3_last_insert_rowid(m_db);
    m_dataFilePath = path;
    m_dataFileLabel = path.section(QLatin1Char('/'), -1);
    m_fileRecords = 0;
    m_fileFirstRecord = 0;
    m_fileCache.clear();
    m_previous.clear();
    m_dataFiles.append({m_dataFileId, path});
    return {};
}

Result<qint64> SnapshotWriter::fieldPathId(const QString &fullPath)
{
    const auto it = m_pathIds.constFind(fullPath);
    if (it != m_pathIds.constEnd())
        return *it;
    sqlite3_stmt *find = m_st->findPath.s;
    sqlite3_reset(find);
    sqlite3_bind_int64(find, 1, m_retailerId);
    bindText(find, 2, fullPath);
    qint64 id = 0;
    const int rc = sqlite3_step(find);
    if (rc == SQLITE_ROW) {
        id = sqlite3_column_int64(find, 0);
    } else if (rc == SQLITE_DONE) {
        sqlite3_stmt *ins = m_st->path.s;
        sqlite3_reset(ins);
        sqlite3_bind_int64(ins, 1, m_retailerId);
        bindText(ins, 2, m_dataFileLabel);
        bindText(ins, 3, fullPath);
        if (sqlite3_step(ins) != SQLITE_DONE)
            return dbError(m_db);
        id = sqlite3_last_insert_rowid(m_db);
    } else {
        return dbError(m_db);
    }
    sqlite3_reset(find);
    m_pathIds.insert(fullPath, id);
    return id;
}

const SnapshotWriter::PathInfo *SnapshotWriter::pathInfo(qsizetype index, const QString &path)
{
    // Records of one file nearly always repeat the previous record's paths: compare with it
    // before hashing the path.
    if (index < qsizetype(m_previous.size())) {
        // The readers hand out the same shared path string for every record: compare the
        // pointers before the characters.
        const QString &previous = m_previous[size_t(index)].path;
        if ((previous.constData() == path.constData() && previous.size() == path.size())
            || previous == path)
            return &m_previous[size_t(index)].info;
    }
    auto cached = m_fileCache.constFind(path);
    if (cached == m_fileCache.constEnd()) {
        auto pathId = fieldPathId(m_dataFileLabel + pathSeparator() + path);
        if (!pathId)
            return nullptr;
        int slot = -1;
        const auto known = m_countSlot.constFind(*pathId);
        if (known != m_countSlot.constEnd()) {
            slot = *known;
        } else {
            slot = int(m_counts.size());
            m_counts.push_back({*pathId, 0});
            m_countSlot.insert(*pathId, slot);
        }
        cached = m_fileCache.insert(path, PathInfo{*pathId, lastPart(path), slot});
    }
    if (index >= qsizetype(m_previous.size()))
        m_previous.resize(size_t(index) + 1);
    m_previous[size_t(index)] = {path, *cached};
    return &m_previous[size_t(index)].info;
}

Result<void> SnapshotWriter::addRecord(const Record &record)
{
    if (record.isEmpty())
        return {};
    quint64 fingerprint = kFnvBasis;
    for (const RecordField &f : record)
        fingerprint = fnv(fnv(fingerprint, f.path), f.raw);
    const quint64 key = fnv(fnv(kFnvBasis, record.first().path), record.first().raw);

    RecordBlob::Encoder &encoder = m_st->encoder;
    encoder.begin(record.size());
    for (qsizetype i = 0; i < record.size(); ++i) {
        const RecordField &f = record.at(i);
        const PathInfo *info = pathInfo(i, f.path);
        if (!info)
            return dbError(m_db);
        const NormalisedValue value = ValueNormaliser::normalise(f.raw, info->name, f.isNumber);
        encoder.add(info->id, value.type, f.raw, value.normalised);
        ++m_counts[size_t(info->countSlot)].second;
    }
    m_fields += record.size();

    sqlite3_stmt *rec = m_st->record.s;
    sqlite3_reset(rec);
    sqlite3_bind_int64(rec, 1, m_dataFileId);
    sqlite3_bind_int64(rec, 2, qint64(fingerprint));
    sqlite3_bind_int64(rec, 3, qint64(key));
    sqlite3_bind_blob(rec, 4, encoder.data().constData(), int(encoder.data().size()),
                      SQLITE_STATIC);
    if (sqlite3_step(rec) != SQLITE_DONE)
        return dbError(m_db);
    const qint64 recordId = sqlite3_last_insert_rowid(m_db);
    if (m_records == 0)
        m_firstRecord = recordId;
    if (m_fileRecords == 0)
        m_fileFirstRecord = recordId;
    m_lastRecord = recordId;
    ++m_records;
    ++m_fileRecords;
    return {};
}

Result<void> SnapshotWriter::endDataFile(const QList<RecordRule> &rules)
{
    if (!rules.isEmpty())
        m_rules.append({m_dataFilePath, rules});
    Stmt st;
    sqlite3_prepare_v2(
        m_db,
        "UPDATE data_file SET record_count = ?, first_record_id = ?, last_record_id = ? "
        "WHERE id = ?",
        -1, &st.s, nullptr);
    sqlite3_bind_int64(st.s, 1, m_fileRecords);
    sqlite3_bind_int64(st.s, 2, m_fileRecords ? m_fileFirstRecord : 0);
    sqlite3_bind_int64(st.s, 3, m_fileRecords ? m_lastRecord : -1);
    sqlite3_bind_int64(st.s, 4, m_dataFileId);
    if (!st.s || sqlite3_step(st.s) != SQLITE_DONE)
        return dbError(m_db);
    return {};
}

Result<void> SnapshotWriter::addAttachment(const QString &name, const QString &reason,
                                           const QByteArray &content, qint64 size,
                                           const QString &sha256)
{
    Stmt st;
    sqlite3_prepare_v2(m_db,
                       "INSERT INTO attachment (snapshot_id, name, reason, size, sha256, content) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       -1, &st.s, nullptr);
    sqlite3_bind_int64(st.s, 1, m_snapshotId);
    bindText(st.s, 2, name);
    bindText(st.s, 3, reason);
    sqlite3_bind_int64(st.s, 4, size);
    bindText(st.s, 5, sha256);
    if (content.isNull())
        sqlite3_bind_null(st.s, 6);
    else
        sqlite3_bind_blob(st.s, 6, content.constData(), int(content.size()), SQLITE_STATIC);
    if (!st.s || sqlite3_step(st.s) != SQLITE_DONE)
        return dbError(m_db);
    return {};
}

Result<void> SnapshotWriter::compare(qint64 previous, ImportSummary &summary)
{
    // Old data files by path, with their record id ranges.
    Stmt files;
    sqlite3_prepare_v2(
        m_db, "SELECT path, first_record_id, last_record_id FROM data_file WHERE snapshot_id = ?",
        -1, &files.s, nullptr);
    sqlite3_bind_int64(files.s, 1, previous);
    QHash<QString, QPair<qint64, qint64>> old;
    while (sqlite3_step(files.s) == SQLITE_ROW)
        old.insert(QString::fromUtf8(
                       reinterpret_cast<const char *>(sqlite3_column_text(files.s, 0))),
                   {sqlite3_column_int64(files.s, 1), sqlite3_column_int64(files.s, 2)});

    Stmt range;
    sqlite3_prepare_v2(m_db, "SELECT fingerprint, key_hash FROM record WHERE id BETWEEN ? AND ?",
                       -1, &range.s, nullptr);
    Stmt store;
    sqlite3_prepare_v2(m_db,
                       "UPDATE data_file SET added = ?, removed = ?, changed = ? WHERE id = ?", -1,
                       &store.s, nullptr);
    Stmt counts;
    sqlite3_prepare_v2(
        m_db, "SELECT first_record_id, last_record_id, record_count FROM data_file WHERE id = ?",
        -1, &counts.s, nullptr);
    // Sorted (fingerprint, key) pairs: 16 bytes a record, so comparing a million records
    // stays within the memory budget.
    using Pairs = std::vector<std::pair<qint64, qint64>>;
    auto load = [&](qint64 first, qint64 last) {
        Pairs out;
        out.reserve(size_t(qMax<qint64>(0, last - first + 1)));
        sqlite3_reset(range.s);
        sqlite3_bind_int64(range.s, 1, first);
        sqlite3_bind_int64(range.s, 2, last);
        while (sqlite3_step(range.s) == SQLITE_ROW)
            out.emplace_back(sqlite3_column_int64(range.s, 0), sqlite3_column_int64(range.s, 1));
        std::sort(out.begin(), out.end());
        return out;
    };

    for (auto &[id, path] : m_dataFiles) {
        sqlite3_reset(counts.s);
        sqlite3_bind_int64(counts.s, 1, id);
        if (sqlite3_step(counts.s) != SQLITE_ROW)
            return dbError(m_db);
        DataFileChange change;
        change.path = path;
        const qint64 first = sqlite3_column_int64(counts.s, 0),
                     last = sqlite3_column_int64(counts.s, 1);
        change.records = sqlite3_column_int64(counts.s, 2);
        const auto before = old.constFind(path);
        if (previous == 0 || before == old.constEnd()) {
            change.isNew = previous != 0;
            change.added = change.records;
        } else {
            const Pairs oldSet = load(before->first, before->second);
            const Pairs newSet = load(first, last);
            // Records with the same fingerprint are unchanged; the rest were added or removed.
            std::vector<qint64> addedKeys, removedKeys;
            auto o = oldSet.begin(), n = newSet.begin();
            while (o != oldSet.end() || n != newSet.end()) {
                if (n == newSet.end() || (o != oldSet.end() && o->first < n->first)) {
                    removedKeys.push_back((o++)->second);
                } else if (o == oldSet.end() || n->first < o->first) {
                    addedKeys.push_back((n++)->second);
                } else {
                    ++o;
                    ++n;
                }
            }
            // A removed record whose key (first field) came back with other values was
            // changed, not removed and added.
            std::sort(addedKeys.begin(), addedKeys.end());
            std::sort(removedKeys.begin(), removedKeys.end());
            std::vector<qint64> both;
            std::set_intersection(addedKeys.begin(), addedKeys.end(), removedKeys.begin(),
                                  removedKeys.end(), std::back_inserter(both));
            change.changed = qint64(both.size());
            change.added = qint64(addedKeys.size()) - change.changed;
            change.removed = qint64(removedKeys.size()) - change.changed;
            old.remove(path);
        }
        sqlite3_reset(store.s);
        sqlite3_bind_int64(store.s, 1, change.added);
        sqlite3_bind_int64(store.s, 2, change.removed);
        sqlite3_bind_int64(store.s, 3, change.changed);
        sqlite3_bind_int64(store.s, 4, id);
        if (sqlite3_step(store.s) != SQLITE_DONE)
            return dbError(m_db);
        summary.files.append(change);
    }
    for (auto it = old.constBegin(); it != old.constEnd(); ++it)
        summary.removedFiles.append(it.key());
    return {};
}

Result<ImportSummary> SnapshotWriter::finish(const QStringList &skipped,
                                             const QStringList &warnings)
{
    ImportSummary summary;
    summary.snapshotId = m_snapshotId;
    summary.records = m_records;
    summary.fields = m_fields;
    summary.skipped = skipped;
    summary.warnings = warnings;

    Stmt prev;
    sqlite3_prepare_v2(
        m_db, "SELECT id FROM snapshot WHERE retailer_id = ? AND id < ? ORDER BY id DESC LIMIT 1",
        -1, &prev.s, nullptr);
    sqlite3_bind_int64(prev.s, 1, m_retailerId);
    sqlite3_bind_int64(prev.s, 2, m_snapshotId);
    const qint64 previous =
        sqlite3_step(prev.s) == SQLITE_ROW ? sqlite3_column_int64(prev.s, 0) : 0;
    summary.hasPrevious = previous != 0;
    if (auto r = compare(previous, summary); !r)
        return r.error();

    QJsonObject messages{{QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)},
                         {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    // How each data file was cut into records (My data shows it; the explainer counts by it).
    QJsonArray records;
    for (const auto &[path, rules] : std::as_const(m_rules)) {
        QJsonArray list;
        for (const RecordRule &rule : rules)
            list.append(rule.toJson());
        records.append(
            QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("rules"), list}});
    }
    if (!records.isEmpty())
        messages.insert(QStringLiteral("records"), records);
    Stmt summaryRow;
    sqlite3_prepare_v2(
        m_db,
        "INSERT INTO field_summary (snapshot_id, field_path_id, value_count) VALUES (?, ?, ?)", -1,
        &summaryRow.s, nullptr);
    for (const auto &[pathId, count] : m_counts) {
        sqlite3_reset(summaryRow.s);
        sqlite3_bind_int64(summaryRow.s, 1, m_snapshotId);
        sqlite3_bind_int64(summaryRow.s, 2, pathId);
        sqlite3_bind_int64(summaryRow.s, 3, count);
        if (!summaryRow.s || sqlite3_step(summaryRow.s) != SQLITE_DONE)
            return dbError(m_db);
    }

    Stmt st;
    // indexed_through stays 0: SearchIndexer makes the new records searchable after the commit.
    sqlite3_prepare_v2(
        m_db,
        "UPDATE snapshot SET record_count = ?, field_count = ?, first_record_id = ?, "
        "last_record_id = ?, messages = ? WHERE id = ?",
        -1, &st.s, nullptr);
    sqlite3_bind_int64(st.s, 1, m_records);
    sqlite3_bind_int64(st.s, 2, m_fields);
    sqlite3_bind_int64(st.s, 3, m_records ? m_firstRecord : 0);
    sqlite3_bind_int64(st.s, 4, m_records ? m_lastRecord : -1);
    const QString json = QString::fromUtf8(QJsonDocument(messages).toJson(QJsonDocument::Compact));
    bindText(st.s, 5, json);
    sqlite3_bind_int64(st.s, 6, m_snapshotId);
    if (!st.s || sqlite3_step(st.s) != SQLITE_DONE)
        return dbError(m_db);
    return summary;
}
