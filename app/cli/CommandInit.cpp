#include "CliContext.h"
#include "Commands.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>

#include <optional>

int runInit(CliContext &context, const QStringList &arguments)
{
    const bool json = arguments.contains(QStringLiteral("--json"));
    for (const QString &a : arguments)
        if (a != QLatin1String("--json"))
            return CliContext::usage(
                QCoreApplication::translate("roer-cli", "Unknown option for init: %1").arg(a));

    VaultManager &vm = context.manager();
    Result<QString> created = QString();
    if (context.hasPassphrase()) {
        auto pass = context.passphrase();
        if (!pass)
            return CliContext::fail(pass.error().message);
        created = vm.createWithPassphrase(*pass);
    } else {
        QEventLoop loop;
        std::optional<Result<QString>> result;
        vm.createWithKeychain([&](Result<QString> r) {
            result.emplace(std::move(r));
            loop.quit();
        });
        if (!result)
            loop.exec();
        created = std::move(*result);
    }
    if (!created)
        return CliContext::fail(created.error().message);

    const QString unlock =
        context.hasPassphrase() ? QStringLiteral("passphrase") : QStringLiteral("keychain");
    if (json) {
        CliContext::printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("vault"), context.vaultDirectory()},
                                      {QStringLiteral("unlock"), unlock},
                                      {QStringLiteral("recovery_code"), *created}}));
    } else {
        CliContext::printLine(QCoreApplication::translate("roer-cli", "Your vault is ready in %1.")
                                  .arg(context.vaultDirectory()));
        CliContext::printLine(
            QCoreApplication::translate("roer-cli", "Your recovery code (shown only now):"));
        CliContext::printLine(QStringLiteral("    ") + *created);
        CliContext::printLine(QCoreApplication::translate(
            "roer-cli", "Write it down and keep it safe. With it you can always open your vault."));
    }
    return CliContext::Ok;
}
