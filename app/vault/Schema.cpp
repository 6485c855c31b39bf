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
    // 4: consents (purposes as fetched, current decisions, hash-chained records, outbox).
    {4, R"sql(
CREATE TABLE consent_purpose (
    retailer_id         INTEGER NOT NULL REFERENCES retailer(id) ON DELETE CASCADE,
    purpose_id          TEXT NOT NULL,
    definition          TEXT NOT NULL,
    fetched_at          TEXT NOT NULL,
    PRIMARY KEY (retailer_id, purpose_id)
);
CREATE TABLE consent_record (
    seq                 INTEGER PRIMARY KEY,
    record_id           TEXT NOT NULL UNIQUE,
    retailer_id         INTEGER NOT NULL REFERENCES retailer(id) ON DELETE CASCADE,
    purpose_id          TEXT NOT NULL,
    canonical           TEXT NOT NULL,
    previous_hash       TEXT NOT NULL,
    hash                TEXT NOT NULL
);
CREATE INDEX consent_record_by_purpose ON consent_record(retailer_id, purpose_id, seq);
CREATE INDEX consent_record_by_retailer ON consent_record(retailer_id, seq);
CREATE TRIGGER consent_record_append_only BEFORE UPDATE ON consent_record
BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;
CREATE TABLE consent_decision (
    retailer_id         INTEGER NOT NULL REFERENCES retailer(id) ON DELETE CASCADE,
    purpose_id          TEXT NOT NULL,
    record_id           TEXT NOT NULL,
    state               TEXT NOT NULL,
    channels            TEXT NOT NULL,
    valid_until         TEXT,
    place               TEXT NOT NULL,
    while_using_app     INTEGER NOT NULL DEFAULT 0,
    decided_at          TEXT NOT NULL,
    delivery            TEXT NOT NULL,
    letter_sent_at      TEXT,
    PRIMARY KEY (retailer_id, purpose_id)
);
CREATE TABLE consent_outbox (
    id                  INTEGER PRIMARY KEY,
    record_id           TEXT NOT NULL UNIQUE,
    retailer_id         INTEGER NOT NULL REFERENCES retailer(id) ON DELETE CASCADE,
    purpose_id          TEXT NOT NULL,
    idempotency_key     TEXT NOT NULL UNIQUE,
    payload             TEXT NOT NULL,
    status              TEXT NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms     INTEGER NOT NULL,
    created_ms          INTEGER NOT NULL,
    updated_ms          INTEGER NOT NULL,
    http_status         INTEGER,
    problem             TEXT,
    receipt_id          TEXT,
    received_at         TEXT,
    receipt             TEXT
);
CREATE INDEX consent_outbox_due ON consent_outbox(status, next_attempt_ms);
-- Only pending entries, so "is an earlier one for this purpose still pending?" stays cheap
-- however long the outbox history grows.
CREATE INDEX consent_outbox_pending_pair ON consent_outbox(retailer_id, purpose_id, id)
    WHERE status IN ('waiting', 'sent');
CREATE TABLE consent_link (
    retailer_id         INTEGER PRIMARY KEY REFERENCES retailer(id) ON DELETE CASCADE,
    token_slot          TEXT NOT NULL UNIQUE,
    token_endpoint      TEXT NOT NULL,
    client_id           TEXT NOT NULL,
    linked_at           TEXT NOT NULL,
    scope               TEXT
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
