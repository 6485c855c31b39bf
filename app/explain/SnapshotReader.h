#pragma once

#include "core/Result.h"
#include "importing/RecordRule.h"

#include <QList>
#include <QString>

#include <functional>

// What the explainer needs from one imported snapshot. The importer's SnapshotStore is
// adapted to it (StoreSnapshotReader); tests can feed fields from memory.
class SnapshotReader
{
public:
    struct Field
    {
        qint64 id = 0;
        QString dataFile;
        QString path;
        qint64 count = 0;
        // The record rule that made the records holding this field (see RecordRule), when
        // the snapshot kept it. Records of one data file and one rule section belong together.
        bool hasRule = false;
        RecordRule rule;
    };
    // Return false to stop early.
    using Visitor =
        std::function<bool(const QString &raw, const QString &normalised, const QString &type)>;

    virtual ~SnapshotReader() = default;
    virtual Result<QList<Field>> fields() const = 0;
    virtual Result<void> forEachValue(qint64 fieldId, const Visitor &visit) const = 0;

    // Every value of the snapshot in one pass, in storage order. The explainer uses this so
    // that a snapshot is read at most twice, however many fields it has. `record` numbers the
    // records in that order: the values of one record come together and share it.
    using AllVisitor = std::function<bool(qint64 record, qint64 fieldId, const QString &raw,
                                          const QString &normalised)>;
    virtual Result<void> forEachValueOfAll(const AllVisitor &visit) const = 0;
};
