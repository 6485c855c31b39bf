#include "VaultTransaction.h"

#include "Vault.h"

VaultTransaction::VaultTransaction(Vault &vault) : m_vault(vault)
{
    m_begun = m_vault.exec("BEGIN IMMEDIATE");
    m_open = m_begun.ok();
}

VaultTransaction::~VaultTransaction()
{
    if (m_open)
        (void)m_vault.exec("ROLLBACK");
}

Result<void> VaultTransaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Result<void>() : m_begun;
    auto r = m_vault.exec("COMMIT");
    if (r)
        m_open = false;
    return r;
}
