#include "SandboxServer.h"

#include "SandboxTls.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    default: return QByteArrayLiteral("OTHER");
    }
}

QList<QPair<QByteArray, QByteArray>> requestHeaders(const QHttpServerRequest &request)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QList<QPair<QByteArray, QByteArray>> out;
    const QHttpHeaders headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i); // no toByteArray() on a Latin-1 view
        out.append({QByteArray(name.data(), name.size()), headers.valueAt(i).toByteArray()});
    }
    return out;
#else
    return request.headers();
#endif
}

// The one place that knows how QtHttpServer sends an answer or drops a connection.
// Qt 6.4 passes the responder by rvalue and exposes its socket; from 6.5 responders send a
// QHttpServerResponse and the socket is found by the client's port, under the QTcpServer or
// (Qt 6.8: a QHttpServerStream child of the server holds it) under the QHttpServer.
template<typename Responder>
void sendReply(Responder &&responder, const HttpReply &reply, const QHttpServerRequest &request,
               QTcpServer *tcp, QObject *http)
{
    if (reply.dropConnection) {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        Q_UNUSED(request)
        Q_UNUSED(tcp)
        Q_UNUSED(http)
        if (QTcpSocket *socket = responder.socket())
            socket->abort();
#else
        for (QObject *root : {static_cast<QObject *>(tcp), http}) {
            const auto sockets = root->findChildren<QTcpSocket *>();
            for (QTcpSocket *socket : sockets) {
                if (socket->peerPort() == request.remotePort())
                    socket->abort();
            }
        }
#endif
        return;
    }
    QHttpServerResponse response(reply.contentType, reply.body,
                                 QHttpServerResponse::StatusCode(reply.status));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers(); // keeps the Content-Type the constructor set
    for (const auto &h : reply.headers)
        headers.append(QAnyStringView(h.first), QAnyStringView(h.second));
    response.setHeaders(std::move(headers));
#else
    for (const auto &h : reply.headers)
        response.addHeader(h.first, h.second);
#endif
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    response.write(std::move(responder));
#else
    responder.sendResponse(response);
#endif
}

} // namespace

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_store(config.dataDir), m_api(m_store),
      m_oauth(m_store, config.autoApprove, config.tokenLifetimeSeconds),
      m_http(std::make_unique<QHttpServer>())
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    if (!m_store.load(error))
        return false;
    if (const QString e = m_faults.apply(m_config.initialFaults); !e.isEmpty()) {
        *error = e;
        return false;
    }
    const bool tls = !m_config.tlsCertFile.isEmpty() || !m_config.tlsKeyFile.isEmpty();
    if (tls) {
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
    if (!m_tcp->listen(QHostAddress::LocalHost, m_config.port)) {
        *error = QStringLiteral("Cannot listen on 127.0.0.1:%1: %2")
                     .arg(m_config.port)
                     .arg(m_tcp->errorString());
        return false;
    }
    m_http->bind(m_tcp);

    const auto dispatch = [this](const QHttpServerRequest &request, auto &&responder) {
        SandboxRequest r;
        r.method = methodName(request.method());
        r.path = request.url().path();
        r.query = request.query();
        r.body = request.body();
        r.headers = requestHeaders(request);
        // Absolute URLs use the name the client used, if it is one of ours.
        const QByteArray host = r.header(QByteArrayLiteral("Host"));
        const QByteArray portSuffix = ':' + QByteArray::number(port());
        if (host == "localhost" + portSuffix || host == "127.0.0.1" + portSuffix)
            r.origin = baseUrl().scheme() + QStringLiteral("://") + QString::fromLatin1(host);
        else
            r.origin = baseUrl().toString();
        const HttpReply reply = handle(r);
        if (m_config.logRequests) {
            std::fprintf(stderr, "%s %s -> %s\n", r.method.constData(), qPrintable(r.path),
                         reply.dropConnection ? "dropped"
                                              : QByteArray::number(reply.status).constData());
        }
        sendReply(std::forward<decltype(responder)>(responder), reply, request, m_tcp,
                  m_http.get());
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_http->setMissingHandler(this,
                              [dispatch](const QHttpServerRequest &request,
                                         QHttpServerResponder &responder) {
                                  dispatch(request, responder);
                              });
#else
    m_http->setMissingHandler(
        [dispatch](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(request, std::move(responder));
        });
#endif
    return true;
}

quint16 SandboxServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    const bool tls = !m_config.tlsCertFile.isEmpty();
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port()));
}

