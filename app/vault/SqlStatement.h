#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the vault connection. Errors (also a failed prepare) surface as
// a Result from step()/exec(). Bound values are never logged.
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const char *sql);
    ~SqlStatement();
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&) = delete;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Parameters are numbered from 1, as in SQLite.
    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqlStatement &bind(int index, double value);
    SqlStatement &bind(int index, const QString &text); // a null QString binds NULL
    SqlStatement &bindText(int index, const QByteArray &utf8);
    SqlStatement &bindBlob(int index, const QByteArray &blob);
    SqlStatement &bindNull(int index);

    // true: a row is ready to read; false: done.
    Result<bool> step();
    // Runs to completion, ignoring rows.
    Result<void> exec();
    // Runs to completion and returns every row, each turned into a T by `readRow(*this)`.
    template<typename T, typename ReadRow>
    Result<QList<T>> collect(ReadRow readRow)
    {
        QList<T> out;
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return out;
            out.append(readRow(*this));
        }
    }
    // Ready to run again with new bindings.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;
    QByteArray blob(int column) const;
    // No copy: valid until the next step(), reset() or destruction.
    QByteArrayView blobView(int column) const;

private:
    Error error(int rc) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareRc = 0;
};
