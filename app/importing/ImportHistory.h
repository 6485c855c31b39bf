#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Vault;

// One import of a retailer's data (a snapshot), as the customer sees it in the list of imports.
struct ImportEntry
{
    qint64 snapshotId = 0;
    QDateTime importedAt;
    QString source;     // the imported file names, comma-separated
    qint64 records = 0; // records read from the files
    bool shown = false; // the newest: the one Overview and My data show
};

// The imports of a retailer, newest first, and a way to delete one. Roer always shows the
// newest import, so deleting a bad one (a wrong file, a broken export) brings back the one
// before it: one bad import never hides the customer's good data for good.
class ImportHistory
{
public:
    explicit ImportHistory(Vault &vault) : m_vault(vault) {}

    Result<QList<ImportEntry>> list(qint64 retailerId) const;
    // Deletes the import with its records, values, kept files and search index, in one
    // transaction (the snapshot_cleanup trigger removes the record rows). Waits for the search
    // indexer, which writes to the same records. NotFound when it is not this retailer's.
    Result<void> remove(qint64 retailerId, qint64 snapshotId);

private:
    Vault &m_vault;
};
