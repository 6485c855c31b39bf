#include "RetailerApiClient.h"

#include "Clock.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace {
bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

Error protocolError()
{
    return Error::make(ErrorCode::Protocol,
                       QCoreApplication::translate(
                           "RetailerApi", "The retailer's answer was not what Roer expected."));
}

int httpStatus(QNetworkReply *reply)
{
    const QVariant v = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    return v.isValid() ? v.toInt() : 0;
}

bool isTlsError(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::SslHandshakeFailedError;
}

QString problemForCode(int status, const QString &code)
{
    if (code == QLatin1String("purpose_needed_for_contract"))
        return QCoreApplication::translate(
            "RetailerApi",
            "The retailer needs this for your order, so it did not accept the change.");
    if (code == QLatin1String("channel_not_offered"))
        return QCoreApplication::translate(
            "RetailerApi", "The retailer does not use this channel for this purpose.");
    if (code == QLatin1String("unknown_purpose"))
        return QCoreApplication::translate("RetailerApi",
                                           "The retailer does not know this purpose any more.");
    if (code == QLatin1String("idempotency_key_reused"))
        return QCoreApplication::translate(
            "RetailerApi", "The retailer has this decision already, but with other details.");
    if (status == 401 || status == 403)
        return QCoreApplication::translate(
            "RetailerApi",
            "Roer is no longer linked to your account at this retailer. Please link it again.");
    if (status >= 300 && status < 400)
        return QCoreApplication::translate(
            "RetailerApi", "The retailer sent Roer to another address. Roer did not follow it.");
    if (status == 429)
        return QCoreApplication::translate("RetailerApi",
                                           "The retailer is busy. Roer will try again later.");
    if (status >= 500)
        return QCoreApplication::translate(
            "RetailerApi", "The retailer has a problem. Roer will try again later.");
    return QCoreApplication::translate("RetailerApi",
                                       "The retailer could not process this decision.");
}
} // namespace

RetailerApiClient::RetailerApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
}

Result<QUrl> RetailerApiClient::checkAddress(const QString &address)
{
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("RetailerApi",
                                                       "This is not a web address Roer can use."));
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host()))
        return Error::make(
            ErrorCode::Refused,
            QCoreApplication::translate(
                "RetailerApi",
                "This address is not secure. Roer only connects to retailers over HTTPS."));
    return url;
}

Result<void> RetailerApiClient::setAddress(const QString &address)
{
    auto url = checkAddress(address);
    if (!url)
        return url.error();
    QUrl base = *url;
    base.setQuery(QString());
    base.setFragment(QString());
    QString path = base.path();
    // An origin alone means the default API base of version 1.
    if (path.isEmpty() || path == QLatin1String("/"))
        path = QStringLiteral("/v1/");
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    base.setPath(path);
    m_apiBase = base;
    return {};
}

QUrl RetailerApiClient::origin() const
{
    QUrl o = m_apiBase;
    o.setPath(QString());
    return o;
}

void RetailerApiClient::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_ssl = configuration;
}

QNetworkRequest RetailerApiClient::request(const QUrl &url, bool authorised) const
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::SameOriginRedirectPolicy);
    r.setTransferTimeout(m_timeoutMs);
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Roer/" ROER_VERSION));
    if (m_ssl)
        r.setSslConfiguration(*m_ssl);
    if (authorised && !m_accessToken.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_accessToken);
    return r;
}

QNetworkReply *RetailerApiClient::get(const QUrl &url, bool authorised)
{
    return m_network->get(request(url, authorised));
}

QByteArray RetailerApiClient::Download::take(QNetworkReply *reply)
{
    if (reply->isOpen())
        body += reply->readAll();
    return std::exchange(body, QByteArray());
}

