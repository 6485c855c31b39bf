#include "SnapshotStore.h"

#include "RecordBlob.h"
#include "SearchIndexer.h"
#include "ValueNormaliser.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SnapshotStore::SnapshotStore(Vault &vault) : m_vault(vault) {}

namespace {

SnapshotInfo readInfo(const SqlStatement &st)
{
    SnapshotInfo info;
    info.id = st.int64(0);
    info.retailerId = st.int64(1);
    info.importedAt = QDateTime::fromString(st.text(2), Qt::ISODateWithMs);
    info.source = st.text(3);
    return info;
}

} // namespace

Result<std::optional<SnapshotInfo>> SnapshotStore::latestSnapshot(qint64 retailerId) const
{
    auto st = m_vault.prepare("SELECT id, retailer_id, imported_at, source FROM snapshot "
                              "WHERE retailer_id = ? ORDER BY id DESC LIMIT 1");
    st.bind(1, retailerId);
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<SnapshotInfo>();
    return std::optional<SnapshotInfo>(readInfo(st));
}

Result<QList<SnapshotInfo>> SnapshotStore::snapshots(qint64 retailerId) const
{
    auto st = m_vault.prepare("SELECT id, retailer_id, imported_at, source FROM snapshot "
                              "WHERE retailer_id = ? ORDER BY id");
    st.bind(1, retailerId);
    return st.collect<SnapshotInfo>(readInfo);
}

Result<QList<FieldSummary>> SnapshotStore::fields(qint64 snapshotId) const
{
    auto st = m_vault.prepare(
        "SELECT fs.field_path_id, p.data_file, p.path, fs.value_count FROM field_summary fs "
        "JOIN field_path p ON p.id = fs.field_path_id WHERE fs.snapshot_id = ? ORDER BY "
        "fs.field_path_id");
    st.bind(1, snapshotId);
    return st.collect<FieldSummary>([](const SqlStatement &r) {
        return FieldSummary{r.int64(0), r.text(1), r.text(2), r.int64(3)};
    });
}

Result<QList<DataFileInfo>> SnapshotStore::dataFiles(qint64 snapshotId) const
{
    auto st =
        m_vault.prepare("SELECT id, path, format, record_count, first_record_id, last_record_id "
                        "FROM data_file WHERE snapshot_id = ? ORDER BY id");
    st.bind(1, snapshotId);
    return st.collect<DataFileInfo>([](const SqlStatement &r) {
        return DataFileInfo{r.int64(0), r.text(1), r.text(2), r.int64(3), r.int64(4), r.int64(5)};
    });
}

Result<void> SnapshotStore::forEachValue(
    qint64 snapshotId, qint64 fieldPathId,
    const std::function<bool(const QString &, const QString &, const QString &)> &visit) const
{
    // The snapshot's records form one id range; only the wanted field is turned into text.
    auto st =
        m_vault.prepare("SELECT r.fields FROM snapshot s "
                        "JOIN record r ON r.id BETWEEN s.first_record_id AND s.last_record_id "
                        "WHERE s.id = ? ORDER BY r.id");
    st.bind(1, snapshotId);
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        RecordBlob::Reader reader(st.blobView(0));
        RecordBlob::FieldView f;
        while (reader.next(f)) {
            if (f.fieldPathId != fieldPathId)
                continue;
            if (!visit(f.rawText(), f.normalisedText(), ValueNormaliser::typeName(f.type)))
                return {};
        }
    }
}

Result<void>
SnapshotStore::forEachRecord(qint64 firstRecordId, qint64 lastRecordId,
                             const std::function<bool(qint64, QByteArrayView)> &visit) const
{
    auto st = m_vault.prepare("SELECT id, fields FROM record WHERE id BETWEEN ? AND ? ORDER BY id");
    st.bind(1, firstRecordId).bind(2, lastRecordId);
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        if (!visit(st.int64(0), st.blobView(1)))
            return {};
    }
}

Result<void>
SnapshotStore::forEachField(const DataFileInfo &file,
                            const std::function<bool(const StoredField &)> &visit) const
{
    return forEachRecord(file.firstRecordId, file.lastRecordId,
                         [&](qint64 recordId, QByteArrayView blob) {
                             RecordBlob::Reader reader(blob);
                             RecordBlob::FieldView v;
                             while (reader.next(v)) {
                                 StoredField f;
                                 f.recordId = recordId;
                                 f.fieldPathId = v.fieldPathId;
                                 f.raw = v.rawText();
                                 f.normalised = v.normalisedText();
                                 f.type = ValueNormaliser::typeName(v.type);
                                 if (!visit(f))
                                     return false;
                             }
                             return true;
                         });
}

Result<QString> SnapshotStore::fieldPath(qint64 fieldPathId) const
{
    auto st = m_vault.prepare("SELECT path FROM field_path WHERE id = ?");
    st.bind(1, fieldPathId);
    auto row = st.step();
    if (!row)
        return row.error();
    return row.value() ? st.text(0) : QString();
}

Result<QHash<QString, QList<RecordRule>>> SnapshotStore::recordRules(qint64 snapshotId) const
{
    auto st = m_vault.prepare("SELECT messages FROM snapshot WHERE id = ?");
    st.bind(1, snapshotId);
    auto row = st.step();
    if (!row)
        return row.error();
    QHash<QString, QList<RecordRule>> out;
    if (!row.value())
        return out;
    const QJsonObject messages = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
    for (const QJsonValue &file : messages.value(QStringLiteral("records")).toArray()) {
        QList<RecordRule> &rules = out[file.toObject().value(QStringLiteral("file")).toString()];
        for (const QJsonValue &rule : file.toObject().value(QStringLiteral("rules")).toArray())
            rules << RecordRule::fromJson(rule.toObject());
    }
    return out;
}

Result<QList<qint64>> SnapshotStore::search(const QString &query, int limit) const
{
    // Each word is quoted, so FTS syntax in the query cannot cause errors, and matches the
    // start of a word: "kerk" finds "Kerkstraat", as a customer typing in a search box expects.
    QStringList terms;
    const auto words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        QString t = w;
        t.remove(QLatin1Char('"'));
        t.remove(QLatin1Char('*'));
        if (!t.isEmpty())
            terms.append(QLatin1Char('"') + t + QStringLiteral("*\""));
    }
    QList<qint64> out;
    if (terms.isEmpty())
        return out;
    auto st = m_vault.prepare("SELECT docid FROM record_fts WHERE record_fts MATCH ? LIMIT ?");
    st.bind(1, terms.join(QLatin1Char(' '))).bind(2, limit);
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out.append(st.int64(0));
    }
}

Result<qint64> SnapshotStore::unindexedRecords() const
{
    return SearchIndexer(m_vault).pendingRecords();
}
