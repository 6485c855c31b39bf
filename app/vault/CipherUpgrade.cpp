#include "CipherUpgrade.h"

#include "Vault.h"
#include "VaultPaths.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>

namespace {

Error upgradeFailed()
{
    return Error::make(
        ErrorCode::Generic,
        QCoreApplication::translate("Vault",
                                    "Roer could not update the encryption of your vault. "
                                    "Your vault is unchanged."));
}

Result<void> saveUpgradedDescriptor(VaultDescriptor d, const QString &directory)
{
    d.cipher = CipherSettings::forLibraryMajor(Vault::linkedCipherMajor());
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

} // namespace

namespace CipherUpgrade {

Result<void> runIfNeeded(const QString &directory, const SecureBytes &key,
                         const VaultDescriptor &descriptor)
{
    const QString db = VaultPaths::databaseFile(directory);
    const QString temp = VaultPaths::upgradeTempFile(directory);
    const QString backup = VaultPaths::upgradeBackupFile(directory);
    const bool upgradeDue = Vault::linkedCipherMajor() >= 4 && descriptor.cipher.libraryMajor < 4;

    // An earlier upgrade was interrupted between its steps: finish it.
    if (!QFile::exists(db) && QFile::exists(backup) && QFile::exists(temp)) {
        if (!QFile::rename(temp, db))
            return upgradeFailed();
        return upgradeDue ? saveUpgradedDescriptor(descriptor, directory) : Result<void>();
    }
    if (!upgradeDue)
        return {};
    if (QFile::exists(backup)) // swapped, but the descriptor was not saved yet
        return saveUpgradedDescriptor(descriptor, directory);

    QFile::remove(temp); // a half export from an interrupted run; never the vault itself
    {
        auto old = Vault::open(directory, key, descriptor.cipher, descriptor.keyCheck);
        if (!old)
            return old.error();
        if (auto r = exportTo(**old, temp, key); !r) {
            QFile::remove(temp);
            return upgradeFailed();
        }
    }
    {
        // Verify the new file opens with the new settings before it replaces anything.
        VaultDescriptor check = descriptor;
        check.cipher = CipherSettings::forLibraryMajor(Vault::linkedCipherMajor());
        auto upgraded = Vault::openAt(directory, temp, key, check.cipher, check.keyCheck);
        if (!upgraded) {
            QFile::remove(temp);
            return upgradeFailed();
        }
    }
    if (!QFile::rename(db, backup) || !QFile::rename(temp, db))
        return upgradeFailed();
    qCInfo(lcVault) << "vault upgraded to SQLCipher" << Vault::linkedCipherMajor();
    return saveUpgradedDescriptor(descriptor, directory);
}

} // namespace CipherUpgrade
