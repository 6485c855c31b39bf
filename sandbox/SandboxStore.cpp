#include "SandboxStore.h"

#include "SandboxSeed.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject normalisedContext(const QJsonObject &context)
{
    QJsonObject c;
    c.insert(QStringLiteral("until"),
             context.value(QLatin1String("until")).isString()
                 ? context.value(QLatin1String("until"))
                 : QJsonValue(QJsonValue::Null));
    c.insert(QStringLiteral("where"),
             context.value(QLatin1String("where")).toString(QStringLiteral("anywhere")));
    c.insert(QStringLiteral("while_using_app"),
             context.value(QLatin1String("while_using_app")).toBool(false));
    return c;
}

QJsonArray grantsToJson(const QHash<QString, SandboxStore::Grant> &grants)
{
    QJsonArray a;
    for (auto it = grants.begin(); it != grants.end(); ++it) {
        QJsonObject g{{QStringLiteral("token_sha256"), it.key()},
                      {QStringLiteral("customer_id"), it->customerId},
                      {QStringLiteral("scope"), it->scope}};
        if (it->expiresAt.isValid())
            g.insert(QStringLiteral("expires_at"), rfc3339(it->expiresAt));
        a.append(g);
    }
    return a;
}

QHash<QString, SandboxStore::Grant> grantsFromJson(const QJsonArray &a)
{
    QHash<QString, SandboxStore::Grant> grants;
    for (const QJsonValue &v : a) {
        const QJsonObject g = v.toObject();
        SandboxStore::Grant grant{g.value(QLatin1String("customer_id")).toString(),
                                  g.value(QLatin1String("scope")).toString(), QDateTime()};
        if (g.contains(QLatin1String("expires_at")))
            grant.expiresAt = QDateTime::fromString(g.value(QLatin1String("expires_at")).toString(),
                                                    Qt::ISODateWithMs);
        grants.insert(g.value(QLatin1String("token_sha256")).toString(), grant);
    }
    return grants;
}

} // namespace

SandboxStore::SandboxStore(const QString &dataDir) : m_dataDir(dataDir)
{
    m_purposes = SandboxSeed::purposes();
    m_customers = SandboxSeed::customers();
}

void SandboxStore::seed()
{
    m_consents.clear();
    m_decisions = QJsonArray();
    m_keys.clear();
    m_recordIds.clear();
    m_keyOrder.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
    m_requests.clear();
    m_requestsTotal = m_requestsFaulted = 0;
    for (auto it = m_customers.begin(); it != m_customers.end(); ++it) {
        QJsonObject views;
        const QJsonArray seeded = it.value().toObject().value(QLatin1String("consents")).toArray();
        for (const QJsonValue &v : seeded)
            views.insert(v.toObject().value(QLatin1String("purpose_id")).toString(), v.toObject());
        m_consents.insert(it.key(), views);
    }
}

bool SandboxStore::load(QString *error)
{
    seed();
    if (m_dataDir.isEmpty())
        return true;
    if (!QDir().mkpath(m_dataDir)) {
        *error = QStringLiteral("Cannot create the data folder %1.").arg(m_dataDir);
        return false;
    }
    QFile f(QDir(m_dataDir).filePath(QStringLiteral("state.json")));
    if (!f.exists())
        return save(error);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !fromJson(doc.object())) {
        *error = QStringLiteral("%1 is not a sandbox state file.").arg(f.fileName());
        return false;
    }
    return true;
}

bool SandboxStore::resetToSeed(QString *error)
{
    seed();
    return save(error);
}

