#include "StoreSnapshotReader.h"

#include "importing/SnapshotStore.h"
#include "vault/Vault.h"

StoreSnapshotReader::StoreSnapshotReader(Vault &vault, const SnapshotStore &store, qint64 snapshotId)
    : m_vault(vault), m_store(store), m_snapshotId(snapshotId)
{
}

Result<QList<SnapshotReader::Field>> StoreSnapshotReader::fields() const
{
    Result<QList<FieldSummary>> summaries = m_store.fields(m_snapshotId);
    if (!summaries)
        return summaries.error();
    QList<Field> out;
    out.reserve(summaries->size());
    for (const FieldSummary &s : *summaries)
        out << Field{s.fieldPathId, s.dataFile, s.path, s.count};
    return out;
}

Result<void> StoreSnapshotReader::forEachValue(qint64 fieldId, const Visitor &visit) const
{
    return m_store.forEachValue(m_snapshotId, fieldId, visit);
}

Result<void> StoreSnapshotReader::forEachValueOfAll(const AllVisitor &visit) const
{
    SqlStatement st = m_vault.prepare("SELECT f.field_path_id, f.raw, f.normalised FROM snapshot s "
                                      "JOIN field f ON f.id BETWEEN s.first_field_id AND s.last_field_id "
                                      "WHERE s.id = ?1 ORDER BY f.id");
    st.bind(1, m_snapshotId);
    for (;;) {
        Result<bool> row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        const QString raw = st.text(1);
        if (!visit(st.int64(0), raw, st.isNull(2) ? raw : st.text(2)))
            return {};
    }
}
