#include "SandboxApi.h"

#include "SandboxOAuth.h"
#include "SandboxSeed.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace {

const QStringList &channelNames()
{
    static const QStringList names = {QStringLiteral("email"), QStringLiteral("sms"),
                                      QStringLiteral("phone"), QStringLiteral("post"),
                                      QStringLiteral("app"),   QStringLiteral("in_store")};
    return names;
}

bool isUuid(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(s).hasMatch();
}

// RFC 3339 date-time with an explicit offset ("Z" or "+01:00").
bool isRfc3339(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"));
    return re.match(s).hasMatch() && QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
}

HttpReply invalid(const QString &message)
{
    return HttpReply::error(400, QStringLiteral("invalid_request"), message);
}

} // namespace

SandboxApi::SandboxApi(SandboxStore &store)
    : m_store(store),
      m_requests(store, [this](const QString &customerId) { return exportDocument(customerId); })
{
}

HttpReply SandboxApi::discovery(const SandboxRequest &request) const
{
    const QString origin = request.origin;
    return HttpReply::json(
        200,
        QJsonObject{
            {QStringLiteral("roer_privacy"), 1},
            {QStringLiteral("versions"), QJsonArray{QStringLiteral("v1")}},
            {QStringLiteral("api_base"), origin + QStringLiteral("/v1/")},
            {QStringLiteral("languages"), QJsonArray{QStringLiteral("nl"), QStringLiteral("en")}},
            {QStringLiteral("retailer"), SandboxSeed::retailer()},
            {QStringLiteral("oauth"),
             QJsonObject{{QStringLiteral("authorization_endpoint"),
                          origin + QStringLiteral("/oauth/authorize")},
                         {QStringLiteral("token_endpoint"),
                          origin + QStringLiteral("/oauth/token")},
                         {QStringLiteral("client_id"), SandboxOAuth::clientId()},
                         {QStringLiteral("scopes_supported"),
                          QJsonArray{QStringLiteral("consents"), QStringLiteral("export"),
                                     QStringLiteral("requests")}},
                         {QStringLiteral("code_challenge_methods_supported"),
                          QJsonArray{QStringLiteral("S256")}},
                         {QStringLiteral("redirect_uris"), QStringLiteral("loopback")}}},
        });
}

HttpReply SandboxApi::handleV1(const SandboxRequest &request,
                               const std::function<void(HttpReply &)> &afterCommit)
{
    // Bearer token first: nothing about the customer is revealed without it.
    const QByteArray auth = request.header(QByteArrayLiteral("Authorization"));
    SandboxStore::Grant grant;
    if (!auth.startsWith("Bearer ") && !auth.startsWith("bearer ")) {
        return HttpReply::error(401, QStringLiteral("invalid_token"),
                                QStringLiteral("A bearer token is required."))
            .withHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    }
    if (!m_store.findAccessToken(QString::fromLatin1(auth.mid(7).trimmed()), &grant)) {
        return HttpReply::error(401, QStringLiteral("invalid_token"),
                                QStringLiteral("The access token is unknown or expired."))
            .withHeader(QByteArrayLiteral("WWW-Authenticate"),
                        QByteArrayLiteral("Bearer error=\"invalid_token\""));
    }
    const QStringList scopes = grant.scope.split(QLatin1Char(' '));
    const auto needScope = [&](const QString &scope) {
        return scopes.contains(scope)
            ? HttpReply{0, {}, {}, {}, false}
            : HttpReply::error(403, QStringLiteral("insufficient_scope"),
                               QStringLiteral("The token lacks the scope '%1'.").arg(scope));
    };

    const QString path = request.path;
    if (path == QLatin1String("/v1/purposes") && request.method == "GET") {
        if (HttpReply r = needScope(QStringLiteral("consents")); r.status)
            return r;
        return HttpReply::json(200, QJsonObject{{QStringLiteral("purposes"), m_store.purposes()}});
    }
    if (path == QLatin1String("/v1/consents") && request.method == "GET") {
        if (HttpReply r = needScope(QStringLiteral("consents")); r.status)
            return r;
        return HttpReply::json(200,
                               QJsonObject{
                                   {QStringLiteral("consents"),
                                    m_store.consents(grant.customerId,
                                                     QDateTime::currentDateTimeUtc().date())}});
    }
    if (path.startsWith(QLatin1String("/v1/consents/")) && request.method == "PUT") {
        if (HttpReply r = needScope(QStringLiteral("consents")); r.status)
            return r;
        HttpReply r = putConsent(grant.customerId, path.mid(13), request);
        if (r.status == 200)
            afterCommit(r);
        return r;
    }
    if (path == QLatin1String("/v1/export") && request.method == "GET") {
        if (HttpReply r = needScope(QStringLiteral("export")); r.status)
            return r;
        return HttpReply::json(200, exportDocument(grant.customerId));
    }
    if (path == QLatin1String("/v1/requests") || path.startsWith(QLatin1String("/v1/requests/"))) {
        if (HttpReply r = needScope(QStringLiteral("requests")); r.status)
            return r;
        return m_requests.handle(grant.customerId, request, afterCommit);
    }
    return HttpReply::error(404, QStringLiteral("not_found"),
                            QStringLiteral("No such endpoint: %1 %2")
                                .arg(QString::fromLatin1(request.method), path));
}

