#pragma once

#include "OutboxSender.h"
#include "RetailerApiClient.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class KeychainStore;
class QNetworkAccessManager;
class Vault;

// Linked retailer accounts. The vault keeps only that an account is linked (table
// consent_link: a random token slot, the token endpoint, when); the tokens themselves live
// only in the OS keychain (service "Roer", account "retailer-token-<slot>"), never on disk
// elsewhere and never in a log. Access tokens are cached in memory and refreshed once when
// the retailer refuses them.
class RetailerAccounts : public QObject
{
    Q_OBJECT
public:
    RetailerAccounts(Vault &vault, KeychainStore *keychain, QNetworkAccessManager *network,
                     QObject *parent = nullptr);

    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }

    // Stores the token endpoint's answer after linking (keychain first, then the vault row).
    void storeLink(qint64 retailerId, const QUrl &tokenEndpoint, const QString &clientId,
                   const QJsonObject &tokens, std::function<void(Result<void>)> done);
    bool isLinked(qint64 retailerId);
    void unlink(qint64 retailerId, std::function<void(Result<void>)> done);

    // The access token (refreshed first when forceRefresh or expired); empty when none.
    void accessToken(qint64 retailerId, bool forceRefresh, std::function<void(QByteArray)> done);
    OutboxSender::TokenFetcher tokenFetcher();

    // The full linking flow for a retailer whose API address is known: discovery, then
    // OAuth with PKCE through the loopback redirect. `openUrl` is called with the URL for the
    // system browser. Afterwards the retailer's api_base is the discovered one.
    void link(qint64 retailerId, std::function<void(const QUrl &)> openUrl,
              std::function<void(Result<void>)> done,
              const QList<QPair<QString, QString>> &extraAuthorizeParameters = {});

private:
    struct Tokens
    {
        QByteArray access;
        QByteArray refresh;
        QDateTime expiresAt;
    };
    struct LinkRow
    {
        QString slot;
        QUrl tokenEndpoint;
        QString clientId;
    };
    std::optional<LinkRow> linkRow(qint64 retailerId);
    void refresh(qint64 retailerId, const LinkRow &row, Tokens tokens,
                 std::function<void(QByteArray)> done);
    void writeTokens(const QString &slot, const Tokens &tokens,
                     std::function<void(Result<void>)> done);
    static Tokens tokensFrom(const QJsonObject &answer, const Tokens &previous);

    Vault &m_vault;
    KeychainStore *m_keychain;
    QNetworkAccessManager *m_network;
    std::optional<QSslConfiguration> m_ssl;
    QHash<qint64, Tokens> m_cache;
};
