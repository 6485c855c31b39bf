#include "CliContext.h"
#include "Commands.h"
#include "directory/RetailerStore.h"
#include "importing/Importer.h"
#include "importing/SearchIndexer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

// import --retailer NAME [--password-file FILE] [--json] FILE...
int runImport(CliContext &context, const QStringList &arguments)
{
    QStringList args = arguments;
    QString retailerName, passwordFile;
    QStringList files;
    bool json = false;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--retailer") || a == QLatin1String("--password-file")) {
            if (args.isEmpty())
                return CliContext::usage(
                    QCoreApplication::translate("roer-cli", "The option %1 needs a value.").arg(a));
            (a == QLatin1String("--retailer") ? retailerName : passwordFile) = args.takeFirst();
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            return CliContext::usage(
                QCoreApplication::translate("roer-cli", "Unknown option for import: %1").arg(a));
        } else {
            files.append(a);
        }
    }
    if (retailerName.isEmpty() || files.isEmpty())
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Usage: import --retailer NAME FILE..."));
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    auto retailer = RetailerStore(*vault).findByName(retailerName);
    if (!retailer)
        return CliContext::fail(retailer.error().message);
    if (!retailer->has_value())
        return CliContext::fail(QCoreApplication::translate(
            "roer-cli",
            "There is no retailer with this name. Add it with \"retailer add\" first."));

    Importer importer(*vault);
    if (!passwordFile.isEmpty()) {
        QFile f(passwordFile);
        if (!f.open(QIODevice::ReadOnly))
            return CliContext::fail(
                QCoreApplication::translate("roer-cli", "Roer could not read the password file."));
        QByteArray password = f.readAll();
        while (password.endsWith('\n') || password.endsWith('\r'))
            password.chop(1);
        importer.setZipPassword(password);
    }
    auto summary = importer.run((*retailer)->id, files);
    if (!summary) {
        if (summary.error().code == ErrorCode::WrongPassphrase)
            return CliContext::fail(
                summary.error().message + QLatin1Char(' ')
                + QCoreApplication::translate("roer-cli",
                                              "Give the password with --password-file FILE."));
        return CliContext::fail(summary.error().message);
    }
    // The import is committed; make it searchable now (and whatever an earlier run left),
    // so `search` works at once. A failure here keeps the import: the next run goes on.
    auto indexed = SearchIndexer(*vault).run();
    const bool searchReady = bool(indexed);
    if (json) {
        QJsonArray changes;
        for (const DataFileChange &c : summary->files)
            changes.append(QJsonObject{{QStringLiteral("path"), c.path},
                                       {QStringLiteral("records"), c.records},
                                       {QStringLiteral("added"), c.added},
                                       {QStringLiteral("removed"), c.removed},
                                       {QStringLiteral("changed"), c.changed}});
        CliContext::printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("snapshot"), summary->snapshotId},
                        {QStringLiteral("already_imported"), summary->alreadyImported},
                        {QStringLiteral("files_read"), summary->filesRead},
                        {QStringLiteral("records"), summary->records},
                        {QStringLiteral("fields"), summary->fields},
                        {QStringLiteral("changes"), changes},
                        {QStringLiteral("removed_files"),
                         QJsonArray::fromStringList(summary->removedFiles)},
                        {QStringLiteral("skipped"), QJsonArray::fromStringList(summary->skipped)},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(summary->warnings)},
                        {QStringLiteral("search_ready"), searchReady}}));
        return CliContext::Ok;
    }
    if (!searchReady)
        CliContext::printLine(
            QCoreApplication::translate("roer-cli", "Note: %1").arg(indexed.error().message));
    if (summary->alreadyImported) {
        CliContext::printLine(
            QCoreApplication::translate("roer-cli",
                                        "You imported these files before. Nothing was added."));
        return CliContext::Ok;
    }
    CliContext::printLine(
        (summary->filesRead == 1
             ? QCoreApplication::translate("roer-cli", "Imported 1 file: %2 records, %3 values.")
             : QCoreApplication::translate("roer-cli", "Imported %1 files: %2 records, %3 values.")
                   .arg(summary->filesRead))
            .arg(summary->records)
            .arg(summary->fields));
    for (const QString &s : std::as_const(summary->skipped))
        CliContext::printLine(QCoreApplication::translate("roer-cli", "Not read: %1").arg(s));
    for (const QString &w : std::as_const(summary->warnings))
        CliContext::printLine(QCoreApplication::translate("roer-cli", "Note: %1").arg(w));
    if (summary->hasPrevious)
        for (const DataFileChange &c : std::as_const(summary->files))
            CliContext::printLine(
                QCoreApplication::translate("roer-cli", "%1: %2 new, %3 gone, %4 changed.")
                    .arg(c.path)
                    .arg(c.added)
                    .arg(c.removed)
                    .arg(c.changed));
    return CliContext::Ok;
}
