#include "HostileServer.h"

#include "SandboxServer.h"
#include "SandboxTls.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;
constexpr qsizetype kMaxBody = 1024 * 1024;
constexpr qint64 kHugeLength = qint64(16) << 30;
constexpr qsizetype kPadChunk = 64 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    default: return "Status";
    }
}

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
}

} // namespace

QStringList HostileServer::modeNames()
{
    return {QStringLiteral("huge-body"), QStringLiteral("endless"), QStringLiteral("slow-drip"),
            QStringLiteral("redirect"), QStringLiteral("wrong-type")};
}

HostileServer::HostileServer(const SandboxConfig &config, QString mode, QObject *parent)
    : QObject(parent), m_config(config), m_mode(std::move(mode))
{
    // The real sandbox behind the front: in memory, plain HTTP on its own port (unused).
    SandboxConfig inner = config;
    inner.port = 0;
    inner.tlsCertFile.clear();
    inner.tlsKeyFile.clear();
    m_inner = std::make_unique<SandboxServer>(inner);
}

HostileServer::~HostileServer() = default;

bool HostileServer::start(QString *error)
{
    if (!modeNames().contains(m_mode)) {
        *error = QStringLiteral("Unknown hostile mode '%1'. Use one of: %2.")
                     .arg(m_mode, modeNames().join(QStringLiteral(", ")));
        return false;
    }
    if (!m_inner->start(error))
        return false;
    if (!m_config.tlsCertFile.isEmpty()) {
        const auto ssl =
            SandboxTls::serverConfiguration(m_config.tlsCertFile, m_config.tlsKeyFile, error);
        if (!ssl)
            return false;
        auto *server = new QSslServer(this);
        server->setSslConfiguration(*ssl);
        m_tcp = server;
    } else {
        m_tcp = new QTcpServer(this);
    }
    // QSslServer announces connections after the handshake, QTcpServer at once: both here.
    connect(m_tcp, &QTcpServer::pendingConnectionAvailable, this, &HostileServer::accept);
    if (!m_tcp->listen(QHostAddress::LocalHost, m_config.port)) {
        *error = QStringLiteral("Cannot listen on 127.0.0.1:%1: %2")
                     .arg(m_config.port)
                     .arg(m_tcp->errorString());
        return false;
    }
    if (m_redirectTo.isEmpty())
        m_redirectTo = QUrl(
            QStringLiteral("%1://localhost:%2").arg(baseUrl().scheme()).arg(m_tcp->serverPort()));
    return true;
}

QUrl HostileServer::baseUrl() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_config.tlsCertFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
            .arg(m_tcp ? m_tcp->serverPort() : 0));
}

void HostileServer::accept()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this,
                    [this, socket] { pump(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { closed(socket); });
        readFrom(socket);
    }
}

void HostileServer::readFrom(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->answered)
        return;
    it->in += socket->readAll();
    const qsizetype end = it->in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (it->in.size() > kMaxHead)
            socket->abort();
        return;
    }
    const QByteArray head = it->in.left(end);
    qint64 length = 0;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (length < 0 || length > kMaxBody) {
        socket->abort();
        return;
    }
    if (it->in.size() < end + 4 + length)
        return;
    it->answered = true;
    answer(socket, head, it->in.mid(end + 4, length));
}