bool SandboxStore::save(QString *error)
{
    if (m_dataDir.isEmpty())
        return true;
    QSaveFile f(QDir(m_dataDir).filePath(QStringLiteral("state.json")));
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

QJsonObject SandboxStore::toJson() const
{
    QJsonObject consents;
    for (auto it = m_consents.begin(); it != m_consents.end(); ++it)
        consents.insert(it.key(), it.value());
    QJsonArray keys;
    for (const QString &scopedKey : m_keyOrder) {
        const KeyRecord &k = m_keys[scopedKey];
        keys.append(QJsonObject{{QStringLiteral("customer_id"), k.customerId},
                                {QStringLiteral("key"), k.key},
                                {QStringLiteral("purpose_id"), k.purposeId},
                                {QStringLiteral("fingerprint"), QString::fromUtf8(k.fingerprint)},
                                {QStringLiteral("receipt"), k.receipt},
                                {QStringLiteral("applied"), k.applied},
                                {QStringLiteral("replayed"), k.replayed},
                                {QStringLiteral("rejected"), k.rejected}});
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("roer-sandbox-state")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("consents"), consents},
        {QStringLiteral("decisions"), m_decisions},
        {QStringLiteral("idempotency_keys"), keys},
        {QStringLiteral("access_tokens"), grantsToJson(m_accessTokens)},
        {QStringLiteral("refresh_tokens"), grantsToJson(m_refreshTokens)},
        {QStringLiteral("rights_requests"), m_requests.toJson()},
        {QStringLiteral("requests"),
         QJsonObject{{QStringLiteral("total"), m_requestsTotal},
                     {QStringLiteral("faulted"), m_requestsFaulted}}},
    };
}

bool SandboxStore::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("format")).toString() != QLatin1String("roer-sandbox-state")
        || o.value(QLatin1String("format_version")).toInt() != 1)
        return false;
    const QJsonObject consents = o.value(QLatin1String("consents")).toObject();
    for (auto it = consents.begin(); it != consents.end(); ++it)
        m_consents.insert(it.key(), it.value().toObject());
    m_decisions = o.value(QLatin1String("decisions")).toArray();
    const QJsonArray keys = o.value(QLatin1String("idempotency_keys")).toArray();
    for (const QJsonValue &v : keys) {
        const QJsonObject k = v.toObject();
        KeyRecord r;
        r.customerId = k.value(QLatin1String("customer_id")).toString();
        r.key = k.value(QLatin1String("key")).toString();
        r.purposeId = k.value(QLatin1String("purpose_id")).toString();
        r.fingerprint = k.value(QLatin1String("fingerprint")).toString().toUtf8();
        r.receipt = k.value(QLatin1String("receipt")).toObject();
        r.applied = k.value(QLatin1String("applied")).toInt();
        r.replayed = k.value(QLatin1String("replayed")).toInt();
        r.rejected = k.value(QLatin1String("rejected")).toInt();
        const QString scopedKey = scoped(r.customerId, r.key);
        m_keyOrder.append(scopedKey);
        m_recordIds.insert(scoped(r.customerId,
                                  r.receipt.value(QLatin1String("record_id")).toString()),
                           scopedKey);
        m_keys.insert(scopedKey, r);
    }
    m_accessTokens = grantsFromJson(o.value(QLatin1String("access_tokens")).toArray());
    m_refreshTokens = grantsFromJson(o.value(QLatin1String("refresh_tokens")).toArray());
    // Absent in state files written before requests existed: none.
    m_requests.fromJson(o.value(QLatin1String("rights_requests")).toObject());
    const QJsonObject requests = o.value(QLatin1String("requests")).toObject();
    m_requestsTotal = requests.value(QLatin1String("total")).toInteger();
    m_requestsFaulted = requests.value(QLatin1String("faulted")).toInteger();
    return true;
}

bool SandboxStore::hasCustomer(const QString &customerId) const
{
    return m_customers.contains(customerId);
}

QStringList SandboxStore::customerIds() const
{
    return m_customers.keys();
}

QString SandboxStore::customerName(const QString &customerId) const
{
    return m_customers.value(customerId).toObject().value(QLatin1String("name")).toString();
}

QJsonObject SandboxStore::purpose(const QString &purposeId) const
{
    for (const QJsonValue &v : m_purposes) {
        if (v.toObject().value(QLatin1String("id")).toString() == purposeId)
            return v.toObject();
    }
    return {};
}

QJsonArray SandboxStore::datasets(const QString &customerId) const
{
    // A completed erasure request leaves only what the law makes the shop keep.
    const QStringList erased = m_requests.erasedDatasets(customerId);
    QJsonArray out;
    for (const QJsonValue &d :
         m_customers.value(customerId).toObject().value(QLatin1String("datasets")).toArray())
        if (!erased.contains(d.toObject().value(QLatin1String("id")).toString()))
            out.append(d);
    return out;
}

