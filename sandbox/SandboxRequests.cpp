#include "SandboxRequests.h"

#include "SandboxSeed.h"

#include <QJsonDocument>
#include <QUuid>

namespace {
QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject defaultReason(const QString &action)
{
    if (action == QLatin1String("extend"))
        return QJsonObject{{QStringLiteral("nl"),
                            QStringLiteral("We krijgen veel verzoeken. We hebben twee "
                                           "maanden meer nodig.")},
                           {QStringLiteral("en"),
                            QStringLiteral("We get many requests. We need two more "
                                           "months.")}};
    return QJsonObject{{QStringLiteral("nl"),
                        QStringLiteral("We hebben deze gegevens nog nodig voor een "
                                       "bestelling die nog loopt.")},
                       {QStringLiteral("en"),
                        QStringLiteral("We still need this data for an order that is not "
                                       "finished.")}};
}
} // namespace

QString SandboxRequests::scoped(const QString &customerId, const QString &value)
{
    return customerId + QLatin1Char('\n') + value;
}

SandboxRequests::CreateResult SandboxRequests::create(const QString &customerId, const QString &key,
                                                      const QJsonObject &body, const QDateTime &now,
                                                      QJsonObject *answer)
{
    // QJsonObject keeps members sorted: the compact form ignores member order and spaces.
    const QByteArray print = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString requestId = body.value(QLatin1String("request_id")).toString();
    QString scopedKey = scoped(customerId, key);
    // The request id is an idempotency key of its own, like record_id for consents.
    if (!m_keys.contains(scopedKey))
        scopedKey = m_keyOfRequest.value(scoped(customerId, requestId), scopedKey);
    if (m_keys.contains(scopedKey)) {
        Key &k = m_keys[scopedKey];
        if (k.fingerprint != print) {
            ++k.rejected;
            return CreateResult::KeyReused;
        }
        ++k.replayed;
        *answer = k.answer;
        return CreateResult::Replayed;
    }
    const QDate received = now.toUTC().date();
    const QJsonObject v{
        {QStringLiteral("request_id"), requestId},
        {QStringLiteral("type"), body.value(QLatin1String("type"))},
        {QStringLiteral("status"), QStringLiteral("received")},
        {QStringLiteral("received_at"), rfc3339(now)},
        {QStringLiteral("due_date"), received.addMonths(1).toString(Qt::ISODate)},
        {QStringLiteral("extended_due_date"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("extended_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("updated_at"), rfc3339(now)},
        {QStringLiteral("completed_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("result_available"), false},
        {QStringLiteral("receipt_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
    };
    const QString scopedRequest = scoped(customerId, requestId);
    m_requests.insert(scopedRequest,
                      QJsonObject{{QStringLiteral("customer_id"), customerId},
                                  {QStringLiteral("body"), body},
                                  {QStringLiteral("view"), v}});
    m_order.append(scopedRequest);
    Key k{customerId, key, requestId, print, v, 1, 0, 0};
    m_keys.insert(scopedKey, k);
    m_keyOrder.append(scopedKey);
    m_keyOfRequest.insert(scopedRequest, scopedKey);
    *answer = v;
    return CreateResult::Created;
}

QJsonObject SandboxRequests::view(const QString &customerId, const QString &requestId) const
{
    return m_requests.value(scoped(customerId, requestId)).value(QLatin1String("view")).toObject();
}

QString SandboxRequests::type(const QString &customerId, const QString &requestId) const
{
    return view(customerId, requestId).value(QLatin1String("type")).toString();
}

QJsonArray SandboxRequests::list(const QString &customerId) const
{
    QJsonArray out;
    for (const QString &s : m_order) {
        const QJsonObject r = m_requests.value(s);
        if (r.value(QLatin1String("customer_id")).toString() == customerId)
            out.append(r.value(QLatin1String("view")));
    }
    return out;
}

QString SandboxRequests::advance(const QString &requestId, const QString &action,
                                 const QJsonObject &reason, const QDate &extendedDueDate,
                                 const QDateTime &at, QJsonObject *result)
{
    QString scopedRequest;
    for (const QString &s : std::as_const(m_order))
        if (s.section(QLatin1Char('\n'), 1) == requestId)
            scopedRequest = s;
    if (scopedRequest.isEmpty())
        return QStringLiteral("There is no request with this id.");
    QJsonObject r = m_requests.value(scopedRequest);
    QJsonObject v = r.value(QLatin1String("view")).toObject();
    const QString status = v.value(QLatin1String("status")).toString();
    if (status == QLatin1String("completed") || status == QLatin1String("refused"))
        return QStringLiteral("This request is already completed or refused.");
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    const QString customerId = r.value(QLatin1String("customer_id")).toString();
    const QString type = v.value(QLatin1String("type")).toString();
    if (action == QLatin1String("start")) {
        v.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
    } else if (action == QLatin1String("extend")) {
        const QDate received =
            QDateTime::fromString(v.value(QLatin1String("received_at")).toString(),
                                  Qt::ISODateWithMs)
                .toUTC()
                .date();
        v.insert(QStringLiteral("status"), QStringLiteral("extended"));
        v.insert(QStringLiteral("extended_at"), rfc3339(when));
        v.insert(QStringLiteral("extended_due_date"),
                 (extendedDueDate.isValid() ? extendedDueDate : received.addMonths(3))
                     .toString(Qt::ISODate));
        v.insert(QStringLiteral("reason"), reason.isEmpty() ? defaultReason(action) : reason);
    } else if (action == QLatin1String("complete")) {
        v.insert(QStringLiteral("status"), QStringLiteral("completed"));
        v.insert(QStringLiteral("completed_at"), rfc3339(when));
        v.insert(QStringLiteral("result_available"),
                 type == QLatin1String("access") || type == QLatin1String("portability"));
        if (type == QLatin1String("erasure")) {
            // What the law makes the shop keep (invoices) stays; the rest goes.
            QStringList erased;
            const QJsonArray datasets = SandboxSeed::customers()
                                            .value(customerId)
                                            .toObject()
                                            .value(QLatin1String("datasets"))
                                            .toArray();
            for (const QJsonValue &d : datasets)
                if (!d.toObject()
                         .value(QLatin1String("purposes"))
                         .toArray()
                         .contains(QStringLiteral("invoice-records")))
                    erased.append(d.toObject().value(QLatin1String("id")).toString());
            m_erased.insert(customerId, erased);
        }
    } else if (action == QLatin1String("refuse")) {
        v.insert(QStringLiteral("status"), QStringLiteral("refused"));
        v.insert(QStringLiteral("reason"), reason.isEmpty() ? defaultReason(action) : reason);
        v.insert(QStringLiteral("completed_at"), rfc3339(when));
    } else {
        return QStringLiteral("The action must be start, extend, complete or refuse.");
    }
    v.insert(QStringLiteral("updated_at"), rfc3339(when));
    r.insert(QStringLiteral("view"), v);
    m_requests.insert(scopedRequest, r);
    *result = v;
    return QString();
}

QStringList SandboxRequests::erasedDatasets(const QString &customerId) const
{
    return m_erased.value(customerId);
}

QJsonObject SandboxRequests::keyToJson(const Key &k)
{
    return QJsonObject{{QStringLiteral("customer_id"), k.customerId},
                       {QStringLiteral("key"), k.key},
                       {QStringLiteral("request_id"), k.requestId},
                       {QStringLiteral("applied"), k.applied},
                       {QStringLiteral("replayed"), k.replayed},
                       {QStringLiteral("rejected"), k.rejected}};
}

QJsonObject SandboxRequests::inspection() const
{
    QJsonArray requests;
    for (const QString &s : m_order) {
        const QJsonObject r = m_requests.value(s);
        QJsonObject v = r.value(QLatin1String("view")).toObject();
        v.insert(QStringLiteral("customer_id"), r.value(QLatin1String("customer_id")));
        v.insert(QStringLiteral("body"), r.value(QLatin1String("body")));
        requests.append(v);
    }
    QJsonArray keys;
    for (const QString &s : m_keyOrder)
        keys.append(keyToJson(m_keys.value(s)));
    QJsonObject erased;
    for (auto it = m_erased.begin(); it != m_erased.end(); ++it)
        erased.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{{QStringLiteral("requests"), requests},
                       {QStringLiteral("idempotency_keys"), keys},
                       {QStringLiteral("erased_datasets"), erased}};
}

QJsonObject SandboxRequests::toJson() const
{
    QJsonArray requests;
    for (const QString &s : m_order)
        requests.append(m_requests.value(s));
    QJsonArray keys;
    for (const QString &s : m_keyOrder) {
        const Key &k = m_keys[s];
        QJsonObject o = keyToJson(k);
        o.insert(QStringLiteral("fingerprint"), QString::fromUtf8(k.fingerprint));
        o.insert(QStringLiteral("answer"), k.answer);
        keys.append(o);
    }
    QJsonObject erased;
    for (auto it = m_erased.begin(); it != m_erased.end(); ++it)
        erased.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{{QStringLiteral("requests"), requests},
                       {QStringLiteral("keys"), keys},
                       {QStringLiteral("erased_datasets"), erased}};
}

void SandboxRequests::fromJson(const QJsonObject &o)
{
    clear();
    for (const QJsonValue &v : o.value(QLatin1String("requests")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString s = scoped(r.value(QLatin1String("customer_id")).toString(),
                                 r.value(QLatin1String("view"))
                                     .toObject()
                                     .value(QLatin1String("request_id"))
                                     .toString());
        m_requests.insert(s, r);
        m_order.append(s);
    }
    for (const QJsonValue &v : o.value(QLatin1String("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        Key key{k.value(QLatin1String("customer_id")).toString(),
                k.value(QLatin1String("key")).toString(),
                k.value(QLatin1String("request_id")).toString(),
                k.value(QLatin1String("fingerprint")).toString().toUtf8(),
                k.value(QLatin1String("answer")).toObject(),
                k.value(QLatin1String("applied")).toInt(),
                k.value(QLatin1String("replayed")).toInt(),
                k.value(QLatin1String("rejected")).toInt()};
        const QString s = scoped(key.customerId, key.key);
        m_keys.insert(s, key);
        m_keyOrder.append(s);
        m_keyOfRequest.insert(scoped(key.customerId, key.requestId), s);
    }
    const QJsonObject erased = o.value(QLatin1String("erased_datasets")).toObject();
    for (auto it = erased.begin(); it != erased.end(); ++it) {
        QStringList ids;
        for (const QJsonValue &id : it.value().toArray())
            ids.append(id.toString());
        m_erased.insert(it.key(), ids);
    }
}

void SandboxRequests::clear()
{
    m_requests.clear();
    m_order.clear();
    m_keys.clear();
    m_keyOrder.clear();
    m_keyOfRequest.clear();
    m_erased.clear();
}
