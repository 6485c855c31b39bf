#include "Schema.h"

#include "Vault.h"
#include "core/Logging.h"
#include "importing/FieldTableConversion.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace {

struct Migration
{
    int version;
    const char *sql;
    // Runs after `sql`, in the same transaction, for what SQL alone cannot do.
    Result<void> (*step)(sqlite3 *db) = nullptr;
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
    {2, R"sql(
-- Imported snapshots (issue 3). The record and field rows of one snapshot get one contiguous
-- id range and are deleted by range from a trigger: a per-row foreign key index would cost
-- every insert, and the insert cost per row is what limits import speed.
CREATE TABLE snapshot (
    id              INTEGER PRIMARY KEY,
    retailer_id     INTEGER NOT NULL REFERENCES retailer(id) ON DELETE CASCADE,
    imported_at     TEXT NOT NULL,
    source          TEXT NOT NULL,
    content_sha256  TEXT NOT NULL,
    record_count    INTEGER NOT NULL DEFAULT 0,
    field_count     INTEGER NOT NULL DEFAULT 0,
    first_record_id INTEGER NOT NULL DEFAULT 0,
    last_record_id  INTEGER NOT NULL DEFAULT -1,
    first_field_id  INTEGER NOT NULL DEFAULT 0,
    last_field_id   INTEGER NOT NULL DEFAULT -1,
    messages        TEXT
);
CREATE INDEX snapshot_by_retailer ON snapshot(retailer_id, id);
CREATE TABLE snapshot_source (
    id          INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL
);
CREATE INDEX snapshot_source_by_snapshot ON snapshot_source(snapshot_id);
CREATE TABLE data_file (
    id              INTEGER PRIMARY KEY,
    snapshot_id     INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
    path            TEXT NOT NULL,
    format          TEXT NOT NULL,
    record_count    INTEGER NOT NULL DEFAULT 0,
    first_record_id INTEGER NOT NULL DEFAULT 0,
    last_record_id  INTEGER NOT NULL DEFAULT -1,
    added           INTEGER,
    removed         INTEGER,
    changed         INTEGER
);
CREATE INDEX data_file_by_snapshot ON data_file(snapshot_id);
-- Field paths are stable per retailer across imports; explanations attach to them.
CREATE TABLE field_path (
    id          INTEGER PRIMARY KEY,
    retailer_id INTEGER NOT NULL REFERENCES retailer(id) ON DELETE CASCADE,
    data_file   TEXT NOT NULL,
    path        TEXT NOT NULL,
    UNIQUE (retailer_id, path)
);
CREATE TABLE record (
    id           INTEGER PRIMARY KEY,
    data_file_id INTEGER NOT NULL,
    fingerprint  INTEGER NOT NULL,
    key_hash     INTEGER NOT NULL
);
CREATE TABLE field (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL,
    field_path_id INTEGER NOT NULL,
    type          INTEGER NOT NULL,
    raw           TEXT,
    normalised    TEXT
);
-- Only text values (type 1) are indexed: numbers and dates are not searched as words.
CREATE VIRTUAL TABLE field_fts USING fts4(content="field", raw, tokenize=unicode61);
CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    content     BLOB
);
CREATE INDEX attachment_by_snapshot ON attachment(snapshot_id);
CREATE TRIGGER snapshot_cleanup AFTER DELETE ON snapshot BEGIN
    DELETE FROM field_fts WHERE docid IN (SELECT id FROM field
        WHERE id BETWEEN old.first_field_id AND old.last_field_id AND type = 1);
    DELETE FROM field WHERE id BETWEEN old.first_field_id AND old.last_field_id;
    DELETE FROM record WHERE id BETWEEN old.first_record_id AND old.last_record_id;
END;
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
    // 5: import speed (issue 3). One row per record with its fields in a blob (RecordBlob),
    // a per-snapshot per-field-path summary for SnapshotStore::fields(), and the search index
    // built after the import commit (SearchIndexer: one FTS4 document per record, text values
    // only, resumable through snapshot.indexed_through). The step converts schema 4 data and
    // drops `field` and `field_fts`; record and index rows still go by the snapshot's record id
    // range (the new snapshot_cleanup trigger).
    {5, R"sql(
ALTER TABLE record ADD COLUMN fields BLOB;
ALTER TABLE snapshot ADD COLUMN indexed_through INTEGER NOT NULL DEFAULT 0;
CREATE TABLE field_summary (
    snapshot_id   INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
    field_path_id INTEGER NOT NULL,
    value_count   INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, field_path_id)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE record_fts USING fts4(text, tokenize=unicode61, matchinfo=fts3);
)sql",
     &FieldTableConversion::run},
    // 7: rights requests (issue 9): the requests, their hash-chained history (same chain rules
    // as consent_record, per retailer), the outbox of requests for retailers with the API, and
    // the customer's own details for letters (one row, entered once).
    {7, R"sql(
CREATE TABLE requester (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    name                TEXT NOT NULL DEFAULT '',
    address             TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    updated_at          TEXT NOT NULL
);
CREATE TABLE rights_request (
    id                  TEXT PRIMARY KEY,
    retailer_id         INTEGER NOT NULL REFERENCES retailer(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL,
    delivery            TEXT NOT NULL,
    language            TEXT NOT NULL,
    details             TEXT NOT NULL,
    status              TEXT NOT NULL,
    reason              TEXT,
    created_at          TEXT NOT NULL,
    sent_on             TEXT,
    sent_by             TEXT,
    received_on         TEXT,
    due_on              TEXT,
    extended_due_on     TEXT,
    extension_notice_on TEXT,
    closed_at           TEXT,
    result_snapshot_id  INTEGER,
    access_information  TEXT,
    letter_made_at      TEXT,
    reminder_made_at    TEXT,
    complaint_made_at   TEXT,
    last_event_id       TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX rights_request_by_retailer ON rights_request(retailer_id, created_at);
CREATE TABLE request_event (
    seq                 INTEGER PRIMARY KEY,
    event_id            TEXT NOT NULL UNIQUE,
    request_id          TEXT NOT NULL,
    retailer_id         INTEGER NOT NULL REFERENCES retailer(id) ON DELETE CASCADE,
    canonical           TEXT NOT NULL,
    previous_hash       TEXT NOT NULL,
    hash                TEXT NOT NULL
);
CREATE INDEX request_event_by_retailer ON request_event(retailer_id, seq);
CREATE INDEX request_event_by_request ON request_event(request_id, seq);
CREATE TRIGGER request_event_append_only BEFORE UPDATE ON request_event
BEGIN SELECT RAISE(ABORT, 'request events are append-only'); END;
CREATE TABLE request_outbox (
    id                  INTEGER PRIMARY KEY,
    request_id          TEXT NOT NULL UNIQUE REFERENCES rights_request(id) ON DELETE CASCADE,
    retailer_id         INTEGER NOT NULL REFERENCES retailer(id) ON DELETE CASCADE,
    idempotency_key     TEXT NOT NULL UNIQUE,
    payload             TEXT NOT NULL,
    status              TEXT NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms     INTEGER NOT NULL,
    created_ms          INTEGER NOT NULL,
    updated_ms          INTEGER NOT NULL,
    http_status         INTEGER,
    problem             TEXT,
    answer              TEXT
);
CREATE INDEX request_outbox_due ON request_outbox(status, next_attempt_ms);
)sql"},
};

} // namespace