QJsonArray SandboxStore::consents(const QString &customerId, const QDate &today) const
{
    QJsonArray out;
    const QJsonObject views = m_consents.value(customerId);
    // In the order of the purpose list, so the answer is stable.
    for (const QJsonValue &p : m_purposes) {
        const QString id = p.toObject().value(QLatin1String("id")).toString();
        if (!views.contains(id))
            continue;
        QJsonObject view = views.value(id).toObject();
        const QJsonValue until =
            view.value(QLatin1String("context")).toObject().value(QLatin1String("until"));
        if (view.value(QLatin1String("state")).toString() == QLatin1String("given")
            && until.isString() && QDate::fromString(until.toString(), Qt::ISODate) < today)
            view.insert(QStringLiteral("state"), QStringLiteral("expired"));
        out.append(view);
    }
    return out;
}

QJsonObject SandboxStore::setRetailerConsent(const QString &customerId, const QString &purposeId,
                                             const QString &state, const QJsonArray &channels,
                                             const QJsonObject &context, const QString &decidedAt,
                                             const QDateTime &now, QString *error)
{
    const QJsonObject view{
        {QStringLiteral("purpose_id"), purposeId},
        {QStringLiteral("state"), state},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("context"), normalisedContext(context)},
        {QStringLiteral("decided_at"), decidedAt.isEmpty() ? rfc3339(now) : decidedAt},
        {QStringLiteral("updated_at"), rfc3339(now)},
        {QStringLiteral("record_id"), newUuid()},
        {QStringLiteral("source"), QStringLiteral("retailer")},
    };
    QJsonObject views = m_consents.value(customerId);
    views.insert(purposeId, view);
    m_consents.insert(customerId, views);
    if (!save(error))
        return {};
    return view;
}

QString SandboxStore::scoped(const QString &customerId, const QString &value)
{
    return customerId + QLatin1Char('\n') + value;
}

QByteArray SandboxStore::fingerprint(const QString &purposeId, const QJsonObject &decision)
{
    // QJsonObject keeps its members sorted, so the compact form ignores member order and spaces.
    return QJsonDocument(QJsonObject{{QStringLiteral("purpose_id"), purposeId},
                                     {QStringLiteral("body"), decision}})
        .toJson(QJsonDocument::Compact);
}

