#pragma once

#include "explain/SnapshotReader.h"

#include <QHash>

// A snapshot held in memory, for explainer tests that do not need the importer.
class MemorySnapshot : public SnapshotReader
{
public:
    void add(const QString &dataFile, const QString &path, const QStringList &values)
    {
        const qint64 id = m_fields.size() + 1;
        m_fields << Field{id, dataFile, path, qint64(values.size())};
        m_values.insert(id, values);
    }
    Result<QList<Field>> fields() const override { return m_fields; }
    Result<void> forEachValue(qint64 fieldId, const Visitor &visit) const override
    {
        for (const QString &v : m_values.value(fieldId))
            if (!visit(v, v, QStringLiteral("text")))
                break;
        return {};
    }

    // Interleaved like records in storage: value i of every field, then value i+1.
    Result<void> forEachValueOfAll(const AllVisitor &visit) const override
    {
        qsizetype longest = 0;
        for (const QStringList &v : m_values)
            longest = std::max(longest, v.size());
        for (qsizetype i = 0; i < longest; ++i)
            for (const Field &f : m_fields) {
                const QStringList &values = m_values[f.id];
                if (i < values.size() && !visit(f.id, values.at(i), values.at(i)))
                    return {};
            }
        return {};
    }

private:
    QList<Field> m_fields;
    QHash<qint64, QStringList> m_values;
};
