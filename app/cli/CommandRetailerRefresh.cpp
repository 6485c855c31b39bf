#include "CliContext.h"
#include "Commands.h"
#include "ConsentCli.h"

#include "consent/DataRefresher.h"
#include "consent/RetailerAccounts.h"
#include "vault/KeychainStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <optional>

// `roer-cli retailer refresh NAME [--json]`: fetches the linked retailer's export and stores
// it as a new snapshot (DataRefresher). Prints one line, or the import summary as JSON.
int runRetailerRefresh(CliContext &context, const QStringList &arguments)
{
    const auto o =
        ConsentCli::parse(arguments, {QStringLiteral("--timeout")}, {QStringLiteral("--json")});
    if (!o.error.isEmpty() || o.positional.size() != 1)
        return CliContext::usage(
            o.error.isEmpty()
                ? QCoreApplication::translate("roer-cli", "Use: retailer refresh NAME [--json]")
                : o.error);
    const int timeoutSeconds = o.values.contains(QStringLiteral("--timeout"))
        ? o.value(QStringLiteral("--timeout")).toInt()
        : 120;
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    auto retailer = ConsentCli::retailer(*vault, o.positional.first());
    if (!retailer)
        return CliContext::fail(retailer.error().message);

    QNetworkAccessManager network;
    KeychainStore keychain;
    RetailerAccounts accounts(*vault, &keychain, &network);
    DataRefresher refresher(*vault, &accounts, &network);
    std::optional<Result<ImportSummary>> result;
    refresher.refresh(retailer->id, [&](Result<ImportSummary> r) { result = std::move(r); });
    if (!ConsentCli::waitUntil([&] { return result.has_value(); },
                               std::max(1, timeoutSeconds) * 1000))
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "The retailer did not answer in time."));
    if (!*result)
        return CliContext::fail(result->error().message);
    const ImportSummary &s = **result;
    if (o.has(QStringLiteral("--json"))) {
        QJsonArray changes;
        for (const DataFileChange &c : s.files)
            changes.append(QJsonObject{{QStringLiteral("path"), c.path},
                                       {QStringLiteral("records"), c.records},
                                       {QStringLiteral("added"), c.added},
                                       {QStringLiteral("removed"), c.removed},
                                       {QStringLiteral("changed"), c.changed},
                                       {QStringLiteral("new_file"), c.isNew}});
        CliContext::printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("retailer"), retailer->name},
                        {QStringLiteral("snapshot"), s.snapshotId},
                        {QStringLiteral("unchanged"), s.alreadyImported},
                        {QStringLiteral("files_read"), s.filesRead},
                        {QStringLiteral("records"), s.records},
                        {QStringLiteral("fields"), s.fields},
                        {QStringLiteral("has_previous"), s.hasPrevious},
                        {QStringLiteral("changes"), changes},
                        {QStringLiteral("removed_files"),
                         QJsonArray::fromStringList(s.removedFiles)},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings)}}));
        return CliContext::Ok;
    }
    if (s.alreadyImported) {
        CliContext::printLine(
            QCoreApplication::translate("roer-cli",
                                        "Your data at %1 has not changed. Nothing was added.")
                .arg(retailer->name));
        return CliContext::Ok;
    }
    qint64 added = 0, removed = 0, changed = 0;
    for (const DataFileChange &c : s.files) {
        added += c.isNew ? c.records : c.added;
        removed += c.removed;
        changed += c.changed;
    }
    if (!s.hasPrevious)
        CliContext::printLine(
            QCoreApplication::translate("roer-cli",
                                        "Fetched your data from %1: %2 files, %3 records.")
                .arg(retailer->name)
                .arg(s.filesRead)
                .arg(s.records));
    else
        CliContext::printLine(
            QCoreApplication::translate(
                "roer-cli", "Fetched your data from %1: %2 records; %3 new, %4 gone, %5 changed.")
                .arg(retailer->name)
                .arg(s.records)
                .arg(added)
                .arg(removed)
                .arg(changed));
    return CliContext::Ok;
}
