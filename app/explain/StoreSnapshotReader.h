#pragma once

#include "SnapshotReader.h"

class SnapshotStore;

// A SnapshotReader over one snapshot in the vault, through the importer's SnapshotStore.
class StoreSnapshotReader : public SnapshotReader
{
public:
    StoreSnapshotReader(const SnapshotStore &store, qint64 snapshotId);

    Result<QList<Field>> fields() const override;
    Result<void> forEachValue(qint64 fieldId, const Visitor &visit) const override;

private:
    const SnapshotStore &m_store;
    qint64 m_snapshotId;
};
