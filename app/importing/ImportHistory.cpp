#include "ImportHistory.h"

#include "SearchIndexer.h"
#include "core/Logging.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QCoreApplication>

Result<QList<ImportEntry>> ImportHistory::list(qint64 retailerId) const
{
    auto st = m_vault.prepare("SELECT id, imported_at, source, record_count FROM snapshot "
                              "WHERE retailer_id = ? ORDER BY id DESC");
    st.bind(1, retailerId);
    auto entries = st.collect<ImportEntry>([](const SqlStatement &r) {
        return ImportEntry{r.int64(0), QDateTime::fromString(r.text(1), Qt::ISODateWithMs),
                           r.text(2), r.int64(3), false};
    });
    if (entries && !entries->isEmpty())
        entries->first().shown = true;
    return entries;
}

Result<void> ImportHistory::remove(qint64 retailerId, qint64 snapshotId)
{
    const VaultWriterGate gate;
    VaultTransaction tx(m_vault);
    if (!tx.begun())
        return tx.begun().error();
    auto del = m_vault.prepare("DELETE FROM snapshot WHERE id = ? AND retailer_id = ?");
    del.bind(1, snapshotId).bind(2, retailerId);
    if (auto r = del.exec(); !r)
        return r.error();
    if (m_vault.changes() != 1)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("Import", "This import is already gone."));
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcImport) << "import deleted";
    return {};
}