HttpReply SandboxApi::validateDecision(const QJsonObject &purpose, const QJsonObject &body) const
{
    static const QStringList known = {QStringLiteral("state"),
                                      QStringLiteral("channels"),
                                      QStringLiteral("context"),
                                      QStringLiteral("decided_at"),
                                      QStringLiteral("record_id"),
                                      QStringLiteral("previous_record_id")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(QStringLiteral("Unknown member '%1'.").arg(it.key()));
    }
    const QString state = body.value(QLatin1String("state")).toString();
    if (state != QLatin1String("given") && state != QLatin1String("refused")
        && state != QLatin1String("withdrawn"))
        return invalid(QStringLiteral("state must be given, refused or withdrawn."));
    if (!body.value(QLatin1String("channels")).isArray())
        return invalid(QStringLiteral("channels must be an array."));
    const QJsonArray channels = body.value(QLatin1String("channels")).toArray();
    const QJsonArray offered = purpose.value(QLatin1String("channels")).toArray();
    QStringList seen;
    for (const QJsonValue &c : channels) {
        if (!channelNames().contains(c.toString()) || seen.contains(c.toString()))
            return invalid(QStringLiteral(
                "channels must be distinct values of email, sms, phone, post, app, in_store."));
        seen.append(c.toString());
        if (!offered.contains(c))
            return HttpReply::error(422, QStringLiteral("channel_not_offered"),
                                    QStringLiteral("This purpose does not use the channel '%1'.")
                                        .arg(c.toString()));
    }
    if (state == QLatin1String("given") && channels.isEmpty() && !offered.isEmpty())
        return invalid(QStringLiteral("A given decision names the channels it allows."));
    const QJsonValue context = body.value(QLatin1String("context"));
    if (!context.isUndefined()) {
        if (!context.isObject())
            return invalid(QStringLiteral("context must be an object."));
        const QJsonObject c = context.toObject();
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (it.key() != QLatin1String("until") && it.key() != QLatin1String("where")
                && it.key() != QLatin1String("while_using_app"))
                return invalid(QStringLiteral("Unknown context member '%1'.").arg(it.key()));
        }
        const QJsonValue until = c.value(QLatin1String("until"));
        static const QRegularExpression dateSyntax(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!until.isUndefined() && !until.isNull()
            && (!dateSyntax.match(until.toString()).hasMatch()
                || !QDate::fromString(until.toString(), Qt::ISODate).isValid()))
            return invalid(QStringLiteral("context.until must be a date (YYYY-MM-DD) or null."));
        const QJsonValue where = c.value(QLatin1String("where"));
        if (!where.isUndefined() && where.toString() != QLatin1String("in_store")
            && where.toString() != QLatin1String("online")
            && where.toString() != QLatin1String("anywhere"))
            return invalid(QStringLiteral("context.where must be in_store, online or anywhere."));
        const QJsonValue app = c.value(QLatin1String("while_using_app"));
        if (!app.isUndefined() && !app.isBool())
            return invalid(QStringLiteral("context.while_using_app must be true or false."));
    }
    if (!isRfc3339(body.value(QLatin1String("decided_at")).toString()))
        return invalid(QStringLiteral("decided_at must be an RFC 3339 date-time with an offset."));
    if (!isUuid(body.value(QLatin1String("record_id")).toString()))
        return invalid(QStringLiteral("record_id must be a lower-case UUID."));
    const QJsonValue previous = body.value(QLatin1String("previous_record_id"));
    if (!previous.isUndefined() && !previous.isNull() && !isUuid(previous.toString()))
        return invalid(QStringLiteral("previous_record_id must be a lower-case UUID or null."));
    if (purpose.value(QLatin1String("needed_for_contract")).toBool()
        && state != QLatin1String("given"))
        return HttpReply::error(
            409, QStringLiteral("purpose_needed_for_contract"),
            QStringLiteral(
                "This purpose is needed for the contract and cannot be refused or withdrawn."));
    return HttpReply{0, {}, {}, {}, false};
}

