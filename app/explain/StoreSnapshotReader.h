#pragma once

#include "SnapshotReader.h"

class SnapshotStore;
class Vault;

// A SnapshotReader over one snapshot in the vault, through the importer's SnapshotStore.
class StoreSnapshotReader : public SnapshotReader
{
public:
    StoreSnapshotReader(Vault &vault, const SnapshotStore &store, qint64 snapshotId);

    Result<QList<Field>> fields() const override;
    Result<void> forEachValue(qint64 fieldId, const Visitor &visit) const override;
    // One walk over the snapshot's field id range. SnapshotStore has no such call yet, so
    // this reads the importer's tables (snapshot, field) directly, read-only.
    Result<void> forEachValueOfAll(const AllVisitor &visit) const override;

private:
    Vault &m_vault;
    const SnapshotStore &m_store;
    qint64 m_snapshotId;
};
