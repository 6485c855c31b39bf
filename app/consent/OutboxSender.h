#pragma once

#include "RetailerApiClient.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QTimer;
class Vault;
struct OutboxEntry;

// Delivers the outbox at least once. Each attempt is marked "sent" in the vault before the
// request leaves, so after a crash or restart the entry is sent again with the same
// Idempotency-Key and the retailer applies it only once. Network errors, 429 and 5xx are
// retried with exponential backoff and full jitter (Retry-After honoured); other 4xx answers
// are not retried but marked "needs attention" for the customer. Order is kept per
// retailer x purpose. Works offline: it just keeps waiting. Time comes from Clock, so a
// test can let days pass and call sendDue().
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    // Asks for the retailer's access token (forceRefresh: the last one was refused).
    // Answers an empty token when there is none.
    using TokenFetcher = std::function<void(qint64 retailerId, bool forceRefresh,
                                            std::function<void(QByteArray token)> done)>;

    OutboxSender(Vault &vault, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OutboxSender() override;

    void setTokenFetcher(TokenFetcher fetcher) { m_tokens = std::move(fetcher); }
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    void setMaxInFlight(int n) { m_maxInFlight = n; }
    void setBackoff(qint64 baseMs, qint64 capMs)
    {
        m_baseMs = baseMs;
        m_capMs = capMs;
    }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The whole answer to one PUT must be in within this time (RetailerApiClient::setDeadlineMs).
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    // The longest real time the sender sleeps before looking again (a fake clock may jump).
    void setMaxSleepMs(int ms) { m_maxSleepMs = ms; }

    // Starts sending and keeps going until stop().
    void start();
    void stop();
    // One pass: starts every due entry, as far as the in-flight limit allows.
    void sendDue();
    int inFlight() const { return int(m_inFlight.size()); }

    // Full-jitter backoff for the given attempt number (1 = first retry).
    static qint64 backoffMs(int attempt, qint64 baseMs, qint64 capMs);

signals:
    void deliveryChanged(qint64 entryId);
    // Nothing is in flight and nothing is due; `pending` entries wait for a later time.
    void idle(int pending);

private:
    void send(const OutboxEntry &entry, bool afterRefresh);
    void finish(const OutboxEntry &entry, const RetailerApiClient::PutOutcome &outcome,
                bool afterRefresh);
    RetailerApiClient *clientFor(qint64 retailerId, QString *problem);
    void schedule();

    Vault &m_vault;
    QNetworkAccessManager *m_network;
    TokenFetcher m_tokens;
    std::optional<QSslConfiguration> m_ssl;
    QHash<qint64, RetailerApiClient *> m_clients;
    QSet<qint64> m_inFlight;
    QTimer *m_timer;
    bool m_running = false;
    int m_maxInFlight = 4;
    qint64 m_baseMs = 1000;
    qint64 m_capMs = 3600 * 1000;
    int m_timeoutMs = 30000;
    int m_deadlineMs = RetailerApiClient::kDefaultDeadlineMs;
    int m_maxSleepMs = 60000;
};
