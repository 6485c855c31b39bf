#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>

class Vault;

// A SHA-256 over everything a vault file holds: the schema, user_version and every row of
// every table, in storage order. Two files with the same digest hold the same data, whatever
// their encryption settings: the cipher upgrade compares the old and the new file with it
// before it swaps them.
namespace VaultDigest {
Result<QByteArray> of(Vault &vault);
// Only the rows of these tables (no schema): the same data after later migrations added
// tables of their own.
Result<QByteArray> ofTables(Vault &vault, const QList<QByteArray> &tables);
// The vault's real tables, by name.
Result<QList<QByteArray>> tables(Vault &vault);
} // namespace VaultDigest