HttpReply SandboxServer::garbage() const
{
    if (m_faults.garbageKind() == QLatin1String("wrong_shape"))
        return HttpReply::json(200,
                               QJsonObject{{QStringLiteral("ok"), true},
                                           {QStringLiteral("items"), QJsonArray{1, 2, 3}}});
    if (m_faults.garbageKind() == QLatin1String("truncated"))
        return HttpReply::text(200, QByteArrayLiteral("application/json"),
                               QByteArrayLiteral("{\"receipt_id\": \"3e1f9a52-0d2e-4d6f"));
    return HttpReply::text(
        200, QByteArrayLiteral("text/html; charset=utf-8"),
        QByteArrayLiteral(
            "<!doctype html><html><body><h1>Welcome to our new shop!</h1></body></html>"));
}

HttpReply SandboxServer::handle(const SandboxRequest &request)
{
    const QString &path = request.path;
    if (path.startsWith(QLatin1String("/_sandbox/"))) {
        if (!m_config.testMode)
            return HttpReply::error(404, QStringLiteral("not_found"),
                                    QStringLiteral("No such endpoint."));
        return handleAdmin(request);
    }
    const bool isApi = path.startsWith(QLatin1String("/v1/"));
    const FaultSwitches::Action action = m_faults.takeBeforeHandling(isApi);
    if (isApi && m_faults.delayMs() > 0)
        QThread::msleep(
            ulong(m_faults.delayMs())); // holds every request: the sandbox is single-threaded

    HttpReply reply;
    switch (action) {
    case FaultSwitches::Action::Down:
        reply = HttpReply::error(503, QStringLiteral("unavailable"),
                                 QStringLiteral("Down for maintenance (sandbox switch)."))
                    .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("3600"));
        break;
    case FaultSwitches::Action::Fail: {
        const int status = m_faults.failStatus();
        reply = HttpReply::error(status,
                                 status == 503       ? QStringLiteral("unavailable")
                                     : status >= 500 ? QStringLiteral("internal_error")
                                                     : QStringLiteral("invalid_request"),
                                 QStringLiteral("Injected failure (sandbox switch)."));
        break;
    }
    case FaultSwitches::Action::RateLimit:
        reply = HttpReply::error(429, QStringLiteral("rate_limited"),
                                 QStringLiteral("Too many requests (sandbox switch)."))
                    .withHeader(QByteArrayLiteral("Retry-After"),
                                QByteArray::number(m_faults.retryAfterSeconds()));
        break;
    case FaultSwitches::Action::Garbage: reply = garbage(); break;
    case FaultSwitches::Action::None:
        if (path == QLatin1String("/.well-known/roer-privacy") && request.method == "GET")
            reply = m_api.discovery(request);
        else if (path == QLatin1String("/oauth/authorize")
                 && (request.method == "GET" || request.method == "POST"))
            reply = m_oauth.authorize(request);
        else if (path == QLatin1String("/oauth/token"))
            reply = m_oauth.token(request);
        else if (isApi)
            reply = m_api.handleV1(request, [this](HttpReply &r) {
                r.dropConnection = m_faults.takeDropAfterCommit();
            });
        else
            reply = HttpReply::error(404, QStringLiteral("not_found"),
                                     QStringLiteral("No such endpoint."));
        break;
    }
    if (isApi)
        m_store.countRequest(action != FaultSwitches::Action::None || reply.dropConnection);
    reply.withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

