#pragma once

#include "explain/SnapshotReader.h"

#include <QHash>

#include <optional>

// A snapshot held in memory, for explainer tests that do not need the importer.
class MemorySnapshot : public SnapshotReader
{
public:
    // Value i of each field added belongs to record i of its data file (empty values are left
    // out of the record); `rule` says which record rule made those records.
    void add(const QString &dataFile, const QString &path, const QStringList &values,
             const std::optional<RecordRule> &rule = {})
    {
        const qint64 id = m_fields.size() + 1;
        qint64 count = 0;
        for (const QString &v : values)
            count += v.isEmpty() ? 0 : 1;
        m_fields << Field{id, dataFile, path, count, rule.has_value(), rule.value_or(RecordRule{})};
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

    // Like records in storage: per data file, record i holds value i of each of its fields.
    Result<void> forEachValueOfAll(const AllVisitor &visit) const override
    {
        QStringList files;
        for (const Field &f : m_fields)
            if (!files.contains(f.dataFile))
                files << f.dataFile;
        qint64 record = 0;
        for (const QString &file : std::as_const(files)) {
            qsizetype longest = 0;
            for (const Field &f : m_fields)
                if (f.dataFile == file)
                    longest = std::max(longest, m_values[f.id].size());
            for (qsizetype i = 0; i < longest; ++i, ++record)
                for (const Field &f : m_fields) {
                    const QStringList &values = m_values[f.id];
                    if (f.dataFile == file && i < values.size() && !values.at(i).isEmpty()
                        && !visit(record, f.id, values.at(i), values.at(i)))
                        return {};
                }
        }
        return {};
    }

private:
    QList<Field> m_fields;
    QHash<qint64, QStringList> m_values;
};