std::shared_ptr<RetailerApiClient::Download>
RetailerApiClient::guard(QNetworkReply *reply, qint64 maxBytes, int deadlineMs)
{
    auto download = std::make_shared<Download>();
    // Qt's network thread stops reading while this much waits unread; we read as it comes.
    // (Measured: checking only downloadProgress, an endless chunked answer filled 700 MB
    // before the check had its turn.)
    reply->setReadBufferSize(kReadChunk);
    const auto refuse = [reply, download] {
        download->tooLarge = true;
        download->body.clear();
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, download, maxBytes, refuse] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (!download->tooLarge && length.isValid() && length.toLongLong() > maxBytes)
            refuse();
    });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, download, maxBytes, refuse] {
        if (download->tooLarge || !reply->isOpen())
            return;
        download->body += reply->readAll();
        if (download->body.size() > maxBytes)
            refuse();
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, download] {
        if (!reply->isFinished()) {
            download->pastDeadline = true;
            reply->abort();
        }
    });
    deadline->start(deadlineMs);
    return download;
}

std::optional<Error> RetailerApiClient::cutoffError(const Download &download)
{
    if (download.tooLarge) {
        qCInfo(lcNetwork) << "answer too large; refused";
        return Error::make(ErrorCode::Protocol,
                           QCoreApplication::translate(
                               "RetailerApi",
                               "The retailer's answer is too large. Roer did not store it."));
    }
    if (download.pastDeadline) {
        qCInfo(lcNetwork) << "answer not complete in time; refused";
        return Error::make(ErrorCode::Network,
                           QCoreApplication::translate("RetailerApi",
                                                       "The retailer did not answer in time."));
    }
    return std::nullopt;
}

bool RetailerApiClient::saysJson(QNetworkReply *reply)
{
    // "application/json", "application/problem+json", with or without "; charset=utf-8".
    const QByteArray type =
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().split(';').value(0);
    const QByteArray t = type.trimmed().toLower();
    return t == "application/json" || (t.startsWith("application/") && t.endsWith("+json"));
}

bool RetailerApiClient::transportFailed(QNetworkReply *reply)
{
    // QNetworkReply's connection and proxy errors are below 200; content, protocol and server
    // errors (from 201) come with an HTTP answer that says what went wrong.
    const int e = int(reply->error());
    return httpStatus(reply) == 0 || (e > 0 && e < 200);
}

Error RetailerApiClient::replyError(QNetworkReply *reply, const QByteArray &body)
{
    const int status = httpStatus(reply);
    if (transportFailed(reply)) {
        if (isTlsError(reply->error()))
            return Error::make(ErrorCode::Refused,
                               QCoreApplication::translate(
                                   "RetailerApi",
                                   "The retailer's connection could not be checked as safe. "
                                   "Roer did not send anything."));
        if (reply->error() == QNetworkReply::InsecureRedirectError)
            return Error::make(ErrorCode::Refused, problemForCode(302, QString()));
        if (reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError)
            return Error::make(ErrorCode::Network,
                               QCoreApplication::translate("RetailerApi",
                                                           "The retailer did not answer in time."));
        return Error::make(
            ErrorCode::Network,
            QCoreApplication::translate(
                "RetailerApi",
                "Roer could not reach the retailer. Check your internet connection."));
    }
    const QString code = QJsonDocument::fromJson(body)
                             .object()[QLatin1String("error")]
                             .toObject()[QLatin1String("code")]
                             .toString();
    return Error::make(status == 401 || status == 403 ? ErrorCode::Refused : ErrorCode::Network,
                       problemForCode(status, code));
}

void RetailerApiClient::getJson(const QUrl &url, bool authorised,
                                std::function<void(Result<QJsonObject>)> done)
{
    QNetworkReply *reply = get(url, authorised);
    auto download = guard(reply, m_maxAnswerBytes, m_deadlineMs);
    connect(reply, &QNetworkReply::finished, this, [reply, download, done = std::move(done)]() {
        reply->deleteLater();
        if (auto e = cutoffError(*download))
            return done(*e);
        const QByteArray body = download->take(reply);
        const int status = httpStatus(reply);
        qCInfo(lcNetwork) << "GET answered" << status << "error" << int(reply->error());
        if (transportFailed(reply) || status < 200 || status >= 300)
            return done(replyError(reply, body));
        if (!saysJson(reply))
            return done(protocolError());
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return done(protocolError());
        done(doc.object());
    });
}

