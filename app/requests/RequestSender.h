#pragma once

#include "consent/RetailerApiClient.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QTimer;
class Vault;
struct RequestOutboxEntry;
struct RightsRequest;

// Delivers rights requests to retailers with the Roer API (docs/protocol §7) and follows them
// up. Delivery has the consent outbox's rules (OutboxSender): each attempt is marked "sent"
// in the vault before it leaves, so after a crash the request goes again with the same
// Idempotency-Key and the retailer takes it once; network errors, 429 and 5xx are retried
// with backoff (Retry-After honoured); a 401 refreshes the token once; other answers wait for
// the customer. The retailer's 201 answer is stored with the request's history in one
// transaction. followUp() asks the retailer how every open request is doing (at start, then
// every few hours) and, for a finished access or portability request, stores the copy of
// the data as a snapshot. Time comes from Clock.
class RequestSender : public QObject
{
    Q_OBJECT
public:
    // As OutboxSender::TokenFetcher (RetailerAccounts::tokenFetcher() serves both).
    using TokenFetcher = std::function<void(qint64 retailerId, bool forceRefresh,
                                            std::function<void(QByteArray token)> done)>;

    RequestSender(Vault &vault, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~RequestSender() override;

    void setTokenFetcher(TokenFetcher fetcher) { m_tokens = std::move(fetcher); }
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    void setBackoff(qint64 baseMs, qint64 capMs)
    {
        m_baseMs = baseMs;
        m_capMs = capMs;
    }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxSleepMs(int ms) { m_maxSleepMs = ms; }
    void setFollowUpIntervalMs(int ms);

    // Sends what is due and follows up open requests, and keeps going until stop().
    void start();
    void stop();
    // One pass over the outbox.
    void sendDue();
    // Asks the retailer about every open API request; emits followedUp() when done.
    void followUp();
    bool isFollowingUp() const { return m_following; }
    int inFlight() const { return int(m_inFlight.size()); }

signals:
    void requestChanged(const QString &requestId);
    // Nothing is in flight and nothing is due; `pending` entries wait for a later time.
    void idle(int pending);
    void followedUp();

private:
    void send(const RequestOutboxEntry &entry, bool afterRefresh);
    void finish(const RequestOutboxEntry &entry, const RetailerApiClient::PutOutcome &outcome,
                bool afterRefresh);
    void followNext();
    void follow(const RightsRequest &request, bool afterRefresh);
    void fetchResult(const RightsRequest &request, bool afterRefresh);
    void storeResult(const RightsRequest &request, const QByteArray &json);
    void withToken(qint64 retailerId, bool forceRefresh, std::function<void(QByteArray)> go);
    RetailerApiClient *clientFor(qint64 retailerId, QString *problem);
    void schedule();

    Vault &m_vault;
    QNetworkAccessManager *m_network;
    TokenFetcher m_tokens;
    std::optional<QSslConfiguration> m_ssl;
    QHash<qint64, RetailerApiClient *> m_clients;
    QSet<qint64> m_inFlight;
    QStringList m_toFollow;
    QTimer *m_timer;
    QTimer *m_followTimer;
    bool m_running = false;
    bool m_following = false;
    qint64 m_baseMs = 1000;
    qint64 m_capMs = qint64(6) * 3600 * 1000;
    int m_timeoutMs = 30000;
    int m_maxSleepMs = 60 * 60 * 1000;
};
