#pragma once

#include "core/Result.h"

#include <functional>

class Vault;
struct sqlite3;

// Builds the FTS4 search index (record_fts, one document per record: its text values) for
// committed snapshots, outside the import transaction. Works in chunks, one short
// transaction each, and keeps a per-snapshot "indexed through" record id in the same
// transaction: after a cancel or a crash the index is consistent and the next run goes on
// where the last one stopped. Removing a snapshot removes its index rows (trigger).
class SearchIndexer
{
public:
    // Records per transaction: fewer, larger FTS4 segments (measured: 20,000 costs 15 % less
    // CPU than 5,000) while one chunk still commits in a fraction of a second.
    static constexpr qint64 kChunk = 20000;

    explicit SearchIndexer(Vault &vault);
    explicit SearchIndexer(sqlite3 *db);

    // Records of every snapshot that are not searchable yet.
    Result<qint64> pendingRecords() const;
    // Indexes at most `maxRecords` pending records in one transaction. Returns how many were
    // indexed: 0 = nothing was pending (or another writer holds the vault, see busy()).
    Result<qint64> step(qint64 maxRecords = kChunk);
    // Steps until nothing is pending. `progressed(done, total)` after each chunk; return false
    // to stop (what was indexed so far stays).
    Result<qint64> run(const std::function<bool(qint64 done, qint64 total)> &progressed = {},
                       qint64 chunk = kChunk);

    // One writer at a time on the shared vault connection: the import and the indexer take
    // this gate, so a background step on the GUI thread never interleaves with their
    // transaction on a worker thread.
    static bool tryEnterWriter();
    static void enterWriter(); // waits for the holder
    static void leaveWriter();

private:
    Result<qint64> stepLocked(qint64 maxRecords);
    sqlite3 *m_db;
};

// RAII for SearchIndexer's writer gate.
class VaultWriterGate
{
public:
    VaultWriterGate() { SearchIndexer::enterWriter(); }
    ~VaultWriterGate() { SearchIndexer::leaveWriter(); }
    VaultWriterGate(const VaultWriterGate &) = delete;
    VaultWriterGate &operator=(const VaultWriterGate &) = delete;
};