void RetailerApiClient::discover(std::function<void(Result<Discovery>)> done)
{
    QUrl url = origin();
    url.setPath(QStringLiteral("/.well-known/roer-privacy"));
    const QUrl base = url;
    getJson(url, false, [base, done = std::move(done)](Result<QJsonObject> r) {
        if (!r)
            return done(r.error());
        const QJsonObject &o = *r;
        Discovery d;
        const QJsonObject oauth = o[QLatin1String("oauth")].toObject();
        d.apiBase = QUrl(o[QLatin1String("api_base")].toString());
        d.authorizationEndpoint = QUrl(oauth[QLatin1String("authorization_endpoint")].toString());
        d.tokenEndpoint = QUrl(oauth[QLatin1String("token_endpoint")].toString());
        d.clientId = oauth[QLatin1String("client_id")].toString();
        for (const QJsonValue &v : oauth[QLatin1String("scopes_supported")].toArray())
            d.scopes.append(v.toString());
        for (const QJsonValue &v : o[QLatin1String("languages")].toArray())
            d.languages.append(v.toString());
        const QJsonObject retailer = o[QLatin1String("retailer")].toObject();
        d.retailerName = retailer[QLatin1String("name")].toString();
        d.privacyContact = retailer[QLatin1String("privacy_contact")].toString();
        bool versionOk = false;
        for (const QJsonValue &v : o[QLatin1String("versions")].toArray())
            versionOk = versionOk || v.toString() == QLatin1String("v1");
        // Everything the discovery document points to must live at the same origin.
        for (const QUrl &u : {d.apiBase, d.authorizationEndpoint, d.tokenEndpoint})
            if (!u.isValid() || !sameOrigin(u, base))
                return done(Error::make(
                    ErrorCode::Refused,
                    QCoreApplication::translate("RetailerApi",
                                                "The retailer's settings point to another website. "
                                                "Roer does not trust them.")));
        if (!versionOk || d.clientId.isEmpty())
            return done(protocolError());
        done(d);
    });
}

void RetailerApiClient::fetchPurposes(std::function<void(Result<QList<RetailerPurpose>>)> done)
{
    getJson(m_apiBase.resolved(QUrl(QStringLiteral("purposes"))), true,
            [done = std::move(done)](Result<QJsonObject> r) {
                if (!r)
                    return done(r.error());
                if (!(*r)[QLatin1String("purposes")].isArray())
                    return done(protocolError());
                QList<RetailerPurpose> list;
                for (const QJsonValue &v : (*r)[QLatin1String("purposes")].toArray()) {
                    RetailerPurpose p = RetailerPurpose::fromJson(v.toObject());
                    if (!p.id.isEmpty())
                        list.append(p);
                }
                done(list);
            });
}

void RetailerApiClient::fetchConsents(std::function<void(Result<QList<RemoteConsent>>)> done)
{
    getJson(m_apiBase.resolved(QUrl(QStringLiteral("consents"))), true,
            [done = std::move(done)](Result<QJsonObject> r) {
                if (!r)
                    return done(r.error());
                if (!(*r)[QLatin1String("consents")].isArray())
                    return done(protocolError());
                QList<RemoteConsent> list;
                for (const QJsonValue &v : (*r)[QLatin1String("consents")].toArray())
                    list.append(RemoteConsent::fromJson(v.toObject()));
                done(list);
            });
}

void RetailerApiClient::fetchExport(std::function<void(Result<QByteArray>)> done)
{
    fetchDocument(m_apiBase.resolved(QUrl(QStringLiteral("export"))), std::move(done));
}

