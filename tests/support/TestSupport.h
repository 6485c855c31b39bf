#pragma once

#include <QByteArray>
#include <QString>

namespace TestSupport {
// Reads a whole file (test use only).
QByteArray readAll(const QString &path);
// Bytes of the vault database and its -wal and -shm files, for "no plaintext on disk" checks.
QByteArray vaultFilesBytes(const QString &directory);
} // namespace TestSupport
