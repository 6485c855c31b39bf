#include "SearchIndexer.h"

#include "RecordBlob.h"
#include "core/Logging.h"
#include "vault/SqlStatement.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QThread>

#include <sqlite3.h>

#include <atomic>

namespace {

std::atomic<bool> g_writer{false};

Error indexError(sqlite3 *db)
{
    qCWarning(lcImport) << "search index write failed:" << sqlite3_errmsg(db);
    return Error::make(
        ErrorCode::Generic,
        QCoreApplication::translate("Import", "Roer could not prepare the search over your data."));
}

// Rolls back unless committed.
class ChunkTransaction
{
public:
    explicit ChunkTransaction(sqlite3 *db) : m_db(db)
    {
        m_begun = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~ChunkTransaction()
    {
        if (m_begun && !m_done)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    bool begun() const { return m_begun; }
    bool commit()
    {
        m_done = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        return m_done;
    }

private:
    sqlite3 *m_db;
    bool m_begun = false;
    bool m_done = false;
};

} // namespace

SearchIndexer::SearchIndexer(Vault &vault) : m_db(vault.handle()) {}

SearchIndexer::SearchIndexer(sqlite3 *db) : m_db(db) {}

bool SearchIndexer::tryEnterWriter()
{
    bool expected = false;
    return g_writer.compare_exchange_strong(expected, true);
}

void SearchIndexer::enterWriter()
{
    // The GUI's background steps are short (a few hundred records), so this waits briefly.
    while (!tryEnterWriter())
        QThread::msleep(2);
}

void SearchIndexer::leaveWriter()
{
    g_writer.store(false);
}

Result<qint64> SearchIndexer::pendingRecords() const
{
    SqlStatement
        st(m_db,
           "SELECT coalesce(sum(last_record_id - max(indexed_through, first_record_id - 1)), 0) "
           "FROM snapshot WHERE indexed_through < last_record_id");
    auto row = st.step();
    if (!row)
        return row.error();
    return *row ? st.int64(0) : 0;
}

Result<qint64> SearchIndexer::step(qint64 maxRecords)
{
    if (!tryEnterWriter())
        return qint64(0);
    auto r = stepLocked(maxRecords);
    leaveWriter();
    return r;
}

Result<qint64> SearchIndexer::stepLocked(qint64 maxRecords)
{
    ChunkTransaction tx(m_db);
    if (!tx.begun())
        return indexError(m_db);
    SqlStatement
        next(m_db,
             "SELECT id, max(indexed_through + 1, first_record_id), last_record_id FROM snapshot "
             "WHERE indexed_through < last_record_id ORDER BY id LIMIT 1");
    SqlStatement
        records(m_db, "SELECT id, fields FROM record WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?");
    // OR REPLACE: indexing a record again (its mark reset, e.g. by a restored backup) replaces
    // its document instead of failing on the docid.
    SqlStatement insert(m_db, "INSERT OR REPLACE INTO record_fts (docid, text) VALUES (?, ?)");
    SqlStatement mark(m_db, "UPDATE snapshot SET indexed_through = ? WHERE id = ?");
    qint64 done = 0;
    QByteArray text;
    while (done < maxRecords) {
        next.reset();
        auto row = next.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 snapshot = next.int64(0), from = next.int64(1), last = next.int64(2);
        records.reset();
        records.bind(1, from).bind(2, last).bind(3, maxRecords - done);
        qint64 through = last; // a range without rows is done at once
        qint64 seen = 0;
        for (;;) {
            auto rec = records.step();
            if (!rec)
                return rec.error();
            if (!*rec)
                break;
            const qint64 id = records.int64(0);
            // Text values only: numbers and dates are not searched as words.
            text.resize(0);
            RecordBlob::Reader reader(records.blobView(1));
            RecordBlob::FieldView f;
            while (reader.next(f)) {
                if (f.type != ValueType::Text || f.raw.isEmpty())
                    continue;
                if (!text.isEmpty())
                    text.append('\n');
                text.append(f.raw.data(), f.raw.size());
            }
            if (!text.isEmpty()) {
                insert.reset();
                insert.bind(1, id).bindText(2, text);
                if (auto r = insert.exec(); !r)
                    return r.error();
            }
            through = id;
            ++seen;
        }
        if (seen == maxRecords - done && through < last)
            ; // budget used up inside this snapshot: the mark says where to go on
        else
            through = last;
        mark.reset();
        mark.bind(1, through).bind(2, snapshot);
        if (auto r = mark.exec(); !r)
            return r.error();
        done += qMax<qint64>(seen, 1);
    }
    if (!tx.commit())
        return indexError(m_db);
    return done;
}

Result<qint64> SearchIndexer::run(const std::function<bool(qint64, qint64)> &progressed,
                                  qint64 chunk)
{
    auto pending = pendingRecords();
    if (!pending)
        return pending.error();
    const qint64 total = *pending;
    if (total == 0)
        return qint64(0);
    qint64 done = 0;
    while (true) {
        enterWriter();
        auto r = stepLocked(chunk);
        leaveWriter();
        if (!r)
            return r.error();
        if (*r == 0)
            break;
        done += *r;
        if (progressed && !progressed(qMin(done, total), total))
            break;
    }
    if (done > 0)
        qCInfo(lcImport) << "search index: records indexed:" << done;
    return done;
}