void RetailerApiClient::fetchDocument(const QUrl &url, std::function<void(Result<QByteArray>)> done)
{
    QNetworkReply *reply = get(url, true);
    // Stop as soon as the answer (announced or received) is larger than we keep in memory.
    auto download = guard(reply, m_maxExportBytes, m_exportDeadlineMs);
    connect(reply, &QNetworkReply::finished, this, [reply, download, done = std::move(done)]() {
        reply->deleteLater();
        if (auto e = cutoffError(*download))
            return done(*e);
        const QByteArray body = download->take(reply);
        const int status = httpStatus(reply);
        qCInfo(lcNetwork) << "export answered" << status << "bytes" << body.size();
        if (transportFailed(reply) || status < 200 || status >= 300)
            return done(replyError(reply, body));
        if (!saysJson(reply) || !QJsonDocument::fromJson(body).isObject())
            return done(protocolError());
        done(body);
    });
}

QJsonObject RetailerApiClient::putBody(const QJsonObject &payload)
{
    auto orNull = [&](const char *key) {
        const QString v = payload[QLatin1String(key)].toString();
        return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    return QJsonObject{
        {QStringLiteral("state"), payload[QLatin1String("state")]},
        {QStringLiteral("channels"), payload[QLatin1String("channels")].toArray()},
        {QStringLiteral("context"),
         QJsonObject{{QStringLiteral("until"), orNull("until")},
                     {QStringLiteral("where"),
                      payload[QLatin1String("where")].toString(QStringLiteral("anywhere"))},
                     {QStringLiteral("while_using_app"),
                      payload[QLatin1String("while_using_app")].toBool()}}},
        {QStringLiteral("decided_at"), payload[QLatin1String("decided_at")]},
        {QStringLiteral("record_id"), payload[QLatin1String("record_id")]},
        {QStringLiteral("previous_record_id"), orNull("previous_record_id")},
    };
}

std::optional<qint64> RetailerApiClient::parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? 0 : seconds * 1000;
    // An HTTP date (RFC 9110 IMF-fixdate) ends in "GMT"; Qt's RFC 2822 parser wants an offset.
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
}

