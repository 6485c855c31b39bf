#include "RequestSender.h"

#include "RequestOutbox.h"
#include "RequestProtocol.h"
#include "RequestStore.h"
#include "consent/Clock.h"
#include "consent/ConsentStore.h"
#include "consent/ExportDocument.h"
#include "consent/OutboxSender.h"
#include "core/Logging.h"
#include "importing/Importer.h"
#include "importing/SearchIndexer.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace {
bool hasCopy(Requests::Kind kind)
{
    return kind == Requests::Kind::Access || kind == Requests::Kind::Portability;
}

// An open request the retailer has (or a finished one whose copy Roer could not fetch yet).
bool worthAsking(const RightsRequest &r)
{
    if (r.delivery != Requests::Delivery::Api || r.status == Requests::Status::Waiting)
        return false;
    return Requests::isOpen(r.status)
        || (r.status == Requests::Status::Completed && hasCopy(r.kind) && r.resultSnapshotId == 0);
}
} // namespace

RequestSender::RequestSender(Vault &vault, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_vault(vault), m_network(network), m_timer(new QTimer(this)),
      m_followTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RequestSender::sendDue);
    // "Every few hours while it runs" (docs/protocol §7); the next start asks again anyway.
    m_followTimer->setInterval(4 * 3600 * 1000);
    connect(m_followTimer, &QTimer::timeout, this, &RequestSender::followUp);
}

RequestSender::~RequestSender() = default;

void RequestSender::setFollowUpIntervalMs(int ms)
{
    m_followTimer->setInterval(ms);
}

void RequestSender::start()
{
    m_running = true;
    m_followTimer->start();
    sendDue();
    followUp();
}

void RequestSender::stop()
{
    m_running = false;
    m_timer->stop();
    m_followTimer->stop();
}

RetailerApiClient *RequestSender::clientFor(qint64 retailerId, QString *problem)
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
    m_clients.insert(retailerId, client);
    return client;
}

void RequestSender::withToken(qint64 retailerId, bool forceRefresh,
                              std::function<void(QByteArray)> go)
{
    if (!m_tokens)
        return go(QByteArray());
    // The accounts may answer after this sender is gone (the vault locked meanwhile).
    QPointer<RequestSender> self(this);
    m_tokens(retailerId, forceRefresh, [self, go = std::move(go)](QByteArray token) {
        if (self)
            go(std::move(token));
    });
}

void RequestSender::sendDue()
{
    RequestOutbox outbox(m_vault);
    auto due = outbox.due(Clock::instance().nowMs(), 16);
    if (!due) {
        qCWarning(lcRequests) << "request outbox could not be read";
    } else {
        for (const RequestOutboxEntry &entry : *due)
            if (!m_inFlight.contains(entry.id))
                send(entry, false);
    }
    schedule();
}

void RequestSender::schedule()
{
    m_timer->stop();
    if (!m_running && m_inFlight.isEmpty())
        return;
    RequestOutbox outbox(m_vault);
    auto next = outbox.nextAttemptMs();
    int pending = 0;
    if (auto count = outbox.pendingCount())
        pending = *count - int(m_inFlight.size());
    const qint64 now = Clock::instance().nowMs();
    if (m_inFlight.isEmpty() && (!next || !*next || **next > now || pending == 0))
        emit idle(pending);
    if (!m_running || !next || !*next)
        return;
    const qint64 wait = std::clamp<qint64>(**next - now, 0, m_maxSleepMs);
    m_timer->start(int(std::max<qint64>(wait, m_inFlight.isEmpty() ? 0 : 50)));
}

void RequestSender::send(const RequestOutboxEntry &entry, bool afterRefresh)
{
    RequestOutbox outbox(m_vault);
    const qint64 now = Clock::instance().nowMs();
    QString problem;
    RetailerApiClient *client = clientFor(entry.retailerId, &problem);
    if (!client) {
        (void)outbox.markNeedsAttention(entry.id, 0, problem, now);
        emit requestChanged(entry.requestId);
        return;
    }
    // Committed before the request leaves: a crash from here on means "send again, same key".
    if (auto r = outbox.markSent(entry.id, now); !r) {
        qCWarning(lcRequests) << "could not mark a request as sent";
        return;
    }
    m_inFlight.insert(entry.id);
    emit requestChanged(entry.requestId);
    withToken(entry.retailerId, afterRefresh,
              [this, entry, client, afterRefresh](const QByteArray &token) {
                  client->setAccessToken(token);
                  client->postRequest(entry.idempotencyKey, entry.payload,
                                      [this, entry,
                                       afterRefresh](RetailerApiClient::PutOutcome outcome) {
                                          finish(entry, outcome, afterRefresh);
                                      });
              });
}

