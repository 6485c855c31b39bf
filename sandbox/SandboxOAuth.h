#pragma once

#include "HttpReply.h"
#include "SandboxRequest.h"

#include <QDateTime>
#include <QHash>
#include <QString>

class SandboxStore;

// OAuth 2.0 authorization code flow with PKCE S256 for a native app with a loopback redirect
// (RFC 6749, RFC 7636, RFC 8252). Public client, no secret. Codes live 5 minutes, single use.
class SandboxOAuth
{
public:
    SandboxOAuth(SandboxStore &store, bool autoApprove, int tokenLifetimeSeconds);

    static QString clientId() { return QStringLiteral("roer"); }
    static QString supportedScopes() { return QStringLiteral("consents export requests"); }

    HttpReply authorize(const SandboxRequest &request); // GET and POST /oauth/authorize
    HttpReply token(const SandboxRequest &request);     // POST /oauth/token

    // PKCE S256: BASE64URL(SHA256(verifier)) without padding.
    static QString challengeFor(const QByteArray &verifier);
    static bool isLoopbackRedirect(const QUrl &uri);

private:
    struct Code
    {
        QString customerId;
        QString scope;
        QString redirectUri;
        QString challenge;
        QDateTime expiresAt;
    };
    HttpReply redirectWith(const QUrl &redirectUri,
                           const QList<QPair<QString, QString>> &params) const;
    HttpReply approvalPage(const QUrlQuery &params) const;
    HttpReply issueTokens(const QString &customerId, const QString &scope,
                          const QString &refreshToken);
    static HttpReply oauthError(const QString &error, const QString &description);
    static QString randomToken(const QString &prefix);

    SandboxStore &m_store;
    bool m_autoApprove;
    int m_tokenLifetime;
    QHash<QString, Code> m_codes;
};