namespace Schema {

namespace {
int g_maxVersion = 0;
}

void setMaxVersionForTests(int version)
{
    g_maxVersion = version;
}

int latestVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

Result<void> migrate(Vault &vault)
{
    return migrate(vault.handle());
}

Result<void> migrate(sqlite3 *db)
{
    int current = 0;
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_ROW)
            current = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    if (current > latestVersion())
        return Error::make(
            ErrorCode::UnsupportedFormat,
            QCoreApplication::translate(
                "Vault", "This vault was made by a newer version of Roer. Please update Roer."));
    for (const Migration &m : kMigrations) {
        if (m.version <= current)
            continue;
        if (g_maxVersion > 0 && m.version > g_maxVersion)
            break;
        // user_version lives in the database header, so it commits or rolls back with the rest.
        const QByteArray sql = QByteArray("BEGIN IMMEDIATE;\n") + m.sql;
        const QByteArray end =
            "PRAGMA user_version = " + QByteArray::number(m.version) + ";\nCOMMIT;";
        char *message = nullptr;
        bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK;
        if (ok && m.step)
            ok = bool(m.step(db));
        if (ok)
            ok = sqlite3_exec(db, end.constData(), nullptr, nullptr, &message) == SQLITE_OK;
        if (!ok) {
            qCCritical(lcVault) << "migration" << m.version
                                << "failed:" << (message ? message : "");
            sqlite3_free(message);
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return Error::make(ErrorCode::Generic,
                               QCoreApplication::translate("Vault",
                                                           "Roer could not update the vault."));
        }
        qCInfo(lcVault) << "applied migration" << m.version;
    }
    return {};
}

} // namespace Schema
