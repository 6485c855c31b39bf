#include "Schema.h"

#include "Vault.h"
#include "core/Logging.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace {

struct Migration
{
    int version;
    const char *sql;
};

// Append only. Never edit a migration that has shipped; add a new one.
const Migration kMigrations[] = {
    {1, R"sql(
CREATE TABLE app_setting (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE retailer (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    website        TEXT,
    privacy_email  TEXT,
    postal_address TEXT,
    api_base       TEXT,
    directory_id   TEXT,
    created_at     TEXT NOT NULL
);
)sql"},
    // 3: explain — the customer's own category for a retailer's field, used on every import.
    {3, R"sql(
CREATE TABLE field_correction (
    retailer_id  INTEGER NOT NULL REFERENCES retailer(id) ON DELETE CASCADE,
    data_file    TEXT NOT NULL,
    field_path   TEXT NOT NULL,
    category     TEXT NOT NULL,
    corrected_at TEXT NOT NULL,
    PRIMARY KEY (retailer_id, data_file, field_path)
);
)sql"},
};

} // namespace

namespace Schema {

int latestVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

Result<void> migrate(Vault &vault)
{
    const int current = vault.schemaVersion();
    if (current > latestVersion())
        return Error::make(ErrorCode::UnsupportedFormat,
                           QCoreApplication::translate(
                               "Vault", "This vault was made by a newer version of Roer. Please update Roer."));
    for (const Migration &m : kMigrations) {
        if (m.version <= current)
            continue;
        // user_version lives in the database header, so it commits or rolls back with the rest.
        const QByteArray sql = QByteArray("BEGIN IMMEDIATE;\n") + m.sql
            + "\nPRAGMA user_version = " + QByteArray::number(m.version) + ";\nCOMMIT;";
        char *message = nullptr;
        if (sqlite3_exec(vault.handle(), sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            qCCritical(lcVault) << "migration" << m.version << "failed:" << message;
            sqlite3_free(message);
            sqlite3_exec(vault.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            return Error::make(ErrorCode::Generic,
                               QCoreApplication::translate("Vault", "Roer could not update the vault."));
        }
        qCInfo(lcVault) << "applied migration" << m.version;
    }
    return {};
}

} // namespace Schema
