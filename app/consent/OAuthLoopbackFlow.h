#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;
class QTimer;
class RetailerApiClient;

// OAuth 2.0 authorization code flow for a native app (RFC 8252) with PKCE S256 (RFC 7636),
// done by hand because Qt 6.4's NetworkAuth has no PKCE. Listens for the redirect on
// http://127.0.0.1:<random port>/callback, checks `state`, and exchanges the code at the
// token endpoint through RetailerApiClient (same TLS rules as every other request).
// The tokens are handed to `done` and never logged; RetailerAccounts puts them in the keychain.
class OAuthLoopbackFlow : public QObject
{
    Q_OBJECT
public:
    OAuthLoopbackFlow(RetailerApiClient *client, QUrl authorizationEndpoint, QUrl tokenEndpoint,
                      QString clientId, QObject *parent = nullptr);
    ~OAuthLoopbackFlow() override;

    // Starts the loopback listener and returns the URL to open in the system browser.
    // `done` gets the token endpoint's answer (access_token, refresh_token, expires_in, scope).
    Result<QUrl> start(const QStringList &scopes, std::function<void(Result<QJsonObject>)> done);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Extra authorize parameters (the sandbox's login_hint in tests).
    void setExtraParameter(const QString &name, const QString &value);

    static QByteArray makeCodeVerifier();
    static QByteArray codeChallenge(const QByteArray &verifier); // BASE64URL(SHA256(v)), no '='

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void fail(const QString &message);
    void complete(Result<QJsonObject> result);

    RetailerApiClient *m_client;
    QUrl m_authorizationEndpoint;
    QUrl m_tokenEndpoint;
    QString m_clientId;
    QList<QPair<QString, QString>> m_extra;
    QTcpServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_verifier;
    QByteArray m_state;
    QString m_redirectUri;
    int m_timeoutMs = 5 * 60 * 1000;
    bool m_finished = false;
    std::function<void(Result<QJsonObject>)> m_done;
};
