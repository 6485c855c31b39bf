#include "SandboxRequestApi.h"

#include "SandboxSeed.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
HttpReply invalid(const QString &message)
{
    return HttpReply::error(400, QStringLiteral("invalid_request"), message);
}

bool isUuid(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(s).hasMatch();
}

bool isRfc3339(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"));
    return re.match(s).hasMatch() && QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
}

bool isStringOrNull(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || v.isString();
}

const QStringList &types()
{
    static const QStringList t = {QStringLiteral("access"),      QStringLiteral("erasure"),
                                  QStringLiteral("objection"),   QStringLiteral("rectification"),
                                  QStringLiteral("restriction"), QStringLiteral("portability")};
    return t;
}
} // namespace

SandboxRequestApi::SandboxRequestApi(SandboxStore &store, ExportDocument exportDocument)
    : m_store(store), m_exportDocument(std::move(exportDocument))
{
}

HttpReply SandboxRequestApi::validate(const QJsonObject &body)
{
    static const QStringList known = {QStringLiteral("request_id"), QStringLiteral("type"),
                                      QStringLiteral("submitted_at"), QStringLiteral("language"),
                                      QStringLiteral("details")};
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!known.contains(it.key()))
            return invalid(QStringLiteral("Unknown member '%1'.").arg(it.key()));
    if (!isUuid(body.value(QLatin1String("request_id")).toString()))
        return invalid(QStringLiteral("request_id must be a lower-case UUID."));
    const QString type = body.value(QLatin1String("type")).toString();
    if (!types().contains(type))
        return invalid(
            QStringLiteral("type must be one of %1.").arg(types().join(QStringLiteral(", "))));
    if (!isRfc3339(body.value(QLatin1String("submitted_at")).toString()))
        return invalid(QStringLiteral("submitted_at must be an RFC 3339 date-time."));
    const QString language = body.value(QLatin1String("language")).toString();
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return invalid(QStringLiteral("language must be nl or en."));
    if (!body.value(QLatin1String("details")).isObject())
        return invalid(QStringLiteral("details must be an object."));
    const QJsonObject d = body.value(QLatin1String("details")).toObject();
    static const QStringList detailMembers = {QStringLiteral("scope"),
                                              QStringLiteral("categories"),
                                              QStringLiteral("withdraw_consents"),
                                              QStringLiteral("object_to"),
                                              QStringLiteral("reason"),
                                              QStringLiteral("correction")};
    for (auto it = d.begin(); it != d.end(); ++it)
        if (!detailMembers.contains(it.key()))
            return invalid(QStringLiteral("Unknown details member '%1'.").arg(it.key()));
    if (!isStringOrNull(d.value(QLatin1String("scope")))
        || !isStringOrNull(d.value(QLatin1String("reason"))))
        return invalid(QStringLiteral("details.scope and details.reason are text or null."));
    const QJsonValue categories = d.value(QLatin1String("categories"));
    if (!categories.isUndefined() && !categories.isArray())
        return invalid(QStringLiteral("details.categories must be an array."));
    for (const QJsonValue &c : categories.toArray())
        if (!c.isString())
            return invalid(QStringLiteral("details.categories must be texts."));
    const QJsonValue withdraw = d.value(QLatin1String("withdraw_consents"));
    if (!withdraw.isUndefined() && !withdraw.isBool())
        return invalid(QStringLiteral("details.withdraw_consents must be true or false."));
    if (withdraw.toBool() && type != QLatin1String("erasure"))
        return invalid(QStringLiteral("withdraw_consents goes with an erasure request."));
    const QJsonValue objectTo = d.value(QLatin1String("object_to"));
    if (!objectTo.isUndefined() && !objectTo.isArray())
        return invalid(QStringLiteral("details.object_to must be an array."));
    for (const QJsonValue &o : objectTo.toArray())
        if (o.toString() != QLatin1String("direct_marketing")
            && o.toString() != QLatin1String("profiling"))
            return invalid(QStringLiteral("details.object_to has direct_marketing, profiling."));
    if (type == QLatin1String("objection") && objectTo.toArray().isEmpty())
        return invalid(QStringLiteral("An objection says what it objects to (object_to)."));
    const QJsonValue correction = d.value(QLatin1String("correction"));
    if (!correction.isUndefined() && !correction.isNull()) {
        const QJsonObject c = correction.toObject();
        if (!correction.isObject() || !c.value(QLatin1String("wrong")).isString()
            || !c.value(QLatin1String("correct")).isString())
            return invalid(QStringLiteral("details.correction is {\"wrong\", \"correct\"}."));
    }
    if (type == QLatin1String("rectification") && (correction.isNull() || correction.isUndefined()))
        return invalid(QStringLiteral("A rectification says what to correct (correction)."));
    return HttpReply{0, {}, {}, {}, false};
}

