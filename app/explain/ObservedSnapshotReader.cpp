#include "ObservedSnapshotReader.h"

#include <algorithm>

ObservedSnapshotReader::ObservedSnapshotReader(const SnapshotReader &inner, Observer observer,
                                               qint64 step)
    : m_inner(inner), m_observer(std::move(observer)), m_step(std::max<qint64>(1, step))
{
}

Result<QList<SnapshotReader::Field>> ObservedSnapshotReader::fields() const
{
    Result<QList<Field>> fields = m_inner.fields();
    if (fields) {
        m_values = 0;
        for (const Field &f : *fields)
            m_values += f.count;
    }
    return fields;
}

Result<void> ObservedSnapshotReader::forEachValue(qint64 fieldId, const Visitor &visit) const
{
    if (m_stopped)
        return {};
    return m_inner.forEachValue(fieldId,
                                [&](const QString &raw, const QString &normalised,
                                    const QString &type) {
                                    if (m_stopped)
                                        return false;
                                    return visit(raw, normalised, type);
                                });
}

Result<void> ObservedSnapshotReader::forEachValueOfAll(const AllVisitor &visit) const
{
    const qint64 total = 2 * m_values;
    qint64 done = qint64(m_passes) * m_values;
    ++m_passes;
    if (m_stopped || (m_observer && !m_observer(std::min(done, total), total))) {
        m_stopped = true;
        return {};
    }
    qint64 sinceReport = 0;
    return m_inner.forEachValueOfAll(
        [&](qint64 record, qint64 fieldId, const QString &raw, const QString &normalised) {
            ++done;
            if (++sinceReport >= m_step) {
                sinceReport = 0;
                if (m_observer && !m_observer(std::min(done, total), total)) {
                    m_stopped = true;
                    return false;
                }
            }
            return visit(record, fieldId, raw, normalised);
        });
}
