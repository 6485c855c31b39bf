#pragma once

#include <QString>
#include <QStringView>

// The kinds of value Roer recognises. Stored as integers in field.type; names are stable
// (SnapshotStore hands them out as text).
enum class ValueType : int {
    Missing = 0,
    Text = 1,
    Integer = 2,
    Decimal = 3,
    Money = 4,
    DateTime = 5,      // with a zone: normalised to UTC, ISO 8601 with Z
    LocalDateTime = 6, // no zone in the file: normalised to ISO 8601 without a zone
    Date = 7,
    Boolean = 8,
};

struct NormalisedValue
{
    ValueType type = ValueType::Text;
    QString normalised; // null when the raw text is the normalised form too
};

// Recognises the date, number and missing-value formats found in real exports. The raw value
// is always kept next to the result: the customer's copy must stay faithful.
namespace ValueNormaliser {
// `fieldName` (the last part of the path) hints that a bare 10-digit number is a timestamp.
NormalisedValue normalise(const QString &raw, QStringView fieldName = {},
                          bool isJsonNumber = false);
QString typeName(ValueType type);
} // namespace ValueNormaliser
