#include "RequestOutbox.h"

#include "vault/Vault.h"

#include <QJsonDocument>
#include <QUuid>

namespace {
RequestOutboxEntry readEntry(SqlStatement &st)
{
    RequestOutboxEntry e;
    e.id = st.int64(0);
    e.requestId = st.text(1);
    e.retailerId = st.int64(2);
    e.idempotencyKey = st.text(3);
    e.payload = QJsonDocument::fromJson(st.utf8(4)).object();
    e.status = Consent::deliveryFromId(st.text(5)).value_or(Consent::Delivery::NeedsAttention);
    e.attempts = int(st.int64(6));
    e.nextAttemptMs = st.int64(7);
    e.createdMs = st.int64(8);
    e.updatedMs = st.int64(9);
    e.httpStatus = int(st.int64(10));
    e.problem = st.text(11);
    e.answer = QJsonDocument::fromJson(st.utf8(12)).object();
    return e;
}

void bindStatus(SqlStatement &st, int index, int httpStatus)
{
    if (httpStatus)
        st.bind(index, httpStatus);
    else
        st.bindNull(index);
}
} // namespace

Result<qint64> RequestOutbox::enqueue(const QString &requestId, qint64 retailerId,
                                      const QJsonObject &payload, qint64 nowMs)
{
    auto st = m_vault.prepare(
        "INSERT INTO request_outbox (request_id, retailer_id, idempotency_key, payload, status,"
        " attempts, next_attempt_ms, created_ms, updated_ms) VALUES (?, ?, ?, ?, 'waiting', 0,"
        " ?, ?, ?)");
    st.bind(1, requestId)
        .bind(2, retailerId)
        .bind(3, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bindText(4, QJsonDocument(payload).toJson(QJsonDocument::Compact))
        .bind(5, nowMs)
        .bind(6, nowMs)
        .bind(7, nowMs);
    if (auto r = st.exec(); !r)
        return r.error();
    return m_vault.lastInsertId();
}

Result<QList<RequestOutboxEntry>>
RequestOutbox::query(const char *tail, const std::function<void(SqlStatement &)> &bind)
{
    const QByteArray sql =
        QByteArray("SELECT id, request_id, retailer_id, idempotency_key, payload, status, attempts,"
                   " next_attempt_ms, created_ms, updated_ms, http_status, problem, answer"
                   " FROM request_outbox ")
        + tail;
    auto st = m_vault.prepare(sql.constData());
    if (bind)
        bind(st);
    return st.collect<RequestOutboxEntry>(readEntry);
}

Result<QList<RequestOutboxEntry>> RequestOutbox::due(qint64 nowMs, int limit)
{
    return query("WHERE status IN ('waiting', 'sent') AND next_attempt_ms <= ?"
                 " ORDER BY next_attempt_ms, id LIMIT ?",
                 [&](SqlStatement &st) { st.bind(1, nowMs).bind(2, limit); });
}

Result<std::optional<qint64>> RequestOutbox::nextAttemptMs()
{
    auto st = m_vault.prepare(
        "SELECT MIN(next_attempt_ms) FROM request_outbox WHERE status IN ('waiting', 'sent')");
    auto row = st.step();
    if (!row)
        return row.error();
    if (!*row || st.isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(st.int64(0));
}

Result<QList<RequestOutboxEntry>> RequestOutbox::all(qint64 retailerId)
{
    return query("WHERE ? = 0 OR retailer_id = ? ORDER BY id",
                 [&](SqlStatement &st) { st.bind(1, retailerId).bind(2, retailerId); });
}

Result<std::optional<RequestOutboxEntry>> RequestOutbox::byId(qint64 id)
{
    auto r = query("WHERE id = ?", [&](SqlStatement &st) { st.bind(1, id); });
    if (!r)
        return r.error();
    return r->isEmpty() ? std::optional<RequestOutboxEntry>()
                        : std::optional<RequestOutboxEntry>(r->first());
}

Result<std::optional<RequestOutboxEntry>> RequestOutbox::forRequest(const QString &requestId)
{
    auto r = query("WHERE request_id = ?", [&](SqlStatement &st) { st.bind(1, requestId); });
    if (!r)
        return r.error();
    return r->isEmpty() ? std::optional<RequestOutboxEntry>()
                        : std::optional<RequestOutboxEntry>(r->first());
}

Result<int> RequestOutbox::pendingCount()
{
    auto st =
        m_vault.prepare("SELECT COUNT(*) FROM request_outbox WHERE status IN ('waiting', 'sent')");
    auto row = st.step();
    if (!row)
        return row.error();
    return int(st.int64(0));
}

Result<void> RequestOutbox::markSent(qint64 id, qint64 nowMs)
{
    auto st = m_vault.prepare(
        "UPDATE request_outbox SET status = 'sent', attempts = attempts + 1, updated_ms = ?"
        " WHERE id = ? AND status IN ('waiting', 'sent')");
    return st.bind(1, nowMs).bind(2, id).exec();
}

Result<void> RequestOutbox::markConfirmed(qint64 id, const QJsonObject &answer, qint64 nowMs)
{
    auto st = m_vault.prepare("UPDATE request_outbox SET status = 'confirmed', answer = ?,"
                              " http_status = NULL, problem = NULL, updated_ms = ? WHERE id = ?");
    return st.bindText(1, QJsonDocument(answer).toJson(QJsonDocument::Compact))
        .bind(2, nowMs)
        .bind(3, id)
        .exec();
}

Result<void> RequestOutbox::scheduleRetry(qint64 id, qint64 nextMs, int httpStatus,
                                          const QString &problem, qint64 nowMs)
{
    // Back to "waiting": the next attempt reuses the same idempotency key.
    auto st = m_vault.prepare("UPDATE request_outbox SET status = 'waiting', next_attempt_ms = ?,"
                              " http_status = ?, problem = ?, updated_ms = ?"
                              " WHERE id = ? AND status IN ('waiting', 'sent')");
    st.bind(1, nextMs);
    bindStatus(st, 2, httpStatus);
    return st.bind(3, problem).bind(4, nowMs).bind(5, id).exec();
}

Result<void> RequestOutbox::markNeedsAttention(qint64 id, int httpStatus, const QString &problem,
                                               qint64 nowMs)
{
    auto st = m_vault.prepare("UPDATE request_outbox SET status = 'needs_attention',"
                              " http_status = ?, problem = ?, updated_ms = ? WHERE id = ?");
    bindStatus(st, 1, httpStatus);
    return st.bind(2, problem).bind(3, nowMs).bind(4, id).exec();
}

Result<void> RequestOutbox::retryNow(qint64 id, qint64 nowMs)
{
    auto st = m_vault.prepare(
        "UPDATE request_outbox SET status = 'waiting', next_attempt_ms = ?, updated_ms = ?"
        " WHERE id = ? AND status = 'needs_attention'");
    return st.bind(1, nowMs).bind(2, nowMs).bind(3, id).exec();
}
