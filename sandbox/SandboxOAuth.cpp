#include "SandboxOAuth.h"

#include "SandboxSeed.h"
#include "SandboxStore.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

// application/x-www-form-urlencoded: '+' is a space, which QUrlQuery does not decode.
QUrlQuery formBody(const QByteArray &body)
{
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(b));
}

QString param(const QUrlQuery &q, const char *name)
{
    return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

QByteArray htmlEscape(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

} // namespace

SandboxOAuth::SandboxOAuth(SandboxStore &store, bool autoApprove, int tokenLifetimeSeconds)
    : m_store(store), m_autoApprove(autoApprove), m_tokenLifetime(tokenLifetimeSeconds)
{
}

QString SandboxOAuth::challengeFor(const QByteArray &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool SandboxOAuth::isLoopbackRedirect(const QUrl &uri)
{
    if (!uri.isValid() || uri.scheme() != QLatin1String("http") || uri.port() <= 0
        || !uri.fragment().isEmpty())
        return false;
    if (uri.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress host(uri.host());
    return !host.isNull() && host.isLoopback();
}

QString SandboxOAuth::randomToken(const QString &prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return prefix
        + QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

HttpReply SandboxOAuth::oauthError(const QString &error, const QString &description)
{
    return HttpReply::json(400,
                           QJsonObject{{QStringLiteral("error"), error},
                                       {QStringLiteral("error_description"), description}})
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}

HttpReply SandboxOAuth::redirectWith(const QUrl &redirectUri,
                                     const QList<QPair<QString, QString>> &params) const
{
    QUrl target = redirectUri;
    QUrlQuery q(target);
    for (const auto &p : params)
        q.addQueryItem(p.first, QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
    target.setQuery(q);
    HttpReply r =
        HttpReply::text(302, QByteArrayLiteral("text/plain"), QByteArrayLiteral("Redirecting"));
    return r.withHeader(QByteArrayLiteral("Location"), target.toEncoded());
}

HttpReply SandboxOAuth::approvalPage(const QUrlQuery &params) const
{
    QByteArray page =
        QByteArrayLiteral("<!doctype html><html lang=\"en\"><head><meta "
                          "charset=\"utf-8\"><title>Zandbak sandbox: link Roer</title></head>"
                          "<body><h1>Zandbak sandbox</h1><p>Roer asks to read your consents and "
                          "your data, and to send your decisions."
                          " This is a test shop with invented customers.</p><form method=\"post\" "
                          "action=\"/oauth/authorize\">");
    const auto items = params.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        page += "<input type=\"hidden\" name=\"" + htmlEscape(item.first) + "\" value=\""
            + htmlEscape(item.second) + "\">";
    }
    page += "<label for=\"customer\">Sign in as</label> <select id=\"customer\" name=\"customer\">";
    const QStringList ids = m_store.customerIds();
    for (const QString &id : ids)
        page += "<option value=\"" + htmlEscape(id) + "\">" + htmlEscape(m_store.customerName(id))
            + " (" + htmlEscape(id) + ")</option>";
    page += "</select> <button name=\"decision\" value=\"approve\">Allow</button>"
            " <button name=\"decision\" value=\"deny\">Deny</button></form></body></html>";
    return HttpReply::text(200, QByteArrayLiteral("text/html; charset=utf-8"), page);
}

HttpReply SandboxOAuth::authorize(const SandboxRequest &request)
{
    const bool isPost = request.method == "POST";
    const QUrlQuery q = isPost ? formBody(request.body) : request.query;
    // Errors about the client or the redirect address are never redirected (RFC 6749 4.1.2.1).
    const QUrl redirectUri(param(q, "redirect_uri"), QUrl::StrictMode);
    if (param(q, "client_id") != clientId())
        return HttpReply::text(400, QByteArrayLiteral("text/plain"),
                               QByteArrayLiteral("Unknown client_id."));
    if (!isLoopbackRedirect(redirectUri))
        return HttpReply::text(
            400, QByteArrayLiteral("text/plain"),
            QByteArrayLiteral(
                "redirect_uri must be an http loopback address with a port (RFC 8252)."));
    const QString state = param(q, "state");
    const auto fail = [&](const QString &error, const QString &description) {
        return redirectWith(redirectUri,
                            {{QStringLiteral("error"), error},
                             {QStringLiteral("error_description"), description},
                             {QStringLiteral("state"), state}});
    };
    static const QRegularExpression challengeSyntax(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    if (param(q, "response_type") != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("Only response_type=code."));
    if (param(q, "code_challenge_method") != QLatin1String("S256")
        || !challengeSyntax.match(param(q, "code_challenge")).hasMatch())
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("PKCE with code_challenge_method=S256 is required."));
    if (state.isEmpty())
        return fail(QStringLiteral("invalid_request"), QStringLiteral("state is required."));
    QString scope = param(q, "scope").simplified();
    if (scope.isEmpty())
        scope = supportedScopes();
    const QStringList scopes = scope.split(QLatin1Char(' '));
    for (const QString &s : scopes) {
        if (!supportedScopes().split(QLatin1Char(' ')).contains(s))
            return fail(QStringLiteral("invalid_scope"), QStringLiteral("Unknown scope."));
    }

    QString customerId;
    if (isPost) {
        if (param(q, "decision") != QLatin1String("approve"))
            return fail(QStringLiteral("access_denied"), QStringLiteral("The customer said no."));
        customerId = param(q, "customer");
    } else if (m_autoApprove) {
        customerId = param(q, "login_hint");
        if (customerId.isEmpty())
            customerId = SandboxSeed::defaultCustomerId();
    } else {
        return approvalPage(q);
    }
    if (!m_store.hasCustomer(customerId))
        return fail(QStringLiteral("access_denied"), QStringLiteral("Unknown customer."));

    const QString code = randomToken(QStringLiteral("c_"));
    m_codes.insert(code,
                   Code{customerId, scope, param(q, "redirect_uri"), param(q, "code_challenge"),
                        QDateTime::currentDateTimeUtc().addSecs(300)});
    return redirectWith(redirectUri,
                        {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}});
}

HttpReply SandboxOAuth::issueTokens(const QString &customerId, const QString &scope,
                                    const QString &refreshToken)
{
    const QString access = randomToken(QStringLiteral("at_"));
    m_store.storeAccessToken(access,
                             {customerId, scope,
                              QDateTime::currentDateTimeUtc().addSecs(m_tokenLifetime)});
    QString refresh = refreshToken;
    if (refresh.isEmpty()) {
        refresh = randomToken(QStringLiteral("rt_"));
        m_store.storeRefreshToken(refresh, {customerId, scope, QDateTime()});
    }
    QString error;
    if (!m_store.save(&error))
        return HttpReply::json(500,
                               QJsonObject{{QStringLiteral("error"),
                                            QStringLiteral("server_error")},
                                           {QStringLiteral("error_description"), error}});
    return HttpReply::json(200,
                           QJsonObject{{QStringLiteral("access_token"), access},
                                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                       {QStringLiteral("expires_in"), m_tokenLifetime},
                                       {QStringLiteral("refresh_token"), refresh},
                                       {QStringLiteral("scope"), scope}})
        .withHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
}

HttpReply SandboxOAuth::token(const SandboxRequest &request)
{
    if (request.method != "POST")
        return oauthError(QStringLiteral("invalid_request"), QStringLiteral("Use POST."));
    const QUrlQuery q = formBody(request.body);
    if (param(q, "client_id") != clientId())
        return HttpReply::json(401,
                               QJsonObject{{QStringLiteral("error"),
                                            QStringLiteral("invalid_client")},
                                           {QStringLiteral("error_description"),
                                            QStringLiteral("Unknown client_id.")}});
    const QString grantType = param(q, "grant_type");
    if (grantType == QLatin1String("refresh_token")) {
        SandboxStore::Grant grant;
        if (!m_store.findRefreshToken(param(q, "refresh_token"), &grant))
            return oauthError(QStringLiteral("invalid_grant"),
                              QStringLiteral("Unknown refresh token."));
        return issueTokens(grant.customerId, grant.scope, param(q, "refresh_token"));
    }
    if (grantType != QLatin1String("authorization_code"))
        return oauthError(QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("Use authorization_code or refresh_token."));

    // A code is consumed by the first attempt, right or wrong, so a verifier cannot be guessed.
    const Code code = m_codes.take(param(q, "code"));
    if (code.customerId.isEmpty() || code.expiresAt <= QDateTime::currentDateTimeUtc())
        return oauthError(QStringLiteral("invalid_grant"),
                          QStringLiteral("Unknown, used or expired code."));
    if (param(q, "redirect_uri") != code.redirectUri)
        return oauthError(QStringLiteral("invalid_grant"),
                          QStringLiteral("redirect_uri differs from the authorization request."));
    static const QRegularExpression verifierSyntax(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    const QString verifier = param(q, "code_verifier");
    if (!verifierSyntax.match(verifier).hasMatch())
        return oauthError(QStringLiteral("invalid_request"),
                          QStringLiteral("code_verifier must be 43 to 128 unreserved characters."));
    if (challengeFor(verifier.toLatin1()) != code.challenge)
        return oauthError(QStringLiteral("invalid_grant"),
                          QStringLiteral("The code verifier does not match the code challenge."));
    return issueTokens(code.customerId, code.scope, QString());
}
