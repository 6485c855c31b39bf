#include "CliContext.h"
#include "Commands.h"
#include "vault/Vault.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QJsonObject>

int runStatus(CliContext &context, const QStringList &arguments)
{
    const bool json = arguments.contains(QStringLiteral("--json"));
    for (const QString &a : arguments)
        if (a != QLatin1String("--json"))
            return CliContext::usage(
                QCoreApplication::translate("roer-cli", "Unknown option for status: %1").arg(a));

    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    auto d = context.manager().descriptor();
    if (!d)
        return CliContext::fail(d.error().message);
    const QString unlock = VaultDescriptor::unlockName(d->unlock);
    if (json) {
        CliContext::printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("vault"), context.vaultDirectory()},
                        {QStringLiteral("unlock"), unlock},
                        {QStringLiteral("cipher_version"), vault->cipherVersion()},
                        {QStringLiteral("cipher_page_size"), vault->cipherPageSize()},
                        {QStringLiteral("schema_version"), vault->schemaVersion()},
                        {QStringLiteral("created_at"), d->createdAt.toString(Qt::ISODate)}}));
    } else {
        CliContext::printLine(
            QCoreApplication::translate("roer-cli", "Vault: %1").arg(context.vaultDirectory()));
        CliContext::printLine(
            unlock == QLatin1String("keychain")
                ? QCoreApplication::translate("roer-cli",
                                              "Unlocked with: the password store of this computer")
                : QCoreApplication::translate("roer-cli", "Unlocked with: your passphrase"));
        CliContext::printLine(
            QCoreApplication::translate("roer-cli", "Encryption: SQLCipher %1, pages of %2 bytes")
                .arg(vault->cipherVersion())
                .arg(vault->cipherPageSize()));
        CliContext::printLine(QCoreApplication::translate("roer-cli", "Schema version: %1")
                                  .arg(vault->schemaVersion()));
    }
    return CliContext::Ok;
}
