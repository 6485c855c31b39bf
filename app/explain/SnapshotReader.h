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
    using Visitor = std::function<bool(const QString &raw, const QString &normalised, const QString &type)>;

    virtual ~SnapshotReader() = default;
    virtual Result<QList<Field>> fields() const = 0;
    virtual Result<void> forEachValue(qint64 fieldId, const Visitor &visit) const = 0;
};