void HostileServer::answer(QTcpSocket *socket, const QByteArray &head, const QByteArray &body)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    SandboxRequest r;
    r.method = first.value(0);
    const QUrl target = QUrl::fromEncoded(first.value(1));
    r.path = target.path();
    r.query = QUrlQuery(target);
    r.body = body;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const QByteArray host = r.header(QByteArrayLiteral("Host"));
    const bool viaRedirect = m_mode == QLatin1String("redirect")
        && host.compare(m_redirectTo.authority().toLatin1(), Qt::CaseInsensitive) == 0;
    if (viaRedirect)
        ++m_redirectFollowed;
    r.origin = viaRedirect ? m_redirectTo.toString() : baseUrl().toString();

    Connection &c = m_connections[socket];
    c.what = r.method + ' ' + r.path.toUtf8();
    if (r.path == QLatin1String("/_sandbox/hostile") && m_config.testMode) {
        const QByteArray json = stats();
        socket->write(statusLine(200) + "Content-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json);
        socket->disconnectFromHost();
        return;
    }
    if (!r.path.startsWith(QLatin1String("/_sandbox/")))
        ++m_requests;
    const HttpReply reply = m_inner->handle(r);
    QByteArray headers;
    for (const auto &h : reply.headers)
        headers += h.first + ": " + h.second + "\r\n";
    const bool hostile = !r.path.startsWith(QLatin1String("/_sandbox/")) && !viaRedirect;
    const QString mode = hostile ? m_mode : QString();

    if (mode == QLatin1String("redirect")) {
        QUrl to = m_redirectTo;
        to.setPath(r.path);
        to.setQuery(r.query);
        socket->write(statusLine(307) + "Location: " + to.toEncoded()
                      + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    const QByteArray type =
        mode == QLatin1String("wrong-type") ? QByteArrayLiteral("text/html") : reply.contentType;
    QByteArray out = statusLine(reply.status) + "Content-Type: " + type + "\r\n" + headers;
    if (mode == QLatin1String("huge-body")) {
        out += "Content-Length: " + QByteArray::number(kHugeLength) + "\r\n";
        c.endless = true;
    } else if (mode == QLatin1String("endless")) {
        out += "Transfer-Encoding: chunked\r\n";
        c.endless = true;
        c.chunked = true;
    } else {
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    }
    out += "Connection: close\r\n\r\n";
    socket->write(out);
    c.pending = reply.body;
    if (!m_linkSince.isValid())
        m_linkSince.start();
    if (mode == QLatin1String("slow-drip")) {
        c.drip = new QTimer(socket);
        connect(c.drip, &QTimer::timeout, this, [this, socket] {
            const auto found = m_connections.find(socket);
            if (found == m_connections.end())
                return; // the client hung up; the socket goes away with this timer
            Connection &conn = *found;
            if (conn.pending.isEmpty()) {
                conn.drip->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(conn.pending.left(1));
            conn.pending.remove(0, 1);
            ++conn.sent;
            m_largestBodySent = std::max(m_largestBodySent, conn.sent);
        });
        c.drip->start(m_dripMs);
        return;
    }
    pump(socket);
}

// What the socket still holds for the client: over TLS, bytesToWrite() counts only the plain
// text not yet encrypted, and the encrypted part waits in a buffer of its own.
qint64 HostileServer::unsent(QTcpSocket *socket)
{
    const auto *ssl = qobject_cast<QSslSocket *>(socket);
    return socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
}

// Writes the next part of an answer whenever the socket has room for it.
void HostileServer::pump(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || !it->answered || it->drip || unsent(socket) > 4 * kPadChunk
        || it->waiting)
        return;
    if (m_linkBytesPerMs > 0 && m_linkSent > m_linkSince.elapsed() * m_linkBytesPerMs) {
        it->waiting = true;
        QTimer::singleShot(1, this, [this, socket] {
            const auto found = m_connections.find(socket);
            if (found == m_connections.end())
                return;
            found->waiting = false;
            pump(socket);
        });
        return;
    }
    QByteArray part = it->pending.isEmpty() ? QByteArray() : std::exchange(it->pending, {});
    if (part.isEmpty()) {
        if (!it->endless) {
            socket->disconnectFromHost();
            return;
        }
        part = QByteArray(kPadChunk, ' '); // JSON whitespace: a parser would take all of it
    }
    it->sent += part.size();
    m_linkSent += part.size();
    m_largestBodySent = std::max(m_largestBodySent, it->sent);
    if (it->chunked)
        socket->write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
    else
        socket->write(part);
}

void HostileServer::closed(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it != m_connections.end()) {
        // The client hung up while we still had something to send: it refused the answer.
        const bool refused = it->answered && (it->endless || !it->pending.isEmpty());
        if (refused)
            ++m_abortedByClient;
        if (m_config.logRequests)
            std::fprintf(stderr, "%s: %lld body bytes sent%s\n", it->what.constData(),
                         static_cast<long long>(it->sent),
                         refused ? ", then the client hung up" : "");
        m_connections.erase(it);
    }
    socket->deleteLater();
}

QByteArray HostileServer::stats() const
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("mode"), m_mode},
                           {QStringLiteral("requests"), m_requests},
                           {QStringLiteral("largest_body_sent"), double(m_largestBodySent)},
                           {QStringLiteral("aborted_by_client"), m_abortedByClient},
                           {QStringLiteral("redirect_followed"), m_redirectFollowed},
                           {QStringLiteral("inner_url"), m_inner->baseUrl().toString()}})
        .toJson(QJsonDocument::Compact);
}
