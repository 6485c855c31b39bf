#include "SnapshotStore.h"

#include "ValueNormaliser.h"
#include "vault/Vault.h"

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
        "SELECT f.field_path_id, p.data_file, p.path, count(*) FROM snapshot s "
        "JOIN field f ON f.id BETWEEN s.first_field_id AND s.last_field_id "
        "JOIN field_path p ON p.id = f.field_path_id "
        "WHERE s.id = ? GROUP BY f.field_path_id ORDER BY f.field_path_id");
    st.bind(1, snapshotId);
    return st.collect<FieldSummary>([](const SqlStatement &r) {
        return FieldSummary{r.int64(0), r.text(1), r.text(2), r.int64(3)};
    });
}

Result<QList<DataFileInfo>> SnapshotStore::dataFiles(qint64 snapshotId) const
{
    auto st = m_vault.prepare("SELECT id, path, format, record_count, first_record_id, last_record_id "
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
    // The snapshot's field ids form one range; no per-row index is kept (see migration 2).
    auto st = m_vault.prepare("SELECT f.raw, f.normalised, f.type FROM snapshot s "
                              "JOIN field f ON f.id BETWEEN s.first_field_id AND s.last_field_id "
                              "WHERE s.id = ? AND f.field_path_id = ? ORDER BY f.id");
    st.bind(1, snapshotId).bind(2, fieldPathId);
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        const QString raw = st.text(0);
        const QString normalised = st.isNull(1) ? raw : st.text(1);
        if (!visit(raw, normalised, ValueNormaliser::typeName(ValueType(st.int64(2)))))
            return {};
    }
}

Result<void> SnapshotStore::forEachField(const DataFileInfo &file,
                                         const std::function<bool(const StoredField &)> &visit) const
{
    // field has no index on record_id: walk the snapshot's field id range instead of a join.
    auto range = m_vault.prepare("SELECT min(f.id), max(f.id) FROM snapshot s JOIN data_file d ON d.snapshot_id = s.id "
                                 "JOIN field f ON f.id BETWEEN s.first_field_id AND s.last_field_id "
                                 "AND f.record_id BETWEEN d.first_record_id AND d.last_record_id WHERE d.id = ?");
    range.bind(1, file.id);
    auto r = range.step();
    if (!r)
        return r.error();
    if (!r.value() || range.isNull(0))
        return {};
    auto fields = m_vault.prepare("SELECT record_id, field_path_id, raw, normalised, type FROM field "
                                  "WHERE id BETWEEN ? AND ? ORDER BY id");
    fields.bind(1, range.int64(0)).bind(2, range.int64(1));
    for (;;) {
        auto row = fields.step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
        StoredField f;
        f.recordId = fields.int64(0);
        f.fieldPathId = fields.int64(1);
        f.raw = fields.text(2);
        f.normalised = fields.isNull(3) ? f.raw : fields.text(3);
        f.type = ValueNormaliser::typeName(ValueType(fields.int64(4)));
        if (!visit(f))
            return {};
    }
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

Result<QList<qint64>> SnapshotStore::search(const QString &query, int limit) const
{
    // Each word is quoted, so FTS syntax in the query cannot cause errors.
    QStringList terms;
    const auto words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        QString t = w;
        t.remove(QLatin1Char('"'));
        if (!t.isEmpty())
            terms.append(QLatin1Char('"') + t + QLatin1Char('"'));
    }
    QList<qint64> out;
    if (terms.isEmpty())
        return out;
    auto st = m_vault.prepare("SELECT docid FROM field_fts WHERE field_fts MATCH ? LIMIT ?");
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
