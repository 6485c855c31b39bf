#include "CliContext.h"
#include "Commands.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>

#include <optional>

namespace {

Result<QString> readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("roer-cli",
                                                       "Cannot read the passphrase file."));
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString text = QString::fromUtf8(line);
    wipe(line);
    return text;
}

// vault passphrase --new-passphrase-file FILE: the vault is unlocked with a (new) passphrase
// from now on; a keychain vault becomes a passphrase vault.
int changePassphrase(CliContext &context, QStringList args)
{
    QString file;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--new-passphrase-file") && !args.isEmpty())
            file = args.takeFirst();
        else
            return CliContext::usage(
                QCoreApplication::translate("roer-cli",
                                            "Usage: vault passphrase --new-passphrase-file FILE"));
    }
    if (file.isEmpty())
        return CliContext::usage(
            QCoreApplication::translate("roer-cli",
                                        "Usage: vault passphrase --new-passphrase-file FILE"));
    auto passphrase = readSecretFile(file);
    if (!passphrase)
        return CliContext::fail(passphrase.error().message);
    if (!context.unlockedVault())
        return CliContext::Failed;
    if (auto r = context.manager().changePassphrase(*passphrase); !r)
        return CliContext::fail(r.error().message);
    CliContext::printLine(QCoreApplication::translate(
        "roer-cli", "Your vault now opens with the new passphrase. The old one no longer works."));
    return CliContext::Ok;
}

// vault recovery-code [--json]: a new recovery code, shown once; the old one stops working.
int renewRecoveryCode(CliContext &context, const QStringList &args)
{
    const bool json = args == QStringList{QStringLiteral("--json")};
    if (!args.isEmpty() && !json)
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Usage: vault recovery-code [--json]"));
    if (!context.unlockedVault())
        return CliContext::Failed;
    auto code = context.manager().renewRecoveryCode();
    if (!code)
        return CliContext::fail(code.error().message);
    if (json) {
        CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("recovery_code"), *code}}));
        return CliContext::Ok;
    }
    CliContext::printLine(
        QCoreApplication::translate("roer-cli", "Your new recovery code (shown only now):"));
    CliContext::printLine(QStringLiteral("    ") + *code);
    CliContext::printLine(QCoreApplication::translate(
        "roer-cli", "Write it down and keep it safe. Your old recovery code no longer works."));
    return CliContext::Ok;
}

// vault keychain: the vault key goes (back) into the password store of this computer, and the
// vault opens with it from now on. The same key: after a recovery-code unlock this repairs a
// keychain that lost it.
int useKeychain(CliContext &context, const QStringList &args)
{
    if (!args.isEmpty())
        return CliContext::usage(QCoreApplication::translate("roer-cli", "Usage: vault keychain"));
    if (!context.unlockedVault())
        return CliContext::Failed;
    QEventLoop loop;
    std::optional<Result<void>> result;
    context.manager().switchToKeychain([&](Result<void> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!*result)
        return CliContext::fail(result->error().message);
    CliContext::printLine(QCoreApplication::translate(
        "roer-cli", "The key of your vault is in the password store of this computer again."));
    return CliContext::Ok;
}

} // namespace

int runVault(CliContext &context, const QStringList &arguments)
{
    QStringList args = arguments;
    const QString what = args.isEmpty() ? QString() : args.takeFirst();
    if (what == QLatin1String("passphrase"))
        return changePassphrase(context, args);
    if (what == QLatin1String("recovery-code"))
        return renewRecoveryCode(context, args);
    if (what == QLatin1String("keychain"))
        return useKeychain(context, args);
    return CliContext::usage(
        QCoreApplication::translate("roer-cli",
                                    "Usage: vault passphrase|recovery-code|keychain ..."));
}
