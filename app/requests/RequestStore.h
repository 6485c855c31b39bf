#pragma once

#include "RequestAnswer.h"
#include "RequestDetails.h"
#include "RequestEvent.h"
#include "Requester.h"
#include "RightsRequest.h"
#include "core/Result.h"

#include <QList>

#include <optional>

class Vault;

// The customer's rights requests in the vault. Every change is one VaultTransaction that
// writes the request, its history event and (for a retailer with the API) the outbox entry
// together, before anything is sent: a request the customer made is never lost.
class RequestStore
{
public:
    struct NewRequest
    {
        qint64 retailerId = 0;
        Requests::Kind kind = Requests::Kind::Access;
        RequestDetails details;
        QString language = QStringLiteral("en"); // of the letter
        QString method = QStringLiteral("roer-app");
        bool byLetter = false; // a letter even when the retailer has the Roer API
    };

    explicit RequestStore(Vault &vault) : m_vault(vault) {}

    Result<RightsRequest> create(const NewRequest &request);
    // By id, or by the first characters of the id (at least 6, unique).
    Result<RightsRequest> find(const QString &idOrPrefix);
    // Newest first; all retailers when retailerId is 0.
    Result<QList<RightsRequest>> list(qint64 retailerId = 0);
    Result<QList<RequestEvent>> history(const QString &requestId);

    // The customer sent the letter or e-mail on `on`. `letterSha256`: of the text they sent.
    Result<RightsRequest> markSent(const QString &id, const QDate &on, Requests::SentBy by,
                                   const QByteArray &letterSha256 = {});
    // The retailer's API took the request (its 201 answer). Caller holds the transaction
    // (the outbox entry is confirmed with it).
    Result<RightsRequest> recordDelivered(const QString &id, const QDateTime &receivedAt,
                                          const QString &receiptId);
    // What the retailer answered (from the API, or typed in by the customer).
    Result<RightsRequest> recordAnswer(const QString &id, const RequestAnswer &answer);
    // Access/portability: the copy of the data was stored as snapshot `snapshotId`.
    Result<RightsRequest> recordResult(const QString &id, qint64 snapshotId,
                                       const QByteArray &sha256,
                                       const QJsonObject &accessInformation);
    Result<RightsRequest> recordReminderMade(const QString &id, const QByteArray &letterSha256);
    Result<RightsRequest> recordComplaintMade(const QString &id, const QByteArray &packSha256);
    Result<RightsRequest> cancel(const QString &id);

    Result<Requester> requester();
    Result<void> saveRequester(const Requester &requester);

private:
    // Writes the changed row and its event in one transaction (or the caller's, `inCaller`).
    Result<RightsRequest> change(const RightsRequest &updated, RequestEvent event,
                                 bool inCaller = false);
    Result<void> writeRow(const RightsRequest &request, bool insert);
    Result<void> withdrawEveryConsent(const RightsRequest &request);
    static RequestEvent eventFor(const RightsRequest &request, const char *what);

    Vault &m_vault;
};
