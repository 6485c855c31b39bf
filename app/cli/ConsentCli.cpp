#include "ConsentCli.h"

#include "consent/ConsentStore.h"
#include "consent/RetailerAccounts.h"
#include "consent/RetailerApiClient.h"
#include "vault/KeychainStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <optional>

namespace ConsentCli {

Options parse(const QStringList &arguments, const QStringList &valueOptions,
              const QStringList &flagOptions)
{
    Options o;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (valueOptions.contains(a)) {
            if (i + 1 >= arguments.size()) {
                o.error =
                    QCoreApplication::translate("roer-cli", "The option %1 needs a value.").arg(a);
                return o;
            }
            o.values.insert(a, arguments.at(++i));
        } else if (flagOptions.contains(a)) {
            o.flags.append(a);
        } else if (a.startsWith(QLatin1String("--"))) {
            o.error = QCoreApplication::translate("roer-cli", "Unknown option: %1").arg(a);
            return o;
        } else {
            o.positional.append(a);
        }
    }
    return o;
}

Result<RetailerInfo> retailer(Vault &vault, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("roer-cli",
                                                       "Say which retailer with --retailer NAME."));
    return ConsentStore(vault).retailerByName(name);
}

bool waitUntil(const std::function<bool()> &finished, int timeoutMs)
{
    if (finished())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&]() {
        if (finished() || deadline.hasExpired())
            loop.quit();
    });
    tick.start();
    loop.exec();
    return finished();
}

Result<void> refreshPurposes(Vault &vault, const RetailerInfo &info)
{
    QNetworkAccessManager network;
    KeychainStore keychain;
    RetailerAccounts accounts(vault, &keychain, &network);
    if (!accounts.isLinked(info.id))
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate(
                               "roer-cli", "Link your account first: roer-cli retailer link \"%1\"")
                               .arg(info.name));
    std::optional<QByteArray> token;
    accounts.accessToken(info.id, false, [&](QByteArray t) { token = t; });
    if (!waitUntil([&] { return token.has_value(); }, 30000) || token->isEmpty())
        return Error::make(
            ErrorCode::KeychainUnavailable,
            QCoreApplication::translate(
                "roer-cli", "Roer could not read the link with this retailer from the keychain."));
    RetailerApiClient client(&network);
    if (auto r = client.setAddress(info.apiBase); !r)
        return r;
    client.setAccessToken(*token);
    std::optional<Result<QList<RetailerPurpose>>> purposes;
    client.fetchPurposes([&](Result<QList<RetailerPurpose>> r) { purposes = std::move(r); });
    if (!waitUntil([&] { return purposes.has_value(); }, 60000))
        return Error::make(ErrorCode::Network,
                           QCoreApplication::translate("roer-cli",
                                                       "The retailer did not answer in time."));
    if (!*purposes)
        return purposes->error();
    return ConsentStore(vault).savePurposes(info.id, **purposes);
}

} // namespace ConsentCli
