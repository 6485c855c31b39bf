#pragma once

#include "RequestEvent.h"
#include "core/Result.h"

#include <QList>

class Vault;

// The hash-chained history of rights requests (table request_event). append() runs inside the
// caller's VaultTransaction, with the change it records: a fact and its record commit together.
class RequestHistory
{
public:
    explicit RequestHistory(Vault &vault) : m_vault(vault) {}

    // Fills in event id, previous event, hashes; time defaults to now. Caller holds the
    // transaction. Returns the stored event.
    Result<RequestEvent> append(RequestEvent event);
    // Oldest first.
    Result<QList<RequestEvent>> ofRequest(const QString &requestId);
    // All retailers when retailerId is 0.
    Result<QList<RequestEvent>> ofRetailer(qint64 retailerId);

private:
    Vault &m_vault;
};
