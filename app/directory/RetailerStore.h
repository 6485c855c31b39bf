#pragma once

#include "Retailer.h"
#include "core/Result.h"

#include <QList>

#include <optional>

class Vault;

// Add, rename, remove and list the customer's retailers. Removing a retailer deletes every
// snapshot and field of it in the same transaction (ON DELETE CASCADE and triggers).
class RetailerStore
{
public:
    explicit RetailerStore(Vault &vault);

    // `retailer.id` and `createdAt` are filled in; the name must be new (case-insensitive).
    Result<qint64> add(const Retailer &retailer);
    Result<void> rename(qint64 id, const QString &newName);
    Result<void> update(const Retailer &retailer);
    Result<void> remove(qint64 id);
    Result<QList<Retailer>> list() const;
    Result<std::optional<Retailer>> find(qint64 id) const;
    Result<std::optional<Retailer>> findByName(const QString &name) const;

private:
    static Result<void> checkName(const QString &name);
    Vault &m_vault;
};
