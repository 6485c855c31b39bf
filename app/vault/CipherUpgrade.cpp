#include "CipherUpgrade.h"

#include "Vault.h"
#include "VaultDigest.h"
#include "VaultPaths.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

Error upgradeFailed()
{
    return Error::make(
        ErrorCode::Generic,
        QCoreApplication::translate("Vault",
                                    "Roer could not update the encryption of your vault. "
                                    "Your vault is unchanged."));
}

bool exists(const QString &file)
{
    return QFile::exists(file);
}

// A database file and what SQLite may have left beside it.
void removeWithSidecars(const QString &file)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(file + QLatin1String(suffix));
}

// On POSIX systems a rename survives a power cut only once the folder is written too.
void syncFolder(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory)
#endif
}

CipherSettings linkedSettings()
{
    return CipherSettings::forLibraryMajor(Vault::linkedCipherMajor());
}

Result<void> saveUpgradedDescriptor(VaultDescriptor d, const QString &directory)
{
    d.cipher = linkedSettings();
    return d.save(directory);
}

// Exports the open 3.x vault into `target` with the linked library's own defaults.
Result<void> exportTo(Vault &old, const QString &target, const SecureBytes &key)
{
    const SecureBytes hex = key.toHex();
    SecureBytes raw(hex.size() + 3);
    raw.data()[0] = 'x';
    raw.data()[1] = '\'';
    std::copy(hex.data(), hex.data() + hex.size(), raw.data() + 2);
    raw.data()[raw.size() - 1] = '\'';

    // ATTACH opens with the flags of the vault's own connection, and that one never creates a
    // file (a failed open must not make a vault). SQLite 3.15 (SQLCipher 3.4) created it all
    // the same; the SQLite in SQLCipher 4.6 does not. So the empty file is made here, for the
    // owner only, and only if it is not there (a leftover was removed before this).
    {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return upgradeFailed();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    SqlStatement attach = old.prepare("ATTACH DATABASE ?1 AS upgraded KEY ?2");
    attach.bind(1, target);
    attach.bindText(2, QByteArray::fromRawData(raw.constChar(), qsizetype(raw.size())));
    if (auto r = attach.exec(); !r)
        return r;
    const QByteArray version = QByteArray::number(old.schemaVersion());
    const QByteArray setVersion = "PRAGMA upgraded.user_version = " + version;
    for (const char *sql :
         {"PRAGMA upgraded.cipher_compatibility = 4", "PRAGMA upgraded.cipher_page_size = 4096",
          "SELECT sqlcipher_export('upgraded')", setVersion.constData(),
          "DETACH DATABASE upgraded"}) {
        if (auto r = old.exec(sql); !r)
            return r;
    }
    return {};
}

// Steps 1 and 2: the new file next to the old one, holding exactly the same data.
Result<void> exportAndVerify(const QString &directory, const SecureBytes &key,
                             const VaultDescriptor &descriptor)
{
    const QString db = VaultPaths::databaseFile(directory);
    const QString temp = VaultPaths::upgradeTempFile(directory);
    QByteArray digest;
    {
        auto old = Vault::openAsIs(directory, db, key, descriptor.cipher, descriptor.keyCheck);
        if (!old)
            return old.error(); // a wrong key or a damaged file says so, as at any unlock
        auto d = VaultDigest::of(**old);
        if (!d)
            return upgradeFailed();
        digest = *d;
        if (auto r = exportTo(**old, temp, key); !r) {
            qCWarning(lcVault) << "cipher upgrade: the export failed";
            return upgradeFailed();
        }
    }
    // Closing the last connection put the write-ahead log back into the file. A log that is
    // still there belongs to another Roer that has the vault open: the file cannot move now.
    if (exists(db + QLatin1String("-wal"))) {
        qCWarning(lcVault) << "cipher upgrade: the vault is open elsewhere";
        return upgradeFailed();
    }
    auto upgraded = Vault::openAsIs(directory, temp, key, linkedSettings(), descriptor.keyCheck);
    if (!upgraded)
        return upgradeFailed();
    auto d = VaultDigest::of(**upgraded);
    if (!d || *d != digest) {
        qCWarning(lcVault) << "cipher upgrade: the new file differs from the old one";
        return upgradeFailed();
    }
    return {};
}

// An interrupted upgrade that had already swapped the files: vault.db is the new file.
Result<void> resumeAfterSwap(const QString &directory, const SecureBytes &key,
                             const VaultDescriptor &descriptor)
{
    const QString db = VaultPaths::databaseFile(directory);
    const QString temp = VaultPaths::upgradeTempFile(directory);
    if (!exists(db)) {
        // Stopped between the two renames of step 3; the new file was verified before them.
        if (!QFile::rename(temp, db))
            return upgradeFailed();
        syncFolder(directory);
    }
    if (!Vault::openAsIs(directory, db, key, linkedSettings(), descriptor.keyCheck))
        return upgradeFailed(); // the backup stays, so nothing is lost
    return saveUpgradedDescriptor(descriptor, directory);
}

} // namespace

namespace CipherUpgrade {

Result<void> runIfNeeded(const QString &directory, const SecureBytes &key,
                         const VaultDescriptor &descriptor)
{
    const QString db = VaultPaths::databaseFile(directory);
    const QString temp = VaultPaths::upgradeTempFile(directory);
    const QString backup = VaultPaths::upgradeBackupFile(directory);
    const bool recordedOld = descriptor.cipher.libraryMajor < 4;

    if (Vault::linkedCipherMajor() < 4) {
        // A 3.x build cannot read a 4.x file. Until vault.json records the new settings, the
        // backup is the complete old vault: put it back.
        if (recordedOld && exists(backup)) {
            removeWithSidecars(db);
            if (!QFile::rename(backup, db))
                return upgradeFailed();
            syncFolder(directory);
        }
        if (recordedOld)
            removeWithSidecars(temp);
        return {};
    }
    if (!recordedOld)
        return {}; // upgraded already; finish() removes a backup that is left

    if (exists(backup)) {
        if (exists(db) || exists(temp))
            return resumeAfterSwap(directory, key, descriptor);
        // Only the backup is left (a file was removed by hand): it is the old vault.
        if (!QFile::rename(backup, db))
            return upgradeFailed();
    }
    removeWithSidecars(temp); // a half export of an interrupted run; never the vault itself
    if (auto r = exportAndVerify(directory, key, descriptor); !r) {
        removeWithSidecars(temp);
        return r;
    }
    if (!QFile::rename(db, backup)) {
        removeWithSidecars(temp);
        return upgradeFailed();
    }
    if (!QFile::rename(temp, db)) {
        QFile::rename(backup, db);
        removeWithSidecars(temp);
        return upgradeFailed();
    }
    syncFolder(directory);
    qCInfo(lcVault) << "vault upgraded to SQLCipher" << Vault::linkedCipherMajor();
    return saveUpgradedDescriptor(descriptor, directory);
}

void finish(const QString &directory, const VaultDescriptor &descriptor)
{
    if (Vault::linkedCipherMajor() < 4 || descriptor.cipher.libraryMajor < 4)
        return;
    const QString backup = VaultPaths::upgradeBackupFile(directory);
    if (exists(backup)) {
        removeWithSidecars(backup);
        qCInfo(lcVault) << "cipher upgrade verified; the old file is removed";
    }
}

} // namespace CipherUpgrade
