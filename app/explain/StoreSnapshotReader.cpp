#include "StoreSnapshotReader.h"

#include "importing/SnapshotStore.h"

StoreSnapshotReader::StoreSnapshotReader(const SnapshotStore &store, qint64 snapshotId)
    : m_store(store), m_snapshotId(snapshotId)
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
