#include "Outbox.h"

#include "vault/Vault.h"

#include <QJsonDocument>
#include <QUuid>

#include <functional>

namespace {
constexpr const char *kColumns =
    "id, record_id, retailer_id, purpose_id, idempotency_key, payload, status, attempts,"
    " next_attempt_ms, created_ms, updated_ms, http_status, problem, receipt_id, received_at, "
    "receipt";

OutboxEntry readEntry(SqlStatement &st)
{
    OutboxEntry e;
    e.id = st.int64(0);
    e.recordId = st.text(1);
    e.retailerId = st.int64(2);
    e.purposeId = st.text(3);
    e.idempotencyKey = st.text(4);
    e.payload = QJsonDocument::fromJson(st.utf8(5)).object();
    e.status = Consent::deliveryFromId(st.text(6)).value_or(Consent::Delivery::NeedsAttention);
    e.attempts = int(st.int64(7));
    e.nextAttemptMs = st.int64(8);
    e.createdMs = st.int64(9);
    e.updatedMs = st.int64(10);
    e.httpStatus = int(st.int64(11));
    e.problem = st.text(12);
    e.receiptId = st.text(13);
    e.receivedAt = st.text(14);
    e.receipt = QJsonDocument::fromJson(st.utf8(15)).object();
    return e;
}

QByteArray selectSql(const char *tail)
{
    return QByteArray("SELECT ") + kColumns + " FROM consent_outbox o " + tail;
}
} // namespace

Result<qint64> Outbox::enqueue(const QString &recordId, qint64 retailerId, const QString &purposeId,
                               const QJsonObject &payload, qint64 nowMs)
{
    auto st = m_vault.prepare(
        "INSERT INTO consent_outbox (record_id, retailer_id, purpose_id, idempotency_key, payload,"
        " status, attempts, next_attempt_ms, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, "
        "'waiting', 0, ?, ?, ?)");
    st.bind(1, recordId)
        .bind(2, retailerId)
        .bind(3, purposeId)
        .bind(4, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bindText(5, QJsonDocument(payload).toJson(QJsonDocument::Compact))
        .bind(6, nowMs)
        .bind(7, nowMs)
        .bind(8, nowMs);
    if (auto r = st.exec(); !r)
        return r.error();
    return m_vault.lastInsertId();
}

Result<QList<OutboxEntry>> Outbox::query(const char *sql,
                                         const std::function<void(SqlStatement &)> &bind)
{
    auto st = m_vault.prepare(sql);
    if (bind)
        bind(st);
    QList<OutboxEntry> out;
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(readEntry(st));
    }
    return out;
}

Result<QList<OutboxEntry>> Outbox::due(qint64 nowMs, int limit)
{
    static const QByteArray sql = selectSql(
        "WHERE o.status IN ('waiting', 'sent') AND o.next_attempt_ms <= ?"
        " AND NOT EXISTS (SELECT 1 FROM consent_outbox p WHERE p.retailer_id = o.retailer_id"
        "   AND p.purpose_id = o.purpose_id AND p.id < o.id AND p.status IN ('waiting', 'sent'))"
        " ORDER BY o.next_attempt_ms, o.id LIMIT ?");
    return query(sql.constData(), [&](SqlStatement &st) { st.bind(1, nowMs).bind(2, limit); });
}

