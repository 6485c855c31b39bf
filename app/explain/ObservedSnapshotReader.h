#pragma once

#include "SnapshotReader.h"

#include <functional>

// A SnapshotReader that passes everything through to another one and counts the values read,
// so a long explanation can show progress and be stopped. The explainer reads a snapshot in
// at most two passes; progress is reported as values done out of twice the snapshot's values
// (a pass that ends early counts as complete once the next one starts).
class ObservedSnapshotReader : public SnapshotReader
{
public:
    // Called every `step` values and at the start of each pass; return false to stop.
    using Observer = std::function<bool(qint64 done, qint64 total)>;

    ObservedSnapshotReader(const SnapshotReader &inner, Observer observer, qint64 step = 20000);

    Result<QList<Field>> fields() const override;
    Result<void> forEachValue(qint64 fieldId, const Visitor &visit) const override;
    Result<void> forEachValueOfAll(const AllVisitor &visit) const override;

    // True once the observer asked to stop: what was read since is incomplete.
    bool stopped() const { return m_stopped; }

private:
    const SnapshotReader &m_inner;
    Observer m_observer;
    qint64 m_step;
    mutable qint64 m_values = 0; // values in the snapshot (from fields())
    mutable int m_passes = 0;
    mutable bool m_stopped = false;
};
