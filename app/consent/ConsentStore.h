#pragma once

#include "ConsentDecision.h"
#include "ConsentRecord.h"
#include "RetailerInfo.h"
#include "RetailerPurpose.h"
#include "core/Result.h"

#include <QList>

#include <optional>

class Vault;

// Purposes, decisions and the consent record history in the vault. decide() is the one
// place a decision is made: the record, the current decision and (for a retailer with an
// API) the outbox entry are written in ONE VaultTransaction, before anything is sent.
class ConsentStore
{
public:
    explicit ConsentStore(Vault &vault) : m_vault(vault) {}

    Result<RetailerInfo> retailer(qint64 id);
    Result<RetailerInfo> retailerByName(const QString &name);

    // Replaces the stored purposes of a retailer with what it reported just now.
    Result<void> savePurposes(qint64 retailerId, const QList<RetailerPurpose> &purposes);
    Result<QList<RetailerPurpose>> purposes(qint64 retailerId);
    Result<std::optional<RetailerPurpose>> purpose(qint64 retailerId, const QString &purposeId);

    // inCaller: the caller holds the VaultTransaction (a rights request that withdraws every
    // consent commits the withdrawals with the request).
    Result<ConsentRecord> decide(const DecisionRequest &request, bool inCaller = false);

    Result<QList<ConsentDecision>> decisions(qint64 retailerId);
    Result<std::optional<ConsentDecision>> decision(qint64 retailerId, const QString &purposeId);
    // Oldest first; all retailers when retailerId is 0.
    Result<QList<ConsentRecord>> history(qint64 retailerId);

    // The customer sent the letter or e-mail themselves on `when`.
    Result<void> markLetterSent(qint64 retailerId, const QString &purposeId, const QDateTime &when);

private:
    Vault &m_vault;
};
