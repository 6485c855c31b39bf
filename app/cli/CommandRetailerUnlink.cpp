#include "CliContext.h"
#include "Commands.h"
#include "ConsentCli.h"

#include "consent/RetailerAccounts.h"
#include "vault/KeychainStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <optional>

// `roer-cli retailer unlink NAME`: removes the tokens from the keychain and the link from the
// vault. Decisions, their history and imported data stay.
int runRetailerUnlink(CliContext &context, const QStringList &arguments)
{
    const auto o = ConsentCli::parse(arguments, {}, {});
    if (!o.error.isEmpty() || o.positional.size() != 1)
        return CliContext::usage(
            o.error.isEmpty() ? QCoreApplication::translate("roer-cli", "Use: retailer unlink NAME")
                              : o.error);
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    auto retailer = ConsentCli::retailer(*vault, o.positional.first());
    if (!retailer)
        return CliContext::fail(retailer.error().message);
    QNetworkAccessManager network;
    KeychainStore keychain;
    RetailerAccounts accounts(*vault, &keychain, &network);
    if (!accounts.isLinked(retailer->id)) {
        CliContext::printLine(
            QCoreApplication::translate("roer-cli", "Your account at %1 was not linked.")
                .arg(retailer->name));
        return CliContext::Ok;
    }
    std::optional<Result<void>> result;
    accounts.unlink(retailer->id, [&](Result<void> r) { result = std::move(r); });
    if (!ConsentCli::waitUntil([&] { return result.has_value(); }, 30000))
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "The keychain did not answer in time."));
    if (!*result)
        return CliContext::fail(result->error().message);
    CliContext::printLine(
        QCoreApplication::translate(
            "roer-cli", "Your account at %1 is no longer linked. Your choices and history stay.")
            .arg(retailer->name));
    return CliContext::Ok;
}
