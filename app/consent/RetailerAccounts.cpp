#include "RetailerAccounts.h"

#include "Clock.h"
#include "ConsentRecord.h"
#include "ConsentStore.h"
#include "OAuthLoopbackFlow.h"
#include "core/Logging.h"
#include "core/SecureBytes.h"
#include "vault/KeychainStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace {
QString account(const QString &slot)
{
    return QStringLiteral("retailer-token-") + slot;
}
} // namespace

RetailerAccounts::RetailerAccounts(Vault &vault, KeychainStore *keychain,
                                   QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_vault(vault), m_keychain(keychain), m_network(network)
{
}

RetailerAccounts::Tokens RetailerAccounts::tokensFrom(const QJsonObject &answer,
                                                      const Tokens &previous)
{
    Tokens t;
    t.access = answer[QLatin1String("access_token")].toString().toUtf8();
    // The retailer may rotate the refresh token; keep the old one when it does not.
    const QString refreshToken = answer[QLatin1String("refresh_token")].toString();
    t.refresh = refreshToken.isEmpty() ? previous.refresh : refreshToken.toUtf8();
    const int expiresIn = answer[QLatin1String("expires_in")].toInt(0);
    if (expiresIn > 0)
        t.expiresAt = Clock::instance().now().addSecs(expiresIn);
    return t;
}

std::optional<RetailerAccounts::LinkRow> RetailerAccounts::linkRow(qint64 retailerId)
{
    auto st = m_vault.prepare(
        "SELECT token_slot, token_endpoint, client_id FROM consent_link WHERE retailer_id = ?");
    st.bind(1, retailerId);
    auto row = st.step();
    if (!row || !*row)
        return std::nullopt;
    return LinkRow{st.text(0), QUrl(st.text(1)), st.text(2)};
}

bool RetailerAccounts::isLinked(qint64 retailerId)
{
    return linkRow(retailerId).has_value();
}

void RetailerAccounts::writeTokens(const QString &slot, const Tokens &tokens,
                                   std::function<void(Result<void>)> done)
{
    QByteArray json =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("access_token"), QString::fromUtf8(tokens.access)},
                          {QStringLiteral("refresh_token"), QString::fromUtf8(tokens.refresh)},
                          {QStringLiteral("expires_at"),
                           tokens.expiresAt.isValid() ? ConsentRecord::timeString(tokens.expiresAt)
                                                      : QString()},
                      })
            .toJson(QJsonDocument::Compact);
    const SecureBytes secret = SecureBytes::takeFrom(json);
    m_keychain->write(account(slot), secret, std::move(done));
}

void RetailerAccounts::storeLink(qint64 retailerId, const QUrl &tokenEndpoint,
                                 const QString &clientId, const QJsonObject &answer,
                                 std::function<void(Result<void>)> done)
{
    const Tokens tokens = tokensFrom(answer, Tokens());
    const QString slot = linkRow(retailerId) ? linkRow(retailerId)->slot
                                             : QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString scope = answer[QLatin1String("scope")].toString();
    writeTokens(
        slot, tokens,
        [this, retailerId, tokenEndpoint, clientId, slot, scope, tokens,
         done = std::move(done)](Result<void> written) {
            if (!written)
                return done(written);
            auto st = m_vault.prepare(
                "INSERT OR REPLACE INTO consent_link (retailer_id, token_slot, token_endpoint,"
                " client_id, linked_at, scope) VALUES (?, ?, ?, ?, ?, ?)");
            st.bind(1, retailerId)
                .bind(2, slot)
                .bind(3, tokenEndpoint.toString())
                .bind(4, clientId)
                .bind(5, ConsentRecord::timeString(Clock::instance().now()))
                .bind(6, scope);
            if (auto r = st.exec(); !r)
                return done(r);
            m_cache.insert(retailerId, tokens);
            qCInfo(lcConsent) << "retailer account linked";
            done({});
        });
}

void RetailerAccounts::unlink(qint64 retailerId, std::function<void(Result<void>)> done)
{
    const auto row = linkRow(retailerId);
    m_cache.remove(retailerId);
    if (!row)
        return done({});
    m_keychain->remove(account(row->slot),
                       [this, retailerId, done = std::move(done)](Result<void> r) {
                           if (!r && r.error().code != ErrorCode::KeychainNoEntry)
                               return done(r);
                           auto st =
                               m_vault.prepare("DELETE FROM consent_link WHERE retailer_id = ?");
                           done(st.bind(1, retailerId).exec());
                       });
}