HttpReply SandboxApi::putConsent(const QString &customerId, const QString &purposeId,
                                 const SandboxRequest &request)
{
    if (!request.hasHeader(QByteArrayLiteral("Idempotency-Key")))
        return HttpReply::error(400, QStringLiteral("missing_idempotency_key"),
                                QStringLiteral("The Idempotency-Key header is required."));
    // The draft puts the key in a structured-field string; accept it with or without quotes.
    QString key =
        QString::fromLatin1(request.header(QByteArrayLiteral("Idempotency-Key")).trimmed());
    if (key.size() >= 2 && key.startsWith(QLatin1Char('"')) && key.endsWith(QLatin1Char('"')))
        key = key.mid(1, key.size() - 2);
    if (!isUuid(key))
        return invalid(QStringLiteral("Idempotency-Key must be a lower-case UUID."));
    const QJsonObject purpose = m_store.purpose(purposeId);
    if (purpose.isEmpty())
        return HttpReply::error(404, QStringLiteral("unknown_purpose"),
                                QStringLiteral("There is no purpose with id '%1'.").arg(purposeId));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("The body must be a JSON object."));
    if (HttpReply r = validateDecision(purpose, doc.object()); r.status)
        return r;

    QJsonObject receipt;
    switch (m_store.putDecision(customerId, key, purposeId, doc.object(),
                                QDateTime::currentDateTimeUtc(), &receipt)) {
    case SandboxStore::PutResult::Applied: return HttpReply::json(200, receipt);
    case SandboxStore::PutResult::Replayed:
        return HttpReply::json(200, receipt)
            .withHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
    case SandboxStore::PutResult::KeyReused:
        return HttpReply::error(
            422, QStringLiteral("idempotency_key_reused"),
            QStringLiteral("This Idempotency-Key or record_id was used for a different request."));
    case SandboxStore::PutResult::SaveFailed: break;
    }
    return HttpReply::error(500, QStringLiteral("internal_error"),
                            QStringLiteral("The decision could not be stored."));
}

QJsonObject SandboxApi::exportDocument(const QString &customerId) const
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("roer-export")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("request_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("generated_at"),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("retailer"),
         QJsonObject{{QStringLiteral("id"), SandboxSeed::retailer().value(QLatin1String("id"))},
                     {QStringLiteral("name"),
                      SandboxSeed::retailer().value(QLatin1String("name"))}}},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("datasets"), m_store.datasets(customerId)},
        {QStringLiteral("consents"),
         m_store.consents(customerId, QDateTime::currentDateTimeUtc().date())},
    };
}
