#include "ExplanationJson.h"

#include <QJsonArray>

#include <cmath>

namespace ExplanationJson {

QString fieldPathInFile(const QString &path, const QString &dataFile)
{
    const QString prefix = dataFile.section(QLatin1Char('/'), -1) + QStringLiteral(" \u203A ");
    return path.startsWith(prefix) ? path.mid(prefix.size()) : path;
}

QJsonObject toJson(const SnapshotExplanation &e)
{
    QJsonArray fields;
    for (const ExplainedField &f : e.fields) {
        const FieldClassification &c = f.classification;
        fields.append(QJsonObject{
            {QStringLiteral("file"), f.dataFile},
            {QStringLiteral("path"), fieldPathInFile(f.path, f.dataFile)},
            {QStringLiteral("category"),
             c.recognised() ? QJsonValue(c.category) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("confidence"), std::round(c.confidence * 100.0) / 100.0},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("explanation"), f.explanation},
        });
    }
    QJsonArray alerts;
    for (const ExplainAlert &a : e.alerts)
        alerts.append(QJsonObject{{QStringLiteral("kind"), a.kind},
                                  {QStringLiteral("text"), a.text},
                                  {QStringLiteral("action"), ExplainAlert::actionName(a.action)},
                                  {QStringLiteral("actionText"), a.actionText}});
    return QJsonObject{
        {QStringLiteral("retailer"), e.retailer},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("summary"), QJsonArray::fromStringList(e.summary)},
        {QStringLiteral("alerts"), alerts},
    };
}

} // namespace ExplanationJson
