#include "TestSupport.h"

#include "vault/VaultPaths.h"

#include <QFile>

namespace TestSupport {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray vaultFilesBytes(const QString &directory)
{
    const QString db = VaultPaths::databaseFile(directory);
    return readAll(db) + readAll(db + QStringLiteral("-wal"))
        + readAll(db + QStringLiteral("-shm"));
}

} // namespace TestSupport
