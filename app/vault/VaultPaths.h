#pragma once

#include <QString>

// Where a vault's files live. A vault is a folder with the encrypted database and its
// small plaintext descriptor.
namespace VaultPaths {
// The per-user data folder the GUI uses unless told otherwise.
QString defaultDirectory();
QString databaseFile(const QString &directory);
QString descriptorFile(const QString &directory);
// A SQLCipher 3 file kept after its one-time upgrade to SQLCipher 4.
QString upgradeBackupFile(const QString &directory);
QString upgradeTempFile(const QString &directory);
} // namespace VaultPaths
