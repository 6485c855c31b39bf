#include "SandboxTestClient.h"

#include "SandboxServerProcess.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

SandboxTestClient::SandboxTestClient(const QUrl &base) : m_base(base) {}

SandboxTestClient::Result SandboxTestClient::send(const QByteArray &method,
                                                  const QString &pathOrUrl, const QByteArray &body,
                                                  const Headers &headers, int transferTimeoutMs)
{
    const QUrl url = pathOrUrl.startsWith(QLatin1String("http")) ? QUrl(pathOrUrl)
                                                                 : m_base.resolved(QUrl(pathOrUrl));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(SandboxServerProcess::clientTlsConfiguration());
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // a safety net, not a timing assertion
    if (!reply->isFinished())
        loop.exec();
    Result r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
    r.errorString = reply->errorString();
    if (reply->isOpen())
        r.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &p : pairs)
        r.headers.insert(p.first.toLower(), p.second);
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (doc.isObject())
        r.json = doc.object();
    reply->abort();
    delete reply;
    return r;
}

SandboxTestClient::Result SandboxTestClient::putDecision(const QString &purposeId,
                                                         const QByteArray &key,
                                                         const QJsonObject &decision)
{
    Headers headers = bearer();
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key});
    return send("PUT", QStringLiteral("/v1/consents/") + purposeId,
                QJsonDocument(decision).toJson(QJsonDocument::Compact), headers);
}

SandboxTestClient::Result SandboxTestClient::admin(const QByteArray &method, const QString &path,
                                                   const QJsonObject &body)
{
    return send(method, path,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray SandboxTestClient::makeVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString SandboxTestClient::challengeFor(const QByteArray &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

SandboxTestClient::Result SandboxTestClient::authorize(const QString &challenge,
                                                       const QString &state,
                                                       const QString &redirectUri,
                                                       const QString &extraQuery)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("roer"));
    q.addQueryItem(QStringLiteral("redirect_uri"),
                   QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    q.addQueryItem(QStringLiteral("state"), state);
    q.addQueryItem(QStringLiteral("code_challenge"), challenge);
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    QString query = q.toString(QUrl::FullyEncoded);
    if (!extraQuery.isEmpty())
        query += QLatin1Char('&') + extraQuery;
    return get(QStringLiteral("/oauth/authorize?") + query);
}

SandboxTestClient::Result SandboxTestClient::exchange(const QString &code,
                                                      const QByteArray &verifier,
                                                      const QString &redirectUri)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"),
                      QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("roer"));
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    return send("POST", QStringLiteral("/oauth/token"),
                form.toString(QUrl::FullyEncoded).toLatin1(),
                {{"Content-Type", "application/x-www-form-urlencoded"}});
}

bool SandboxTestClient::link(const QString &customerId, const QString &scope)
{
    const QByteArray verifier = makeVerifier();
    const QString redirect = QStringLiteral("http://127.0.0.1:49152/callback");
    QString extra;
    if (!customerId.isEmpty())
        extra += QStringLiteral("login_hint=") + customerId;
    if (!scope.isEmpty())
        extra += (extra.isEmpty() ? QString() : QStringLiteral("&")) + QStringLiteral("scope=")
            + QString::fromLatin1(QUrl::toPercentEncoding(scope));
    const Result a = authorize(challengeFor(verifier), QStringLiteral("s1"), redirect, extra);
    const QUrl location(QString::fromLatin1(a.header("Location")));
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
    if (a.status != 302 || code.isEmpty())
        return false;
    const Result t = exchange(code, verifier, redirect);
    m_accessToken = t.json.value(QLatin1String("access_token")).toString();
    m_refreshToken = t.json.value(QLatin1String("refresh_token")).toString();
    return t.status == 200 && !m_accessToken.isEmpty();
}

QString SandboxTestClient::uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject SandboxTestClient::decision(const QString &state, const QStringList &channels,
                                        const QString &decidedAt, const QString &recordId)
{
    return QJsonObject{
        {QStringLiteral("state"), state},
        {QStringLiteral("channels"), QJsonArray::fromStringList(channels)},
        {QStringLiteral("context"),
         QJsonObject{{QStringLiteral("until"), QJsonValue::Null},
                     {QStringLiteral("where"), QStringLiteral("anywhere")},
                     {QStringLiteral("while_using_app"), false}}},
        {QStringLiteral("decided_at"), decidedAt},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("previous_record_id"), QJsonValue::Null},
    };
}