void RequestSender::finish(const RequestOutboxEntry &entry,
                           const RetailerApiClient::PutOutcome &outcome, bool afterRefresh)
{
    using Kind = RetailerApiClient::PutOutcome::Kind;
    RequestOutbox outbox(m_vault);
    const qint64 now = Clock::instance().nowMs();
    m_inFlight.remove(entry.id);
    Result<void> written;
    switch (outcome.kind) {
    case Kind::Confirmed:
    case Kind::Accepted: {
        // The answer must say what the retailer got and when; otherwise sending again with
        // the same key is safe and gets the stored answer.
        auto answer = RequestProtocol::answer(outcome.receipt, entry.requestId);
        if (!answer) {
            written = outbox.scheduleRetry(entry.id,
                                           now
                                               + OutboxSender::backoffMs(entry.attempts + 1,
                                                                         m_baseMs, m_capMs),
                                           outcome.httpStatus, answer.error().message, now);
            break;
        }
        VaultTransaction tx(m_vault);
        written = tx.begun();
        if (written)
            written = outbox.markConfirmed(entry.id, outcome.receipt, now);
        if (written) {
            if (auto d = RequestStore(m_vault).recordDelivered(entry.requestId, answer->receivedAt,
                                                               outcome.receiptId);
                !d)
                written = d.error();
        }
        if (written)
            written = tx.commit();
        if (written) {
            qCInfo(lcRequests) << "request delivered to the retailer";
            // A retailer may answer at once with more than "received" (a replay, say).
            if (answer->status != Requests::Status::Received)
                (void)RequestStore(m_vault).recordAnswer(entry.requestId, *answer);
        }
        break;
    }
    case Kind::Retry: {
        const auto current = outbox.byId(entry.id);
        const int attempts = current && *current ? (*current)->attempts : entry.attempts + 1;
        const qint64 wait = outcome.retryAfterMs
            ? std::min(*outcome.retryAfterMs, qint64(7) * 24 * 3600 * 1000)
            : OutboxSender::backoffMs(attempts, m_baseMs, m_capMs);
        written =
            outbox.scheduleRetry(entry.id, now + wait, outcome.httpStatus, outcome.problem, now);
        qCInfo(lcRequests) << "request delivery will be retried; status" << outcome.httpStatus
                           << "attempt" << attempts;
        break;
    }
    case Kind::Unauthorized:
        if (!afterRefresh && m_tokens) {
            // Refresh the token once and try again at once, with the same key.
            written = outbox.scheduleRetry(entry.id, now, outcome.httpStatus, outcome.problem, now);
            if (written) {
                if (auto again = outbox.byId(entry.id); again && *again) {
                    send(**again, true);
                    return;
                }
            }
            break;
        }
        written = outbox.markNeedsAttention(entry.id, outcome.httpStatus, outcome.problem, now);
        break;
    case Kind::Refused:
    case Kind::NeedsAttention:
        written = outbox.markNeedsAttention(entry.id, outcome.httpStatus, outcome.problem, now);
        qCInfo(lcRequests) << "request delivery needs the customer's attention; status"
                           << outcome.httpStatus;
        break;
    }
    if (!written)
        qCWarning(lcRequests) << "could not store a request delivery result";
    emit requestChanged(entry.requestId);
    if (m_running)
        sendDue();
    else
        schedule();
}

void RequestSender::followUp()
{
    if (m_following)
        return;
    auto list = RequestStore(m_vault).list();
    if (!list) {
        qCWarning(lcRequests) << "requests could not be read for a follow-up";
        emit followedUp();
        return;
    }
    m_toFollow.clear();
    for (const RightsRequest &r : std::as_const(*list))
        if (worthAsking(r))
            m_toFollow.append(r.id);
    m_following = true;
    followNext();
}

