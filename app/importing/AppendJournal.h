#pragma once

#include <QByteArray>

struct sqlite3;

// For a transaction that mostly appends (an import, a search index run): switches the vault
// from WAL to a rollback journal while it lives. In WAL mode every page is written twice (to
// the WAL, then by the checkpoint into the vault file); with a rollback journal, pages added
// past the old end of the file are not journaled at all, so they are written once. Still one
// atomic transaction (a hot journal rolls back a crash; it holds encrypted pages only).
// Switching needs the connection to itself: when it cannot switch (another connection or an
// unfinished statement), the work simply stays in WAL mode.
class AppendJournal
{
public:
    explicit AppendJournal(sqlite3 *db);
    ~AppendJournal();
    AppendJournal(const AppendJournal &) = delete;
    AppendJournal &operator=(const AppendJournal &) = delete;

private:
    QByteArray mode(const char *sql);
    sqlite3 *m_db;
    bool m_switched = false;
};