HttpReply SandboxRequestApi::handle(const QString &customerId, const SandboxRequest &request,
                                    const std::function<void(HttpReply &)> &afterCommit)
{
    const QString rest = request.path.mid(int(qstrlen("/v1/requests")));
    if (rest.isEmpty() && request.method == "POST") {
        HttpReply r = create(customerId, request);
        if (r.status == 201)
            afterCommit(r);
        return r;
    }
    if (rest.isEmpty() && request.method == "GET")
        return HttpReply::json(200,
                               QJsonObject{{QStringLiteral("requests"),
                                            m_store.requests().list(customerId)}});
    const QStringList parts = rest.mid(1).split(QLatin1Char('/'));
    if (rest.startsWith(QLatin1Char('/')) && request.method == "GET"
        && (parts.size() == 1 || (parts.size() == 2 && parts.at(1) == QLatin1String("result")))) {
        const QJsonObject v = m_store.requests().view(customerId, parts.at(0));
        if (v.isEmpty())
            return HttpReply::error(404, QStringLiteral("unknown_request"),
                                    QStringLiteral("There is no request with this id."));
        return parts.size() == 1 ? HttpReply::json(200, v) : result(customerId, parts.at(0));
    }
    return HttpReply::error(404, QStringLiteral("not_found"),
                            QStringLiteral("No such endpoint: %1 %2")
                                .arg(QString::fromLatin1(request.method), request.path));
}

HttpReply SandboxRequestApi::create(const QString &customerId, const SandboxRequest &request)
{
    if (!request.hasHeader(QByteArrayLiteral("Idempotency-Key")))
        return HttpReply::error(400, QStringLiteral("missing_idempotency_key"),
                                QStringLiteral("The Idempotency-Key header is required."));
    QString key =
        QString::fromLatin1(request.header(QByteArrayLiteral("Idempotency-Key")).trimmed());
    if (key.size() >= 2 && key.startsWith(QLatin1Char('"')) && key.endsWith(QLatin1Char('"')))
        key = key.mid(1, key.size() - 2);
    if (!isUuid(key))
        return invalid(QStringLiteral("Idempotency-Key must be a lower-case UUID."));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("The body must be a JSON object."));
    if (HttpReply r = validate(doc.object()); r.status)
        return r;
    QJsonObject answer;
    const auto outcome = m_store.requests().create(customerId, key, doc.object(),
                                                   QDateTime::currentDateTimeUtc(), &answer);
    if (outcome == SandboxRequests::CreateResult::KeyReused) {
        QString error;
        m_store.save(&error);
        return HttpReply::error(
            422, QStringLiteral("idempotency_key_reused"),
            QStringLiteral("This Idempotency-Key or request_id was used for a different request."));
    }
    // Stored before the answer: a lost answer is replayed on the retry.
    QString error;
    if (!m_store.save(&error))
        return HttpReply::error(500, QStringLiteral("internal_error"),
                                QStringLiteral("The request could not be stored."));
    HttpReply reply = HttpReply::json(201, answer);
    if (outcome == SandboxRequests::CreateResult::Replayed)
        reply.withHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
    return reply;
}

HttpReply SandboxRequestApi::result(const QString &customerId, const QString &requestId) const
{
    const QJsonObject v = m_store.requests().view(customerId, requestId);
    const QString type = v.value(QLatin1String("type")).toString();
    if (type != QLatin1String("access") && type != QLatin1String("portability"))
        return HttpReply::error(404, QStringLiteral("no_result"),
                                QStringLiteral("Only access and portability requests have a "
                                               "result."));
    if (v.value(QLatin1String("status")).toString() != QLatin1String("completed"))
        return HttpReply::error(409, QStringLiteral("result_not_ready"),
                                QStringLiteral("The request is not completed yet."));
    QJsonObject doc = m_exportDocument(customerId);
    doc.insert(QStringLiteral("request_id"), requestId);
    if (type == QLatin1String("access"))
        doc.insert(QStringLiteral("access_information"), SandboxSeed::accessInformation());
    return HttpReply::json(200, doc);
}