void RequestSender::followNext()
{
    while (!m_toFollow.isEmpty()) {
        auto r = RequestStore(m_vault).find(m_toFollow.takeFirst());
        if (r && worthAsking(*r)) {
            if (r->status == Requests::Status::Completed)
                fetchResult(*r, false);
            else
                follow(*r, false);
            return;
        }
    }
    m_following = false;
    qCInfo(lcRequests) << "follow-up of open requests done";
    emit followedUp();
}

void RequestSender::follow(const RightsRequest &request, bool afterRefresh)
{
    QString problem;
    RetailerApiClient *client = clientFor(request.retailerId, &problem);
    if (!client)
        return followNext();
    withToken(request.retailerId, afterRefresh,
              [this, request, client, afterRefresh](const QByteArray &token) {
                  client->setAccessToken(token);
                  client->fetchRequest(
                      request.id, [this, request, afterRefresh](Result<QJsonObject> got) {
                          if (!got) {
                              if (got.error().code == ErrorCode::Refused && !afterRefresh
                                  && m_tokens)
                                  return follow(request, true);
                              qCInfo(lcRequests) << "follow-up failed; asked again later";
                              return followNext();
                          }
                          auto answer = RequestProtocol::answer(*got, request.id);
                          if (!answer) {
                              qCInfo(lcRequests)
                                  << "follow-up answer not understood; asked again later";
                              return followNext();
                          }
                          auto updated = RequestStore(m_vault).recordAnswer(request.id, *answer);
                          if (!updated) {
                              qCWarning(lcRequests) << "could not store the retailer's answer";
                              return followNext();
                          }
                          if (updated->status != request.status
                              || updated->updatedAt != request.updatedAt)
                              emit requestChanged(request.id);
                          if (updated->status == Requests::Status::Completed
                              && answer->resultAvailable && hasCopy(updated->kind)
                              && updated->resultSnapshotId == 0)
                              return fetchResult(*updated, false);
                          followNext();
                      });
              });
}

void RequestSender::fetchResult(const RightsRequest &request, bool afterRefresh)
{
    QString problem;
    RetailerApiClient *client = clientFor(request.retailerId, &problem);
    if (!client)
        return followNext();
    withToken(request.retailerId, afterRefresh,
              [this, request, client, afterRefresh](const QByteArray &token) {
                  client->setAccessToken(token);
                  client->fetchRequestResult(
                      request.id, [this, request, afterRefresh](Result<QByteArray> got) {
                          if (!got) {
                              if (got.error().code == ErrorCode::Refused && !afterRefresh
                                  && m_tokens)
                                  return fetchResult(request, true);
                              qCInfo(lcRequests)
                                  << "the copy could not be fetched; tried again later";
                              return followNext();
                          }
                          storeResult(request, *got);
                          followNext();
                      });
              });
}

void RequestSender::storeResult(const RightsRequest &request, const QByteArray &json)
{
    // Checked before anything is stored: a result of another shape changes nothing.
    const QJsonObject document = QJsonDocument::fromJson(json).object();
    auto information = RequestProtocol::accessInformation(document);
    auto files = ExportDocument::split(json);
    if (!information || !files) {
        qCInfo(lcRequests) << "the copy was not of the documented shape; not stored";
        return;
    }
    if (!information->isEmpty())
        files->append({QStringLiteral("access_information.json"),
                       QJsonDocument(*information).toJson(QJsonDocument::Compact)});
    auto summary =
        Importer(m_vault).runData(request.retailerId,
                                  QStringLiteral("roer-request: ") + Requests::kindId(request.kind),
                                  *files);
    if (!summary) {
        qCWarning(lcRequests) << "the copy could not be stored, code" << int(summary.error().code);
        return;
    }
    const QByteArray sha = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
    if (auto r =
            RequestStore(m_vault).recordResult(request.id, summary->snapshotId, sha, *information);
        !r) {
        qCWarning(lcRequests) << "the copy was stored but not linked to its request";
        return;
    }
    qCInfo(lcRequests) << "copy of the data stored as a snapshot:" << summary->records << "records";
    if (auto indexed = SearchIndexer(m_vault).run(); !indexed)
        qCWarning(lcRequests) << "search index after a request result not built";
    emit requestChanged(request.id);
}