Result<std::optional<qint64>> Outbox::nextAttemptMs()
{
    auto st = m_vault.prepare(
        "SELECT MIN(next_attempt_ms) FROM consent_outbox WHERE status IN ('waiting', 'sent')");
    auto row = st.step();
    if (!row)
        return row.error();
    if (!*row || st.isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(st.int64(0));
}

Result<QList<OutboxEntry>> Outbox::all(qint64 retailerId)
{
    static const QByteArray sql = selectSql("WHERE ? = 0 OR o.retailer_id = ? ORDER BY o.id");
    return query(sql.constData(),
                 [&](SqlStatement &st) { st.bind(1, retailerId).bind(2, retailerId); });
}

Result<std::optional<OutboxEntry>> Outbox::byId(qint64 id)
{
    static const QByteArray sql = selectSql("WHERE o.id = ?");
    auto r = query(sql.constData(), [&](SqlStatement &st) { st.bind(1, id); });
    if (!r)
        return r.error();
    return r->isEmpty() ? std::optional<OutboxEntry>() : std::optional<OutboxEntry>(r->first());
}

Result<std::optional<OutboxEntry>> Outbox::latestFor(qint64 retailerId, const QString &purposeId)
{
    static const QByteArray sql =
        selectSql("WHERE o.retailer_id = ? AND o.purpose_id = ? ORDER BY o.id DESC LIMIT 1");
    auto r = query(sql.constData(),
                   [&](SqlStatement &st) { st.bind(1, retailerId).bind(2, purposeId); });
    if (!r)
        return r.error();
    return r->isEmpty() ? std::optional<OutboxEntry>() : std::optional<OutboxEntry>(r->first());
}

Result<int> Outbox::pendingCount()
{
    auto st =
        m_vault.prepare("SELECT COUNT(*) FROM consent_outbox WHERE status IN ('waiting', 'sent')");
    auto row = st.step();
    if (!row)
        return row.error();
    return int(st.int64(0));
}

Result<void> Outbox::markSent(qint64 id, qint64 nowMs)
{
    auto st = m_vault.prepare(
        "UPDATE consent_outbox SET status = 'sent', attempts = attempts + 1, updated_ms = ?"
        " WHERE id = ? AND status IN ('waiting', 'sent')");
    return st.bind(1, nowMs).bind(2, id).exec();
}

Result<void> Outbox::markConfirmed(qint64 id, const QString &receiptId, const QString &receivedAt,
                                   const QJsonObject &receipt, qint64 nowMs)
{
    auto st = m_vault.prepare("UPDATE consent_outbox SET status = 'confirmed', receipt_id = ?, "
                              "received_at = ?, receipt = ?,"
                              " http_status = NULL, problem = NULL, updated_ms = ? WHERE id = ?");
    return st.bind(1, receiptId)
        .bind(2, receivedAt)
        .bindText(3, QJsonDocument(receipt).toJson(QJsonDocument::Compact))
        .bind(4, nowMs)
        .bind(5, id)
        .exec();
}

Result<void> Outbox::scheduleRetry(qint64 id, qint64 nextMs, int httpStatus, const QString &problem,
                                   qint64 nowMs)
{
    // Back to "waiting": the next attempt reuses the same idempotency key.
    auto st = m_vault.prepare("UPDATE consent_outbox SET status = 'waiting', next_attempt_ms = ?, "
                              "http_status = ?, problem = ?,"
                              " updated_ms = ? WHERE id = ? AND status IN ('waiting', 'sent')");
    st.bind(1, nextMs);
    if (httpStatus)
        st.bind(2, httpStatus);
    else
        st.bindNull(2);
    return st.bind(3, problem).bind(4, nowMs).bind(5, id).exec();
}

Result<void> Outbox::setFinal(qint64 id, Consent::Delivery status, int httpStatus,
                              const QString &problem, qint64 nowMs)
{
    auto st = m_vault.prepare("UPDATE consent_outbox SET status = ?, http_status = ?, problem = ?, "
                              "updated_ms = ? WHERE id = ?");
    st.bind(1, Consent::deliveryId(status));
    if (httpStatus)
        st.bind(2, httpStatus);
    else
        st.bindNull(2);
    return st.bind(3, problem).bind(4, nowMs).bind(5, id).exec();
}

Result<void> Outbox::markRefused(qint64 id, int httpStatus, const QString &problem, qint64 nowMs)
{
    return setFinal(id, Consent::Delivery::Refused, httpStatus, problem, nowMs);
}

Result<void> Outbox::markNeedsAttention(qint64 id, int httpStatus, const QString &problem,
                                        qint64 nowMs)
{
    return setFinal(id, Consent::Delivery::NeedsAttention, httpStatus, problem, nowMs);
}

Result<void> Outbox::retryNow(qint64 id, qint64 nowMs)
{
    auto st = m_vault.prepare(
        "UPDATE consent_outbox SET status = 'waiting', next_attempt_ms = ?, updated_ms = ?"
        " WHERE id = ? AND status = 'needs_attention'");
    return st.bind(1, nowMs).bind(2, nowMs).bind(3, id).exec();
}
