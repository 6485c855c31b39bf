#include "CliContext.h"
#include "Commands.h"
#include "directory/RetailerStore.h"
#include "importing/SnapshotStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

// data --retailer NAME --json [--records]: the latest snapshot of a retailer.
int runData(CliContext &context, const QStringList &arguments)
{
    QStringList args = arguments;
    QString retailerName;
    bool json = false, withRecords = false;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--retailer") && !args.isEmpty())
            retailerName = args.takeFirst();
        else if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--records"))
            withRecords = true;
        else
            return CliContext::usage(
                QCoreApplication::translate("roer-cli", "Unknown option for data: %1").arg(a));
    }
    if (retailerName.isEmpty())
        return CliContext::usage(
            QCoreApplication::translate("roer-cli",
                                        "Usage: data --retailer NAME --json [--records]"));
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    auto retailer = RetailerStore(*vault).findByName(retailerName);
    if (!retailer)
        return CliContext::fail(retailer.error().message);
    if (!retailer->has_value())
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "There is no retailer with this name."));
    SnapshotStore store(*vault);
    auto latest = store.latestSnapshot((*retailer)->id);
    if (!latest)
        return CliContext::fail(latest.error().message);
    QJsonObject root{{QStringLiteral("retailer"), (*retailer)->name}};
    if (!latest->has_value()) {
        root.insert(QStringLiteral("snapshot"), QJsonValue());
        if (json)
            CliContext::printJson(QJsonDocument(root));
        else
            CliContext::printLine(
                QCoreApplication::translate("roer-cli", "Nothing imported yet for %1.")
                    .arg((*retailer)->name));
        return CliContext::Ok;
    }
    const SnapshotInfo &info = **latest;
    auto files = store.dataFiles(info.id);
    auto fields = store.fields(info.id);
    if (!files || !fields)
        return CliContext::fail(!files ? files.error().message : fields.error().message);
    QHash<QString, QJsonArray> fieldsByFile;
    QHash<qint64, QString> pathNames;
    for (const FieldSummary &f : *fields) {
        fieldsByFile[f.dataFile].append(
            QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("count"), f.count}});
        pathNames.insert(f.fieldPathId, f.path);
    }
    QJsonArray fileArray;
    for (const DataFileInfo &file : *files) {
        QJsonObject o{{QStringLiteral("path"), file.path},
                      {QStringLiteral("format"), file.format},
                      {QStringLiteral("records"), file.records},
                      {QStringLiteral("fields"),
                       fieldsByFile.value(file.path.section(QLatin1Char('/'), -1))}};
        if (withRecords) {
            QJsonArray items;
            QJsonArray current;
            qint64 currentRecord = -1;
            auto r = store.forEachField(file, [&](const StoredField &f) {
                if (f.recordId != currentRecord && currentRecord != -1) {
                    items.append(current);
                    current = QJsonArray();
                }
                currentRecord = f.recordId;
                current.append(
                    QJsonObject{{QStringLiteral("path"), pathNames.value(f.fieldPathId)},
                                {QStringLiteral("raw"),
                                 f.raw.isNull() ? QJsonValue() : QJsonValue(f.raw)},
                                {QStringLiteral("normalised"),
                                 f.normalised.isNull() ? QJsonValue() : QJsonValue(f.normalised)},
                                {QStringLiteral("type"), f.type}});
                return true;
            });
            if (!r)
                return CliContext::fail(r.error().message);
            if (!current.isEmpty())
                items.append(current);
            o.insert(QStringLiteral("items"), items);
        }
        fileArray.append(o);
    }
    root.insert(QStringLiteral("snapshot"),
                QJsonObject{{QStringLiteral("id"), info.id},
                            {QStringLiteral("imported_at"),
                             info.importedAt.toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("source"), info.source},
                            {QStringLiteral("files"), fileArray}});
    if (json) {
        CliContext::printJson(QJsonDocument(root));
    } else {
        CliContext::printLine(
            QCoreApplication::translate("roer-cli", "%1, imported %2")
                .arg((*retailer)->name, info.importedAt.toLocalTime().toString(Qt::ISODate)));
        for (const DataFileInfo &file : *files)
            CliContext::printLine(QCoreApplication::translate("roer-cli", "  %1: %2 records")
                                      .arg(file.path)
                                      .arg(file.records));
    }
    return CliContext::Ok;
}
