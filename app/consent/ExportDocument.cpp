#include "ExportDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {
Error notAnExport()
{
    return Error::make(
        ErrorCode::Protocol,
        QCoreApplication::translate(
            "Refresh",
            "The retailer sent something that is not a copy of your data. Nothing was stored."));
}

QByteArray valueJson(const QJsonValue &value)
{
    // QJsonDocument only writes arrays and objects: wrap the value and cut the brackets off.
    const QByteArray a = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QByteArray arrayJson(const QJsonArray &objects)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (i > 0)
            out += ",\n";
        out += ExportDocument::objectIdFirst(objects[i].toObject());
    }
    return out + "]\n";
}
} // namespace

QByteArray ExportDocument::objectIdFirst(const QJsonObject &object)
{
    QStringList keys = object.keys(); // sorted by name
    QStringList ordered;
    if (keys.removeOne(QStringLiteral("id")))
        ordered.append(QStringLiteral("id"));
    for (const QString &k : std::as_const(keys))
        if (k.endsWith(QLatin1String("_id")))
            ordered.append(k);
    for (const QString &k : std::as_const(keys))
        if (!k.endsWith(QLatin1String("_id")))
            ordered.append(k);
    QByteArray out = "{";
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        if (i > 0)
            out += ',';
        out += valueJson(ordered[i]) + ':' + valueJson(object.value(ordered[i]));
    }
    return out + '}';
}

Result<QList<Importer::DataFile>> ExportDocument::split(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return notAnExport();
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("roer-export")
        || root.value(QLatin1String("format_version")).toInt() != 1
        || !root.value(QLatin1String("datasets")).isArray())
        return notAnExport();
    const QString status =
        root.value(QLatin1String("status")).toString(QStringLiteral("completed"));
    if (status != QLatin1String("completed"))
        return Error::make(
            ErrorCode::Protocol,
            QCoreApplication::translate(
                "Refresh", "The retailer is still preparing your data. Please try again later."));

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    QList<Importer::DataFile> files;
    QJsonArray descriptions;
    QSet<QString> seen;
    for (const QJsonValue &v : root.value(QLatin1String("datasets")).toArray()) {
        QJsonObject dataset = v.toObject();
        const QString id = dataset.value(QLatin1String("id")).toString();
        const QJsonValue records = dataset.value(QLatin1String("records"));
        // The id becomes a file name: it must be plain and unique (and never our own names).
        if (!idPattern.match(id).hasMatch() || seen.contains(id) || id == QLatin1String("consents")
            || id == QLatin1String("datasets") || !records.isArray())
            return notAnExport();
        seen.insert(id);
        for (const QJsonValue &r : records.toArray())
            if (!r.isObject())
                return notAnExport();
        if (!records.toArray().isEmpty())
            files.append({id + QStringLiteral(".json"), arrayJson(records.toArray())});
        dataset.remove(QStringLiteral("records"));
        dataset.insert(QStringLiteral("records"), records.toArray().size());
        descriptions.append(dataset);
    }
    const QJsonValue consents = root.value(QLatin1String("consents"));
    if (!consents.isUndefined() && !consents.isArray())
        return notAnExport();
    if (!consents.toArray().isEmpty())
        files.append({QStringLiteral("consents.json"), arrayJson(consents.toArray())});
    if (!descriptions.isEmpty())
        files.append({QStringLiteral("datasets.json"), arrayJson(descriptions)});
    if (files.isEmpty())
        return Error::make(
            ErrorCode::Protocol,
            QCoreApplication::translate("Refresh",
                                        "The retailer has no data about you. Nothing was stored."));
    return files;
}
