#pragma once

#include "RequestOutboxEntry.h"
#include "core/Result.h"

#include <QList>

#include <functional>
#include <optional>

class SqlStatement;
class Vault;

// The transactional outbox of rights requests (table request_outbox), beside the consent
// outbox and with its rules: enqueue() runs inside the caller's VaultTransaction together with
// the request and its first history event; every status update is one statement.
class RequestOutbox
{
public:
    explicit RequestOutbox(Vault &vault) : m_vault(vault) {}

    // Caller holds the transaction. Returns the new entry's id.
    Result<qint64> enqueue(const QString &requestId, qint64 retailerId, const QJsonObject &payload,
                           qint64 nowMs);

    // Pending entries whose time has come, oldest first.
    Result<QList<RequestOutboxEntry>> due(qint64 nowMs, int limit);
    Result<std::optional<qint64>> nextAttemptMs();
    Result<QList<RequestOutboxEntry>> all(qint64 retailerId = 0);
    Result<std::optional<RequestOutboxEntry>> byId(qint64 id);
    Result<std::optional<RequestOutboxEntry>> forRequest(const QString &requestId);
    Result<int> pendingCount();

    // Before each attempt: status "sent", one more attempt. Committed before the request leaves.
    Result<void> markSent(qint64 id, qint64 nowMs);
    // Caller holds the transaction (the request's history records the delivery with it).
    Result<void> markConfirmed(qint64 id, const QJsonObject &answer, qint64 nowMs);
    Result<void> scheduleRetry(qint64 id, qint64 nextAttemptMs, int httpStatus,
                               const QString &problem, qint64 nowMs);
    Result<void> markNeedsAttention(qint64 id, int httpStatus, const QString &problem,
                                    qint64 nowMs);
    // The customer asks to try again (after "needs attention"): same key, due now.
    Result<void> retryNow(qint64 id, qint64 nowMs);

private:
    Result<QList<RequestOutboxEntry>> query(const char *tail,
                                            const std::function<void(SqlStatement &)> &bind);

    Vault &m_vault;
};
