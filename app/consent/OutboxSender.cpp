#include "OutboxSender.h"

#include "Clock.h"
#include "ConsentStore.h"
#include "Outbox.h"
#include "core/Logging.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

OutboxSender::OutboxSender(Vault &vault, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_vault(vault), m_network(network), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutboxSender::sendDue);
}

OutboxSender::~OutboxSender() = default;

qint64 OutboxSender::backoffMs(int attempt, qint64 baseMs, qint64 capMs)
{
    // "Full jitter": a random wait between 0 and the exponential ceiling, so many clients
    // that failed together do not all come back at the same moment.
    const int exponent = std::clamp(attempt - 1, 0, 40);
    const double ceiling =
        std::min(double(capMs), double(baseMs) * double(1LL << std::min(exponent, 40)));
    return qint64(QRandomGenerator::global()->bounded(ceiling + 1.0));
}

void OutboxSender::start()
{
    m_running = true;
    sendDue();
}

void OutboxSender::stop()
{
    m_running = false;
    m_timer->stop();
}

RetailerApiClient *OutboxSender::clientFor(qint64 retailerId, QString *problem)
{
    if (RetailerApiClient *c = m_clients.value(retailerId))
        return c;
    auto retailer = ConsentStore(m_vault).retailer(retailerId);
    if (!retailer) {
        *problem = retailer.error().message;
        return nullptr;
    }
    auto *client = new RetailerApiClient(m_network, this);
    if (auto r = client->setAddress(retailer->apiBase); !r) {
        *problem = r.error().message;
        delete client;
        return nullptr;
    }
    if (m_ssl)
        client->setSslConfiguration(*m_ssl);
    client->setTimeoutMs(m_timeoutMs);
    client->setDeadlineMs(m_deadlineMs);
    m_clients.insert(retailerId, client);
    return client;
}

void OutboxSender::sendDue()
{
    Outbox outbox(m_vault);
    const qint64 now = Clock::instance().nowMs();
    const int room = m_maxInFlight - int(m_inFlight.size());
    if (room > 0) {
        auto due = outbox.due(now, room + int(m_inFlight.size()));
        if (!due) {
            qCWarning(lcConsent) << "outbox could not be read";
        } else {
            int started = 0;
            for (const OutboxEntry &entry : *due) {
                if (started >= room)
                    break;
                if (m_inFlight.contains(entry.id))
                    continue;
                ++started;
                send(entry, false);
            }
        }
    }
    schedule();
}

void OutboxSender::schedule()
{
    m_timer->stop();
    if (!m_running && m_inFlight.isEmpty())
        return;
    auto next = Outbox(m_vault).nextAttemptMs();
    int pending = 0;
    if (auto count = Outbox(m_vault).pendingCount())
        pending = *count - int(m_inFlight.size());
    if (m_inFlight.isEmpty()) {
        // Nothing due right now (or only entries waiting for a later time).
        const qint64 now = Clock::instance().nowMs();
        if (!next || !*next || **next > now || pending == 0)
            emit idle(pending);
    }
    if (!m_running || !next || !*next)
        return;
    const qint64 wait = std::clamp<qint64>(**next - Clock::instance().nowMs(), 0, m_maxSleepMs);
    // While requests are in flight their completion calls sendDue(); only wake for others.
    m_timer->start(int(std::max<qint64>(wait, m_inFlight.isEmpty() ? 0 : 50)));
}

void OutboxSender::send(const OutboxEntry &entry, bool afterRefresh)
{
    Outbox outbox(m_vault);
    const qint64 now = Clock::instance().nowMs();
    QString problem;
    RetailerApiClient *client = clientFor(entry.retailerId, &problem);
    if (!client) {
        (void)outbox.markNeedsAttention(entry.id, 0, problem, now);
        emit deliveryChanged(entry.id);
        return;
    }
    // Committed before the request leaves: a crash from here on means "send again, same key".
    if (auto r = outbox.markSent(entry.id, now); !r) {
        qCWarning(lcConsent) << "could not mark an outbox entry as sent";
        return;
    }
    m_inFlight.insert(entry.id);
    emit deliveryChanged(entry.id);
    auto go = [this, entry, client, afterRefresh](const QByteArray &token) {
        client->setAccessToken(token);
        client->putConsent(entry.purposeId, entry.idempotencyKey,
                           RetailerApiClient::putBody(entry.payload),
                           [this, entry, afterRefresh](RetailerApiClient::PutOutcome outcome) {
                               finish(entry, outcome, afterRefresh);
                           });
    };
    if (m_tokens)
        m_tokens(entry.retailerId, afterRefresh, go);
    else
        go(QByteArray());
}

void OutboxSender::finish(const OutboxEntry &entry, const RetailerApiClient::PutOutcome &outcome,
                          bool afterRefresh)
{
    using Kind = RetailerApiClient::PutOutcome::Kind;
    Outbox outbox(m_vault);
    const qint64 now = Clock::instance().nowMs();
    m_inFlight.remove(entry.id);
    Result<void> written;
    switch (outcome.kind) {
    case Kind::Confirmed:
        written = outbox.markConfirmed(entry.id, outcome.receiptId, outcome.receivedAt,
                                       outcome.receipt, now);
        qCInfo(lcConsent) << "decision confirmed by the retailer";
        break;
    case Kind::Accepted:
        // 202 "pending": the retailer has the decision and its receipt, and applies it later.
        // Nothing more to send; reconciliation shows whether it was applied.
        written = outbox.markConfirmed(entry.id, outcome.receiptId, outcome.receivedAt,
                                       outcome.receipt, now);
        break;
    case Kind::Retry: {
        const auto current = outbox.byId(entry.id);
        const int attempts = current && *current ? (*current)->attempts : entry.attempts + 1;
        const qint64 wait = outcome.retryAfterMs
            ? std::min(*outcome.retryAfterMs, qint64(7) * 24 * 3600 * 1000)
            : backoffMs(attempts, m_baseMs, m_capMs);
        written =
            outbox.scheduleRetry(entry.id, now + wait, outcome.httpStatus, outcome.problem, now);
        qCInfo(lcConsent) << "delivery will be retried; status" << outcome.httpStatus << "attempt"
                          << attempts;
        break;
    }
    case Kind::Unauthorized:
        if (!afterRefresh && m_tokens) {
            // Refresh the token once and try again at once, with the same key.
            written = outbox.scheduleRetry(entry.id, now, outcome.httpStatus, outcome.problem, now);
            if (written) {
                auto again = outbox.byId(entry.id);
                if (again && *again) {
                    send(**again, true);
                    emit deliveryChanged(entry.id);
                    return;
                }
            }
            break;
        }
        written = outbox.markNeedsAttention(entry.id, outcome.httpStatus, outcome.problem, now);
        break;
    case Kind::Refused:
        written = outbox.markRefused(entry.id, outcome.httpStatus, outcome.problem, now);
        break;
    case Kind::NeedsAttention:
        written = outbox.markNeedsAttention(entry.id, outcome.httpStatus, outcome.problem, now);
        qCInfo(lcConsent) << "delivery needs the customer's attention; status"
                          << outcome.httpStatus;
        break;
    }
    if (!written)
        qCWarning(lcConsent) << "could not store a delivery result";
    emit deliveryChanged(entry.id);
    if (m_running)
        sendDue();
    else
        schedule();
}
