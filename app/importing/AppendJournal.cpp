#include "AppendJournal.h"

#include "core/Logging.h"

#include <sqlite3.h>

AppendJournal::AppendJournal(sqlite3 *db) : m_db(db)
{
    m_switched = mode("PRAGMA journal_mode = DELETE") == "delete";
}

AppendJournal::~AppendJournal()
{
    if (m_switched && mode("PRAGMA journal_mode = WAL") != "wal")
        qCWarning(lcImport) << "could not switch the vault back to WAL mode";
}

QByteArray AppendJournal::mode(const char *sql)
{
    sqlite3_stmt *st = nullptr;
    QByteArray out;
    if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        out = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
}
