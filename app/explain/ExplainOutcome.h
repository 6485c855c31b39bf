#pragma once

#include "SnapshotExplanation.h"

#include <QMetaType>
#include <QString>

#include <memory>

// What ExplainService delivers for one retailer: the explanation of its newest snapshot in
// one language, shared (the cache and every page that shows it hold the same copy).
struct ExplainOutcome
{
    qint64 retailerId = 0;
    QString language;
    // Null: the retailer has no snapshot yet.
    std::shared_ptr<const SnapshotExplanation> explanation;
    // True when it came from the cache without reading the snapshot again.
    bool fromCache = false;
};

Q_DECLARE_METATYPE(ExplainOutcome)
