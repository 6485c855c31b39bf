#pragma once

#include "SnapshotExplanation.h"

#include <QJsonObject>

// The stable JSON form of an explanation (roer-cli `explain --json`):
// {"retailer": ..., "fields": [{"file", "path", "category", "confidence", "reason", "title",
//  "explanation"}], "summary": [sentences], "alerts": [{"kind", "text", "action",
//  "actionText"}]} ("action": "erase", "object", "access" or "").
// "category" is null for a field Roer does not recognise; its "explanation" then holds the
// question to ask the retailer. "path" is the field path inside its file.
namespace ExplanationJson {
QJsonObject toJson(const SnapshotExplanation &explanation);
QString fieldPathInFile(const QString &path, const QString &dataFile);
} // namespace ExplanationJson
