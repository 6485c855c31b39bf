#include "CliContext.h"
#include "Commands.h"
#include "directory/RetailerDirectory.h"
#include "directory/RetailerStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

int add(CliContext &context, QStringList args)
{
    Retailer retailer;
    QString directoryId;
    QStringList names;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        auto value = [&](QString &target) {
            if (args.isEmpty())
                return false;
            target = args.takeFirst();
            return true;
        };
        bool ok = true;
        if (a == QLatin1String("--website"))
            ok = value(retailer.website);
        else if (a == QLatin1String("--email"))
            ok = value(retailer.privacyEmail);
        else if (a == QLatin1String("--api"))
            ok = value(retailer.apiBase);
        else if (a == QLatin1String("--address"))
            ok = value(retailer.postalAddress);
        else if (a == QLatin1String("--from-directory"))
            ok = value(directoryId);
        else if (a.startsWith(QLatin1String("--")))
            return CliContext::usage(
                QCoreApplication::translate("roer-cli", "Unknown option for retailer add: %1")
                    .arg(a));
        else
            names.append(a);
        if (!ok)
            return CliContext::usage(
                QCoreApplication::translate("roer-cli", "The option %1 needs a value.").arg(a));
    }
    if (!directoryId.isEmpty()) {
        auto directory = RetailerDirectory::bundled();
        if (!directory)
            return CliContext::fail(directory.error().message);
        const DirectoryEntry *entry = directory->find(directoryId);
        if (!entry)
            return CliContext::fail(QCoreApplication::translate(
                "roer-cli", "This retailer is not in the list of known retailers."));
        Retailer fromList = RetailerDirectory::toRetailer(*entry);
        fromList.apiBase = retailer.apiBase;
        if (!retailer.website.isEmpty())
            fromList.website = retailer.website;
        if (!retailer.privacyEmail.isEmpty())
            fromList.privacyEmail = retailer.privacyEmail;
        retailer = fromList;
    }
    if (names.size() > 1)
        return CliContext::usage(
            QCoreApplication::translate("roer-cli",
                                        "Give one name. Put quotes around a name with spaces."));
    if (!names.isEmpty())
        retailer.name = names.first();
    if (retailer.name.isEmpty())
        return CliContext::usage(QCoreApplication::translate(
            "roer-cli", "Usage: retailer add NAME [--website URL] [--email ADDRESS] [--api URL]"));
    if (!retailer.apiBase.isEmpty() && !retailer.apiBase.startsWith(QLatin1String("https://"))
        && !retailer.apiBase.startsWith(QLatin1String("http://127.0.0.1"))
        && !retailer.apiBase.startsWith(QLatin1String("http://localhost")))
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "The API address must start with https://."));
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    auto id = RetailerStore(*vault).add(retailer);
    if (!id)
        return CliContext::fail(id.error().message);
    CliContext::printLine(QCoreApplication::translate("roer-cli", "Added %1.").arg(retailer.name));
    return CliContext::Ok;
}

int list(CliContext &context, const QStringList &args)
{
    const bool json = args.contains(QStringLiteral("--json"));
    for (const QString &a : args)
        if (a != QLatin1String("--json"))
            return CliContext::usage(
                QCoreApplication::translate("roer-cli", "Unknown option for retailer list: %1")
                    .arg(a));
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    auto retailers = RetailerStore(*vault).list();
    if (!retailers)
        return CliContext::fail(retailers.error().message);
    if (json) {
        QJsonArray array;
        for (const Retailer &r : *retailers)
            array.append(
                QJsonObject{{QStringLiteral("id"), r.id},
                            {QStringLiteral("name"), r.name},
                            {QStringLiteral("website"), orNull(r.website)},
                            {QStringLiteral("privacy_email"), orNull(r.privacyEmail)},
                            {QStringLiteral("postal_address"), orNull(r.postalAddress)},
                            {QStringLiteral("api"), orNull(r.apiBase)},
                            {QStringLiteral("directory_id"), orNull(r.directoryId)},
                            {QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODate)}});
        CliContext::printJson(QJsonDocument(array));
    } else {
        for (const Retailer &r : *retailers)
            CliContext::printLine(
                r.website.isEmpty() ? r.name : QStringLiteral("%1  %2").arg(r.name, r.website));
    }
    return CliContext::Ok;
}

int remove(CliContext &context, const QStringList &args)
{
    QStringList names = args;
    const bool yes = names.removeAll(QStringLiteral("--yes")) > 0;
    if (names.size() != 1)
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Usage: retailer remove NAME --yes"));
    if (!yes)
        return CliContext::usage(QCoreApplication::translate(
            "roer-cli",
            "This removes the retailer and all its data from the vault. Add --yes to confirm."));
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    RetailerStore store(*vault);
    auto found = store.findByName(names.first());
    if (!found)
        return CliContext::fail(found.error().message);
    if (!found->has_value())
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "There is no retailer with this name."));
    if (auto r = store.remove((*found)->id); !r)
        return CliContext::fail(r.error().message);
    CliContext::printLine(QCoreApplication::translate("roer-cli", "Removed %1 and all its data.")
                              .arg((*found)->name));
    return CliContext::Ok;
}

int rename(CliContext &context, const QStringList &args)
{
    if (args.size() != 2)
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Usage: retailer rename NAME NEW-NAME"));
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    RetailerStore store(*vault);
    auto found = store.findByName(args[0]);
    if (!found)
        return CliContext::fail(found.error().message);
    if (!found->has_value())
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "There is no retailer with this name."));
    if (auto r = store.rename((*found)->id, args[1]); !r)
        return CliContext::fail(r.error().message);
    return CliContext::Ok;
}

int directory(const QStringList &args)
{
    auto dir = RetailerDirectory::bundled();
    if (!dir)
        return CliContext::fail(dir.error().message);
    QJsonArray array;
    for (const DirectoryEntry &e : dir->entries())
        array.append(
            QJsonObject{{QStringLiteral("id"), e.id},
                        {QStringLiteral("name"), e.name},
                        {QStringLiteral("kind"), e.kind},
                        {QStringLiteral("website"), orNull(e.website)},
                        {QStringLiteral("privacy_email"), orNull(e.privacyEmail)},
                        {QStringLiteral("quality"), e.quality},
                        {QStringLiteral("source"), e.source},
                        {QStringLiteral("sources"), QJsonArray::fromStringList(e.sources)}});
    if (args.contains(QStringLiteral("--json")))
        CliContext::printJson(QJsonDocument(array));
    else
        for (const DirectoryEntry &e : dir->entries())
            CliContext::printLine(QStringLiteral("%1  %2").arg(e.id, e.name));
    return CliContext::Ok;
}

} // namespace

int runRetailer(CliContext &context, const QStringList &arguments)
{
    QStringList args = arguments;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("add"))
        return add(context, args);
    if (sub == QLatin1String("list"))
        return list(context, args);
    if (sub == QLatin1String("remove"))
        return remove(context, args);
    if (sub == QLatin1String("rename"))
        return rename(context, args);
    if (sub == QLatin1String("directory"))
        return directory(args);
    if (sub == QLatin1String("link"))
        return runRetailerLink(context, args);
    if (sub == QLatin1String("refresh"))
        return runRetailerRefresh(context, args);
    if (sub == QLatin1String("unlink"))
        return runRetailerUnlink(context, args);
    return CliContext::usage(QCoreApplication::translate(
        "roer-cli", "Usage: retailer add|list|rename|remove|directory|link|refresh|unlink ..."));
}
