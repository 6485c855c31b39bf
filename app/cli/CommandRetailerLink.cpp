#include "CliContext.h"
#include "Commands.h"
#include "ConsentCli.h"

#include "consent/ConsentStore.h"
#include "consent/RetailerAccounts.h"
#include "vault/KeychainStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <optional>

// `roer-cli retailer link NAME`: prints the address to open in a browser, waits for the
// retailer to send the browser back to Roer (loopback redirect), keeps the tokens in the
// keychain and fetches the retailer's purposes. The `retailer` word is shared with
// `retailer add|list`; whoever owns runRetailer hands "link" to runRetailerLink.
int runRetailerLink(CliContext &context, const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.value(0) == QLatin1String("link"))
        args.removeFirst();
    const auto o = ConsentCli::parse(args, {QStringLiteral("--timeout")}, {});
    if (!o.error.isEmpty() || o.positional.size() != 1)
        return CliContext::usage(
            o.error.isEmpty() ? QCoreApplication::translate("roer-cli", "Use: retailer link NAME")
                              : o.error);
    const int timeoutSeconds = o.values.contains(QStringLiteral("--timeout"))
        ? o.value(QStringLiteral("--timeout")).toInt()
        : 300;
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    auto retailer = ConsentCli::retailer(*vault, o.positional.first());
    if (!retailer)
        return CliContext::fail(retailer.error().message);

    QNetworkAccessManager network;
    KeychainStore keychain;
    RetailerAccounts accounts(*vault, &keychain, &network);
    std::optional<Result<void>> result;
    accounts.link(
        retailer->id,
        [](const QUrl &url) {
            CliContext::printLine(QCoreApplication::translate(
                "roer-cli", "Open this address in your browser to link your account:"));
            CliContext::printLine(url.toString(QUrl::FullyEncoded));
        },
        [&](Result<void> r) { result = std::move(r); });
    if (!ConsentCli::waitUntil([&] { return result.has_value(); },
                               std::max(1, timeoutSeconds) * 1000))
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "Linking took too long. Please try again."));
    if (!*result)
        return CliContext::fail(result->error().message);
    auto refreshed = ConsentStore(*vault).retailer(retailer->id);
    if (auto r = ConsentCli::refreshPurposes(*vault, refreshed ? *refreshed : *retailer); !r)
        return CliContext::fail(r.error().message);
    CliContext::printLine(QCoreApplication::translate("roer-cli", "Your account at %1 is linked.")
                              .arg(retailer->name));
    return CliContext::Ok;
}
