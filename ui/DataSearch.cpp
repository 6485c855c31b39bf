#include "DataSearch.h"

#include "importing/SnapshotStore.h"
#include "vault/Vault.h"

DataSearch::DataSearch(Vault &vault) : m_vault(vault) {}

Result<QList<DataSearch::Hit>> DataSearch::run(const QString &query, int limit) const
{
    // Older snapshots hold the same values again; ask for more and keep the latest ones.
    Result<QList<qint64>> ids = SnapshotStore(m_vault).search(query, limit * 4);
    if (!ids)
        return ids.error();
    auto st = m_vault.prepare(
        "SELECT f.id, r.id, r.name, p.data_file, p.path, f.raw FROM field f "
        "JOIN field_path p ON p.id = f.field_path_id JOIN retailer r ON r.id = p.retailer_id "
        "JOIN snapshot s ON s.id = (SELECT max(id) FROM snapshot WHERE retailer_id = r.id) "
        "WHERE f.id = ? AND f.id BETWEEN s.first_field_id AND s.last_field_id");
    QList<Hit> hits;
    for (const qint64 id : *ids) {
        if (hits.size() >= limit)
            break;
        st.reset();
        st.bind(1, id);
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        hits.append({st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    }
    return hits;
}