HttpReply SandboxServer::handleAdmin(const SandboxRequest &request)
{
    const QString &path = request.path;
    QJsonObject body;
    if (request.method == "POST" && !request.body.trimmed().isEmpty()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return HttpReply::error(400, QStringLiteral("invalid_request"),
                                    QStringLiteral("The body must be a JSON object."));
        body = doc.object();
    }
    QString error;
    if (path == QLatin1String("/_sandbox/faults")) {
        if (request.method == "POST") {
            if (const QString e = m_faults.apply(body); !e.isEmpty())
                return HttpReply::error(400, QStringLiteral("invalid_request"), e);
        } else if (request.method == "DELETE") {
            m_faults.reset();
        } else if (request.method != "GET") {
            return HttpReply::error(404, QStringLiteral("not_found"),
                                    QStringLiteral("No such endpoint."));
        }
        return HttpReply::json(200, m_faults.toJson());
    }
    if (path == QLatin1String("/_sandbox/decisions") && request.method == "GET")
        return HttpReply::json(200, m_store.inspection());
    if (path == QLatin1String("/_sandbox/requests") && request.method == "GET")
        return HttpReply::json(200, m_store.requests().inspection());
    if (path.startsWith(QLatin1String("/_sandbox/requests/")) && request.method == "POST") {
        // POST /_sandbox/requests/{request_id}/{start|extend|complete|refuse}
        const QStringList parts = path.mid(19).split(QLatin1Char('/'));
        const QString at = body.value(QLatin1String("at")).toString();
        const QString until = body.value(QLatin1String("extended_due_date")).toString();
        const QJsonValue reason = body.value(QLatin1String("reason"));
        if (parts.size() != 2
            || (!at.isEmpty() && !QDateTime::fromString(at, Qt::ISODateWithMs).isValid())
            || (!until.isEmpty() && !QDate::fromString(until, Qt::ISODate).isValid())
            || (!reason.isUndefined() && !reason.isObject()))
            return HttpReply::error(400, QStringLiteral("invalid_request"),
                                    QStringLiteral("Use /_sandbox/requests/ID/ACTION with an "
                                                   "optional at, extended_due_date and reason "
                                                   "{\"nl\", \"en\"}."));
        QJsonObject view;
        error = m_store.requests().advance(parts.at(0), parts.at(1), reason.toObject(),
                                           QDate::fromString(until, Qt::ISODate),
                                           QDateTime::fromString(at, Qt::ISODateWithMs), &view);
        if (!error.isEmpty())
            return HttpReply::error(400, QStringLiteral("invalid_request"), error);
        if (!m_store.save(&error))
            return HttpReply::error(500, QStringLiteral("internal_error"), error);
        return HttpReply::json(200, view);
    }
    if (path == QLatin1String("/_sandbox/reset") && request.method == "POST") {
        m_faults.reset();
        if (!m_store.resetToSeed(&error))
            return HttpReply::error(500, QStringLiteral("internal_error"), error);
        return HttpReply::json(200, QJsonObject{{QStringLiteral("reset"), true}});
    }
    if (path == QLatin1String("/_sandbox/expire-tokens") && request.method == "POST") {
        m_store.expireAccessTokens();
        if (!m_store.save(&error))
            return HttpReply::error(500, QStringLiteral("internal_error"), error);
        return HttpReply::json(200, QJsonObject{{QStringLiteral("expired"), true}});
    }
    if (path == QLatin1String("/_sandbox/retailer-consent") && request.method == "POST") {
        const QString customerId = body.value(QLatin1String("customer_id")).toString();
        const QString purposeId = body.value(QLatin1String("purpose_id")).toString();
        const QString state = body.value(QLatin1String("state")).toString();
        if (!m_store.hasCustomer(customerId) || m_store.purpose(purposeId).isEmpty()
            || (state != QLatin1String("given") && state != QLatin1String("refused")
                && state != QLatin1String("withdrawn")))
            return HttpReply::error(400, QStringLiteral("invalid_request"),
                                    QStringLiteral(
                                        "Give a known customer_id, purpose_id and a state."));
        const QString decidedAt = body.value(QLatin1String("decided_at")).toString();
        if (!decidedAt.isEmpty() && !QDateTime::fromString(decidedAt, Qt::ISODateWithMs).isValid())
            return HttpReply::error(400, QStringLiteral("invalid_request"),
                                    QStringLiteral("decided_at must be RFC 3339."));
        const QJsonObject view =
            m_store.setRetailerConsent(customerId, purposeId, state,
                                       body.value(QLatin1String("channels")).toArray(),
                                       body.value(QLatin1String("context")).toObject(), decidedAt,
                                       QDateTime::currentDateTimeUtc(), &error);
        if (view.isEmpty())
            return HttpReply::error(500, QStringLiteral("internal_error"), error);
        return HttpReply::json(200, view);
    }
    return HttpReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
}
