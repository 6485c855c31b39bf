#include "OAuthLoopbackFlow.h"

#include "RetailerApiClient.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {
QByteArray randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + bytes));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

constexpr int kMaxRequestBytes = 16 * 1024;
} // namespace

OAuthLoopbackFlow::OAuthLoopbackFlow(RetailerApiClient *client, QUrl authorizationEndpoint,
                                     QUrl tokenEndpoint, QString clientId, QObject *parent)
    : QObject(parent), m_client(client), m_authorizationEndpoint(std::move(authorizationEndpoint)),
      m_tokenEndpoint(std::move(tokenEndpoint)), m_clientId(std::move(clientId))
{
}

OAuthLoopbackFlow::~OAuthLoopbackFlow() = default;

QByteArray OAuthLoopbackFlow::makeCodeVerifier()
{
    return randomUrlSafe(32); // 43 characters, RFC 7636 §4.1
}

QByteArray OAuthLoopbackFlow::codeChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void OAuthLoopbackFlow::setExtraParameter(const QString &name, const QString &value)
{
    m_extra.append({name, value});
}

Result<QUrl> OAuthLoopbackFlow::start(const QStringList &scopes,
                                      std::function<void(Result<QJsonObject>)> done)
{
    for (const QUrl &u : {m_authorizationEndpoint, m_tokenEndpoint})
        if (auto ok = RetailerApiClient::checkAddress(u.toString()); !ok)
            return ok.error();
    m_done = std::move(done);
    m_server = new QTcpServer(this);
    // Loopback only (RFC 8252 §7.3): nothing on the network can deliver a code to us.
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate(
                               "OAuth", "Roer could not prepare the link. Please try again."));
    connect(m_server, &QTcpServer::newConnection, this, &OAuthLoopbackFlow::onConnection);
    m_verifier = makeCodeVerifier();
    m_state = randomUrlSafe(16);
    m_redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server->serverPort());

    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), m_clientId);
    q.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    q.addQueryItem(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    q.addQueryItem(QStringLiteral("code_challenge"),
                   QString::fromLatin1(codeChallenge(m_verifier)));
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    for (const auto &p : std::as_const(m_extra))
        q.addQueryItem(p.first, p.second);
    QUrl url = m_authorizationEndpoint;
    // QUrlQuery leaves ':' '/' and '+' unencoded; encode the values fully instead.
    QString query;
    for (const auto &item : q.queryItems(QUrl::FullyDecoded)) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QString::fromLatin1(QUrl::toPercentEncoding(item.first) + '='
                                     + QUrl::toPercentEncoding(item.second));
    }
    url.setQuery(query, QUrl::StrictMode);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this]() {
        fail(QCoreApplication::translate("OAuth", "Linking took too long. Please try again."));
    });
    m_timer->start(m_timeoutMs);
    qCInfo(lcConsent) << "account linking started";
    return url;
}

void OAuthLoopbackFlow::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void OAuthLoopbackFlow::onReadable(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    const QList<QByteArray> requestLine = socket->readLine().trimmed().split(' ');
    auto answer = [socket](const QByteArray &status, const QString &text) {
        const QByteArray body =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Roer</title></head>"
            "<body><p>"
            + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
        socket->write("HTTP/1.1 " + status
                      + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                      + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + body);
        socket->disconnectFromHost();
    };
    if (requestLine.size() < 2 || requestLine[0] != "GET") {
        answer("400 Bad Request", QString());
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine[1]));
    if (target.path() != QLatin1String("/callback") || m_finished) {
        answer("404 Not Found", QString());
        return;
    }
    const QUrlQuery query(target);
    if (query.queryItemValue(QStringLiteral("state")).toLatin1() != m_state) {
        // Not our request (or forged): ignore it and keep waiting for the real one.
        answer("400 Bad Request",
               QCoreApplication::translate("OAuth", "This link is not from Roer."));
        return;
    }
    m_finished = true;
    m_server->close();
    if (query.hasQueryItem(QStringLiteral("error"))
        || !query.hasQueryItem(QStringLiteral("code"))) {
        answer("200 OK",
               QCoreApplication::translate(
                   "OAuth", "You did not allow the link. You can close this window."));
        fail(QCoreApplication::translate("OAuth", "The link was not allowed at the retailer."));
        return;
    }
    answer("200 OK",
           QCoreApplication::translate(
               "OAuth", "Your account is linked. You can close this window and go back to Roer."));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"),
                      query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
    m_client->postTokenRequest(m_tokenEndpoint, form,
                               [this](Result<QJsonObject> r) { complete(std::move(r)); });
}

void OAuthLoopbackFlow::fail(const QString &message)
{
    m_finished = true;
    if (m_server)
        m_server->close();
    complete(Error::make(ErrorCode::Refused, message));
}

void OAuthLoopbackFlow::complete(Result<QJsonObject> result)
{
    if (m_timer)
        m_timer->stop();
    m_verifier.fill('\0');
    if (!m_done)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    qCInfo(lcConsent) << "account linking" << (result ? "finished" : "failed");
    done(std::move(result));
}
