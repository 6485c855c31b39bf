#pragma once

#include "RecordRule.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <functional>

// One value read from an export: its path inside the data file ("Order ID",
// "locations › latitudeE7") and the raw text exactly as the file has it. A null raw
// value is an explicit JSON null.
struct RecordField
{
    QString path;
    QString raw;
    bool isNumber = false; // a JSON number: kept as text, never rounded
};

using Record = QList<RecordField>;
// Receives each record as soon as it is read; return false to stop (cancel).
using RecordCallback = std::function<bool(const Record &record)>;

// Separator between the parts of a field path, as customers see it.
inline QString pathSeparator()
{
    return QStringLiteral(" \u203A ");
}

struct ReadStats
{
    qint64 records = 0;
    QStringList warnings;    // translated, safe to show, no personal data
    QList<RecordRule> rules; // which rule made how many records (RecordRule.h)
};
