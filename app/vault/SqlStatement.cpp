#include "SqlStatement.h"

#include "core/Logging.h"

#include <QCoreApplication>

#include <sqlite3.h>

SqlStatement::SqlStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    m_prepareRc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (m_prepareRc != SQLITE_OK)
        qCWarning(lcVault) << "prepare failed:" << sqlite3_errmsg(db) << "for" << sql;
}

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_prepareRc(other.m_prepareRc)
{
    other.m_stmt = nullptr;
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &text)
{
    if (text.isNull())
        return bindNull(index);
    return bindText(index, text.toUtf8());
}

SqlStatement &SqlStatement::bindText(int index, const QByteArray &utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement &SqlStatement::bindBlob(int index, const QByteArray &blob)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> SqlStatement::step()
{
    if (!m_stmt)
        return error(m_prepareRc);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return error(rc);
}

Result<void> SqlStatement::exec()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.error();
        if (!r.value())
            return {};
    }
}

void SqlStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

int SqlStatement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqlStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArray SqlStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArrayView SqlStatement::blobView(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

Error SqlStatement::error(int rc) const
{
    // The SQLite message names tables and constraints, never bound values.
    qCWarning(lcVault) << "statement failed:" << rc << sqlite3_errmsg(m_db);
    const int primary = rc & 0xff;
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        return Error::make(ErrorCode::VaultDamaged,
                           QCoreApplication::translate("Vault", "The vault file is damaged."));
    if (primary == SQLITE_FULL || primary == SQLITE_IOERR)
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate(
                               "Vault", "Roer could not write to the disk. Is the disk full?"));
    return Error::make(ErrorCode::Generic,
                       QCoreApplication::translate("Vault",
                                                   "The vault could not save this change."));
}
