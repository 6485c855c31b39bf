#pragma once

#include "OutboxEntry.h"
#include "core/Result.h"
#include "vault/SqlStatement.h"

#include <QList>

#include <functional>
#include <optional>

class Vault;

// The transactional outbox in the vault (table consent_outbox). enqueue() runs inside the
// caller's VaultTransaction, together with the decision and its record; the status updates
// are single statements (each its own implicit transaction).
class Outbox
{
public:
    explicit Outbox(Vault &vault) : m_vault(vault) {}

    // Caller holds the transaction. Returns the new entry's id.
    Result<qint64> enqueue(const QString &recordId, qint64 retailerId, const QString &purposeId,
                           const QJsonObject &payload, qint64 nowMs);

    // Pending entries whose time has come, oldest first. Keeps the customer's order per
    // retailer x purpose: an entry is only due when no earlier one for the same pair is pending.
    Result<QList<OutboxEntry>> due(qint64 nowMs, int limit);
    // The earliest next attempt among pending entries.
    Result<std::optional<qint64>> nextAttemptMs();
    Result<QList<OutboxEntry>> all(qint64 retailerId = 0);
    Result<std::optional<OutboxEntry>> byId(qint64 id);
    Result<std::optional<OutboxEntry>> latestFor(qint64 retailerId, const QString &purposeId);
    Result<int> pendingCount();

    // Before each attempt: status "sent", one more attempt. Committed before the request leaves.
    Result<void> markSent(qint64 id, qint64 nowMs);
    Result<void> markConfirmed(qint64 id, const QString &receiptId, const QString &receivedAt,
                               const QJsonObject &receipt, qint64 nowMs);
    Result<void> scheduleRetry(qint64 id, qint64 nextAttemptMs, int httpStatus,
                               const QString &problem, qint64 nowMs);
    Result<void> markRefused(qint64 id, int httpStatus, const QString &problem, qint64 nowMs);
    Result<void> markNeedsAttention(qint64 id, int httpStatus, const QString &problem,
                                    qint64 nowMs);
    // The customer asks to try again (after "needs attention"): same key, due now.
    Result<void> retryNow(qint64 id, qint64 nowMs);

private:
    Result<void> setFinal(qint64 id, Consent::Delivery status, int httpStatus,
                          const QString &problem, qint64 nowMs);
    Result<QList<OutboxEntry>> query(const char *sql,
                                     const std::function<void(SqlStatement &)> &bind);

    Vault &m_vault;
};
