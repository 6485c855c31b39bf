#include "VaultPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace VaultPaths {

QString defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("vault"));
}

QString databaseFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("vault.db"));
}

QString descriptorFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("vault.json"));
}

QString upgradeBackupFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("vault.sqlcipher3.db"));
}

QString upgradeTempFile(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("vault.upgrading.db"));
}

} // namespace VaultPaths