void RetailerAccounts::accessToken(qint64 retailerId, bool forceRefresh,
                                   std::function<void(QByteArray)> done)
{
    const auto row = linkRow(retailerId);
    if (!row)
        return done(QByteArray());
    auto use = [this, retailerId, row = *row, forceRefresh,
                done = std::move(done)](const Tokens &tokens) mutable {
        const bool expired =
            tokens.expiresAt.isValid() && tokens.expiresAt <= Clock::instance().now().addSecs(30);
        if ((forceRefresh || expired) && !tokens.refresh.isEmpty())
            return refresh(retailerId, row, tokens, std::move(done));
        done(tokens.access);
    };
    if (m_cache.contains(retailerId))
        return use(m_cache.value(retailerId));
    m_keychain->read(account(row->slot),
                     [this, retailerId, use = std::move(use)](Result<SecureBytes> secret) mutable {
                         if (!secret) {
                             qCWarning(lcConsent)
                                 << "retailer token could not be read from the keychain";
                             return use(Tokens());
                         }
                         const QJsonObject o =
                             QJsonDocument::fromJson(
                                 QByteArray::fromRawData(secret->constChar(),
                                                         qsizetype(secret->size())))
                                 .object();
                         Tokens t;
                         t.access = o[QLatin1String("access_token")].toString().toUtf8();
                         t.refresh = o[QLatin1String("refresh_token")].toString().toUtf8();
                         t.expiresAt =
                             QDateTime::fromString(o[QLatin1String("expires_at")].toString(),
                                                   Qt::ISODateWithMs);
                         m_cache.insert(retailerId, t);
                         use(t);
                     });
}

void RetailerAccounts::refresh(qint64 retailerId, const LinkRow &row, Tokens tokens,
                               std::function<void(QByteArray)> done)
{
    auto *client = new RetailerApiClient(m_network, this);
    if (m_ssl)
        client->setSslConfiguration(*m_ssl);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromUtf8(tokens.refresh));
    form.addQueryItem(QStringLiteral("client_id"), row.clientId);
    client->postTokenRequest(
        row.tokenEndpoint, form,
        [this, client, retailerId, row, tokens, done](Result<QJsonObject> answer) {
            client->deleteLater();
            if (!answer) {
                // Refused refresh: the customer must link again; the sender shows that.
                m_cache.remove(retailerId);
                return done(QByteArray());
            }
            const Tokens fresh = tokensFrom(*answer, tokens);
            m_cache.insert(retailerId, fresh);
            // Wait for the keychain: a rotated refresh token must be kept before it is relied on.
            writeTokens(row.slot, fresh, [fresh, done](Result<void> r) {
                if (!r)
                    qCWarning(lcConsent) << "refreshed token could not be stored in the keychain";
                done(fresh.access);
            });
        });
}

OutboxSender::TokenFetcher RetailerAccounts::tokenFetcher()
{
    return [this](qint64 retailerId, bool forceRefresh, std::function<void(QByteArray)> done) {
        accessToken(retailerId, forceRefresh, std::move(done));
    };
}

void RetailerAccounts::link(qint64 retailerId, std::function<void(const QUrl &)> openUrl,
                            std::function<void(Result<void>)> done,
                            const QList<QPair<QString, QString>> &extraAuthorizeParameters)
{
    auto retailer = ConsentStore(m_vault).retailer(retailerId);
    if (!retailer)
        return done(retailer.error());
    if (!retailer->hasApi())
        return done(
            Error::make(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Consent",
                                                    "This retailer has no Roer connection. You can "
                                                    "send your choices by letter or e-mail.")));
    auto *client = new RetailerApiClient(m_network, this);
    if (m_ssl)
        client->setSslConfiguration(*m_ssl);
    if (auto r = client->setAddress(retailer->apiBase); !r) {
        client->deleteLater();
        return done(r.error());
    }
    auto finish = [client, done](Result<void> r) {
        client->deleteLater();
        done(std::move(r));
    };
    client->discover([this, client, retailerId, openUrl = std::move(openUrl), finish,
                      extraAuthorizeParameters](Result<RetailerApiClient::Discovery> discovery) {
        if (!discovery)
            return finish(discovery.error());
        // Keep the discovered API base: the sender uses it from now on.
        auto st = m_vault.prepare("UPDATE retailer SET api_base = ? WHERE id = ?");
        if (auto r = st.bind(1, discovery->apiBase.toString()).bind(2, retailerId).exec(); !r)
            return finish(r);
        auto *flow = new OAuthLoopbackFlow(client, discovery->authorizationEndpoint,
                                           discovery->tokenEndpoint, discovery->clientId, client);
        for (const auto &p : extraAuthorizeParameters)
            flow->setExtraParameter(p.first, p.second);
        const QUrl tokenEndpoint = discovery->tokenEndpoint;
        const QString clientId = discovery->clientId;
        QStringList scopes = discovery->scopes;
        if (scopes.isEmpty())
            scopes = {QStringLiteral("consents"), QStringLiteral("export")};
        auto url = flow->start(scopes,
                               [this, retailerId, tokenEndpoint, clientId,
                                finish](Result<QJsonObject> tokens) {
                                   if (!tokens)
                                       return finish(tokens.error());
                                   storeLink(retailerId, tokenEndpoint, clientId, *tokens, finish);
                               });
        if (!url)
            return finish(url.error());
        openUrl(*url);
    });
}
