#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

// Synchronous HTTP for the sandbox tests: real QNetworkAccessManager over loopback, the test CA
// passed explicitly for HTTPS, redirects never followed, TLS errors never ignored.
class SandboxTestClient
{
public:
    struct Result
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray body;
        QJsonObject json;                      // empty unless the body is a JSON object
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray header(const char *name) const
        {
            return headers.value(QByteArray(name).toLower());
        }
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit SandboxTestClient(const QUrl &base);

    Result send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body = {},
                const Headers &headers = {}, int transferTimeoutMs = 0);
    Result get(const QString &path, const Headers &headers = {})
    {
        return send("GET", path, {}, headers);
    }
    Result getAuthed(const QString &path) { return send("GET", path, {}, bearer()); }
    Result putDecision(const QString &purposeId, const QByteArray &key,
                       const QJsonObject &decision);
    Result admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    // Full OAuth code flow with PKCE S256 (auto-approve). Sets the bearer token on success.
    bool link(const QString &customerId = QString(), const QString &scope = QString());
    // Pieces of the flow, for the negative tests.
    static QByteArray makeVerifier();
    static QString challengeFor(const QByteArray &verifier);
    Result authorize(const QString &challenge, const QString &state, const QString &redirectUri,
                     const QString &extraQuery = QString());
    Result exchange(const QString &code, const QByteArray &verifier, const QString &redirectUri);

    Headers bearer() const { return {{"Authorization", "Bearer " + m_accessToken.toLatin1()}}; }
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    QUrl base() const { return m_base; }

    static QString uuid();
    static QJsonObject decision(const QString &state, const QStringList &channels,
                                const QString &decidedAt, const QString &recordId = uuid());

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
    QString m_accessToken;
    QString m_refreshToken;
};