void RetailerApiClient::putConsent(const QString &purposeId, const QString &idempotencyKey,
                                   const QJsonObject &body, std::function<void(PutOutcome)> done)
{
    QNetworkRequest r =
        request(m_apiBase.resolved(QUrl(QStringLiteral("consents/")
                                        + QString::fromLatin1(QUrl::toPercentEncoding(purposeId)))),
                true);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    r.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    const QString recordId = body[QLatin1String("record_id")].toString();
    QNetworkReply *reply = m_network->put(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    auto download = guard(reply, m_maxAnswerBytes, m_deadlineMs);
    connect(reply, &QNetworkReply::finished, this,
            [reply, download, recordId, done = std::move(done)]() {
                reply->deleteLater();
                done(keyedOutcome(reply, *download, "record_id", recordId));
            });
}

void RetailerApiClient::postRequest(const QString &idempotencyKey, const QJsonObject &body,
                                    std::function<void(PutOutcome)> done)
{
    QNetworkRequest r = request(m_apiBase.resolved(QUrl(QStringLiteral("requests"))), true);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    r.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    const QString requestId = body[QLatin1String("request_id")].toString();
    QNetworkReply *reply = m_network->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    auto download = guard(reply, m_maxAnswerBytes, m_deadlineMs);
    connect(reply, &QNetworkReply::finished, this,
            [reply, download, requestId, done = std::move(done)]() {
                reply->deleteLater();
                done(keyedOutcome(reply, *download, "request_id", requestId));
            });
}

void RetailerApiClient::fetchRequest(const QString &requestId,
                                     std::function<void(Result<QJsonObject>)> done)
{
    getJson(m_apiBase.resolved(QUrl(QStringLiteral("requests/")
                                    + QString::fromLatin1(QUrl::toPercentEncoding(requestId)))),
            true, std::move(done));
}

void RetailerApiClient::fetchRequestResult(const QString &requestId,
                                           std::function<void(Result<QByteArray>)> done)
{
    fetchDocument(m_apiBase.resolved(QUrl(QStringLiteral("requests/")
                                          + QString::fromLatin1(QUrl::toPercentEncoding(requestId))
                                          + QStringLiteral("/result"))),
                  std::move(done));
}

RetailerApiClient::PutOutcome RetailerApiClient::keyedOutcome(QNetworkReply *reply,
                                                              Download &download,
                                                              const char *idMember,
                                                              const QString &idValue)
{
    PutOutcome out;
    if (auto e = cutoffError(download)) {
        // It may or may not have been applied; with the same Idempotency-Key a retry is safe.
        out.kind = PutOutcome::Retry;
        out.problem = e->message;
        return out;
    }
    const QByteArray answer = download.take(reply);
    out.httpStatus = httpStatus(reply);
    qCInfo(lcNetwork) << "keyed" << idMember << "answered" << out.httpStatus << "error"
                      << int(reply->error());
    if (transportFailed(reply)) {
        out.problem = replyError(reply, answer).message;
        // A certificate problem will not pass by itself: the customer must see it.
        out.kind =
            isTlsError(reply->error()) || reply->error() == QNetworkReply::InsecureRedirectError
            ? PutOutcome::NeedsAttention
            : PutOutcome::Retry;
        return out;
    }
    const QJsonObject json = QJsonDocument::fromJson(answer).object();
    out.errorCode = json[QLatin1String("error")].toObject()[QLatin1String("code")].toString();
    const int s = out.httpStatus;
    if (s == 200 || s == 201 || s == 202) {
        out.receiptId = json[QLatin1String("receipt_id")].toString();
        out.receivedAt = json[QLatin1String("received_at")].toString();
        out.receipt = json;
        // Wrong content on a 2xx: it may or may not have been applied; retrying is safe.
        if (!saysJson(reply) || out.receiptId.isEmpty()
            || json[QLatin1String(idMember)].toString() != idValue) {
            out.kind = PutOutcome::Retry;
            out.problem = protocolError().message;
        } else {
            out.kind = s == 202 ? PutOutcome::Accepted : PutOutcome::Confirmed;
        }
        return out;
    }
    out.problem = problemForCode(s, out.errorCode);
    if (s == 429 || s == 500 || s == 502 || s == 503 || s == 504) {
        out.kind = PutOutcome::Retry;
        out.retryAfterMs =
            parseRetryAfter(reply->rawHeader("Retry-After"), Clock::instance().nowMs());
    } else if (s == 401) {
        out.kind = PutOutcome::Unauthorized;
    } else if (out.errorCode == QLatin1String("purpose_needed_for_contract")) {
        out.kind = PutOutcome::Refused;
    } else {
        out.kind = PutOutcome::NeedsAttention;
    }
    return out;
}

void RetailerApiClient::postTokenRequest(const QUrl &tokenEndpoint, const QUrlQuery &form,
                                         std::function<void(Result<QJsonObject>)> done)
{
    if (auto ok = checkAddress(tokenEndpoint.toString()); !ok)
        return done(ok.error());
    QNetworkRequest r = request(tokenEndpoint, false);
    r.setHeader(QNetworkRequest::ContentTypeHeader,
                QStringLiteral("application/x-www-form-urlencoded"));
    // Encoded by hand: QUrlQuery leaves '+' alone, which a form decoder reads as a space.
    QByteArray encoded;
    for (const auto &item : form.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    QNetworkReply *reply = m_network->post(r, encoded);
    auto download = guard(reply, m_maxAnswerBytes, m_deadlineMs);
    connect(reply, &QNetworkReply::finished, this, [reply, download, done = std::move(done)]() {
        reply->deleteLater();
        if (auto e = cutoffError(*download))
            return done(*e);
        const QByteArray body = download->take(reply);
        const int status = httpStatus(reply);
        qCInfo(lcNetwork) << "token endpoint answered" << status;
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (transportFailed(reply))
            return done(replyError(reply, body));
        if (status == 400 || status == 401)
            return done(Error::make(
                ErrorCode::Refused,
                QCoreApplication::translate(
                    "RetailerApi",
                    "The retailer did not accept the link. Please try linking again.")));
        if (status != 200)
            return done(replyError(reply, body));
        if (!saysJson(reply) || json[QLatin1String("access_token")].toString().isEmpty())
            return done(protocolError());
        done(json);
    });
}
