#pragma once

#include "core/Result.h"

class Vault;

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() succeeded.
// Everything a customer decides or imports is written inside one of these.
class VaultTransaction
{
public:
    explicit VaultTransaction(Vault &vault);
    ~VaultTransaction();
    VaultTransaction(const VaultTransaction &) = delete;
    VaultTransaction &operator=(const VaultTransaction &) = delete;

    // Whether BEGIN worked; check before writing.
    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();

private:
    Vault &m_vault;
    Result<void> m_begun;
    bool m_open = false;
};