SandboxStore::PutResult SandboxStore::putDecision(const QString &customerId, const QString &key,
                                                  const QString &purposeId,
                                                  const QJsonObject &decision, const QDateTime &now,
                                                  QJsonObject *receipt)
{
    const QByteArray print = fingerprint(purposeId, decision);
    const QString recordId = decision.value(QLatin1String("record_id")).toString();
    QString scopedKey = scoped(customerId, key);
    if (!m_keys.contains(scopedKey)) {
        // The record id is an idempotency key of its own (see the protocol).
        const QString byRecord = m_recordIds.value(scoped(customerId, recordId));
        if (!byRecord.isEmpty())
            scopedKey = byRecord;
    }
    QString error;
    if (m_keys.contains(scopedKey)) {
        KeyRecord &k = m_keys[scopedKey];
        if (k.fingerprint != print) {
            ++k.rejected;
            save(&error);
            return PutResult::KeyReused;
        }
        ++k.replayed;
        *receipt = k.receipt;
        return save(&error) ? PutResult::Replayed : PutResult::SaveFailed;
    }

    const QString receivedAt = rfc3339(now);
    *receipt = QJsonObject{
        {QStringLiteral("receipt_id"), newUuid()},
        {QStringLiteral("received_at"), receivedAt},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("purpose_id"), purposeId},
        {QStringLiteral("state"), decision.value(QLatin1String("state"))},
        {QStringLiteral("status"), QStringLiteral("completed")},
    };
    const QJsonObject context =
        normalisedContext(decision.value(QLatin1String("context")).toObject());
    const QJsonValue previous = decision.value(QLatin1String("previous_record_id")).isString()
        ? decision.value(QLatin1String("previous_record_id"))
        : QJsonValue(QJsonValue::Null);
    m_decisions.append(QJsonObject{
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("purpose_id"), purposeId},
        {QStringLiteral("idempotency_key"), key},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("previous_record_id"), previous},
        {QStringLiteral("state"), decision.value(QLatin1String("state"))},
        {QStringLiteral("channels"), decision.value(QLatin1String("channels"))},
        {QStringLiteral("context"), context},
        {QStringLiteral("decided_at"), decision.value(QLatin1String("decided_at"))},
        {QStringLiteral("receipt_id"), receipt->value(QLatin1String("receipt_id"))},
        {QStringLiteral("received_at"), receivedAt},
    });

    // The newest decided_at wins; a late, older decision is recorded but changes nothing.
    QJsonObject views = m_consents.value(customerId);
    const QDateTime decidedAt =
        QDateTime::fromString(decision.value(QLatin1String("decided_at")).toString(),
                              Qt::ISODateWithMs);
    const QJsonObject current = views.value(purposeId).toObject();
    const QDateTime currentAt =
        QDateTime::fromString(current.value(QLatin1String("decided_at")).toString(),
                              Qt::ISODateWithMs);
    if (current.isEmpty() || !currentAt.isValid() || decidedAt >= currentAt) {
        views.insert(purposeId,
                     QJsonObject{
                         {QStringLiteral("purpose_id"), purposeId},
                         {QStringLiteral("state"), decision.value(QLatin1String("state"))},
                         {QStringLiteral("channels"), decision.value(QLatin1String("channels"))},
                         {QStringLiteral("context"), context},
                         {QStringLiteral("decided_at"),
                          decision.value(QLatin1String("decided_at"))},
                         {QStringLiteral("updated_at"), receivedAt},
                         {QStringLiteral("record_id"), recordId},
                         {QStringLiteral("source"), QStringLiteral("roer")},
                     });
        m_consents.insert(customerId, views);
    }

    KeyRecord k;
    k.customerId = customerId;
    k.key = key;
    k.purposeId = purposeId;
    k.fingerprint = print;
    k.receipt = *receipt;
    k.applied = 1;
    m_keys.insert(scopedKey, k);
    m_keyOrder.append(scopedKey);
    m_recordIds.insert(scoped(customerId, recordId), scopedKey);
    return save(&error) ? PutResult::Applied : PutResult::SaveFailed;
}

QJsonObject SandboxStore::inspection() const
{
    QJsonArray keys;
    for (const QString &scopedKey : m_keyOrder) {
        const KeyRecord &k = m_keys[scopedKey];
        keys.append(QJsonObject{{QStringLiteral("customer_id"), k.customerId},
                                {QStringLiteral("key"), k.key},
                                {QStringLiteral("purpose_id"), k.purposeId},
                                {QStringLiteral("applied"), k.applied},
                                {QStringLiteral("replayed"), k.replayed},
                                {QStringLiteral("rejected"), k.rejected}});
    }
    return QJsonObject{
        {QStringLiteral("decisions"), m_decisions},
        {QStringLiteral("idempotency_keys"), keys},
        {QStringLiteral("requests"),
         QJsonObject{{QStringLiteral("total"), m_requestsTotal},
                     {QStringLiteral("faulted"), m_requestsFaulted}}},
    };
}

void SandboxStore::countRequest(bool faulted)
{
    ++m_requestsTotal;
    if (faulted)
        ++m_requestsFaulted;
}

QString SandboxStore::hashToken(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void SandboxStore::storeAccessToken(const QString &token, const Grant &grant)
{
    m_accessTokens.insert(hashToken(token), grant);
}

void SandboxStore::storeRefreshToken(const QString &token, const Grant &grant)
{
    m_refreshTokens.insert(hashToken(token), grant);
}

bool SandboxStore::findAccessToken(const QString &token, Grant *grant) const
{
    const auto it = m_accessTokens.constFind(hashToken(token));
    if (it == m_accessTokens.constEnd() || it->expiresAt <= QDateTime::currentDateTimeUtc())
        return false;
    *grant = *it;
    return true;
}

bool SandboxStore::findRefreshToken(const QString &token, Grant *grant) const
{
    const auto it = m_refreshTokens.constFind(hashToken(token));
    if (it == m_refreshTokens.constEnd())
        return false;
    *grant = *it;
    return true;
}

void SandboxStore::expireAccessTokens()
{
    m_accessTokens.clear();
}
