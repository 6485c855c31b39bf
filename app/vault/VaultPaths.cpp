#include "VaultPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace VaultPaths {

QString defaultDirectory()
{
    // <data>/Roer/vault. AppLocalDataLocation adds both the organisation and the application
    // name, both "Roer": that made .../Roer/Roer/vault (issue 15). A vault an earlier version
    // made there is still the one used: a customer's vault is never left behind for a new one.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString current = QDir(data).filePath(QStringLiteral("Roer/vault"));
    const QString earlier =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(QStringLiteral("vault"));
    if (!QFileInfo::exists(databaseFile(current)) && QFileInfo::exists(databaseFile(earlier)))
        return earlier;
    return current;
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
