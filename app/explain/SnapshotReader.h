#pragma once

#include "core/Result.h"

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
    };
    // Return false to stop early.
    using Visitor =
        std::function<bool(const QString &raw, const QString &normalised, const QString &type)>;

    virtual ~SnapshotReader() = default;
    virtual Result<QList<Field>> fields() const = 0;
    virtual Result<void> forEachValue(qint64 fieldId, const Visitor &visit) const = 0;

    // Every value of the snapshot in one pass, in storage order. The explainer uses this so
    // that a snapshot is read at most twice, however many fields it has.
    using AllVisitor =
        std::function<bool(qint64 fieldId, const QString &raw, const QString &normalised)>;
    virtual Result<void> forEachValueOfAll(const AllVisitor &visit) const = 0;
};
