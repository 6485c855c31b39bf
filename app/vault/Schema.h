#pragma once

#include "core/Result.h"

class Vault;
struct sqlite3;

// The vault's schema as numbered migrations (PRAGMA user_version). Each migration runs in
// its own transaction together with the version bump, so a crash leaves the schema at a
// whole version. SQL is written for SQLite 3.15 (SQLCipher 3.4.1): no UPSERT, RETURNING,
// JSON1, window functions or STRICT tables.
namespace Schema {
int latestVersion();
Result<void> migrate(Vault &vault);
// The same on a bare connection (the benchmark's unkeyed baseline database).
Result<void> migrate(sqlite3 *db);
// Test seam: migrate() stops after `version` (0 = no limit), so a test can build a vault at
// an older schema, fill it by hand and check the next migration keeps its data.
void setMaxVersionForTests(int version);
} // namespace Schema
