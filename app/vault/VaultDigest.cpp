#include "VaultDigest.h"

#include "Vault.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QtEndian>

#include <sqlite3.h>

namespace {

Error readFailed()
{
    return Error::make(ErrorCode::VaultDamaged, QStringLiteral("vault digest: read failed"));
}

void addInt(QCryptographicHash &hash, qint64 value)
{
    const qint64 le = qToLittleEndian(value);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&le), sizeof le));
}

void addBytes(QCryptographicHash &hash, const void *data, int size)
{
    addInt(hash, size);
    if (size > 0)
        hash.addData(QByteArrayView(static_cast<const char *>(data), size));
}

// Adds every row `sql` returns, each value with its type, so NULL, '' and 0 differ.
bool addRows(QCryptographicHash &hash, sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK) {
        sqlite3_finalize(st);
        return false;
    }
    const int columns = sqlite3_column_count(st);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            const int type = sqlite3_column_type(st, c);
            addInt(hash, type);
            switch (type) {
            case SQLITE_INTEGER: addInt(hash, sqlite3_column_int64(st, c)); break;
            case SQLITE_FLOAT: {
                const double d = sqlite3_column_double(st, c);
                addBytes(hash, &d, sizeof d);
                break;
            }
            case SQLITE_TEXT: {
                const unsigned char *text = sqlite3_column_text(st, c);
                addBytes(hash, text, sqlite3_column_bytes(st, c));
                break;
            }
            case SQLITE_BLOB: {
                const void *blob = sqlite3_column_blob(st, c);
                addBytes(hash, blob, sqlite3_column_bytes(st, c));
                break;
            }
            default: break; // NULL: the type says it all
            }
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

QByteArray quoted(const QByteArray &name)
{
    QByteArray q = name;
    q.replace('"', "\"\"");
    return '"' + q + '"';
}

} // namespace

namespace VaultDigest {

Result<QList<QByteArray>> tables(Vault &vault)
{
    // Virtual tables (rootpage 0) keep their rows in their shadow tables, which are listed.
    sqlite3_stmt *st = nullptr;
    QList<QByteArray> names;
    if (sqlite3_prepare_v2(vault.handle(),
                           "SELECT name FROM sqlite_master WHERE type = 'table'"
                           " AND coalesce(rootpage, 1) > 0 ORDER BY name",
                           -1, &st, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(st);
        return readFailed();
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        names.append(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)),
                                sqlite3_column_bytes(st, 0)));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return readFailed();
    return names;
}

Result<QByteArray> of(Vault &vault)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addInt(hash, vault.schemaVersion());
    if (!addRows(hash, vault.handle(),
                 "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"))
        return readFailed();
    auto names = tables(vault);
    if (!names)
        return names.error();
    auto rows = ofTables(vault, *names);
    if (!rows)
        return rows.error();
    hash.addData(*rows);
    return hash.result();
}

Result<QByteArray> ofTables(Vault &vault, const QList<QByteArray> &names)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &table : names) {
        hash.addData(table);
        if (!addRows(hash, vault.handle(), "SELECT * FROM " + quoted(table)))
            return readFailed();
    }
    return hash.result();
}

} // namespace VaultDigest
