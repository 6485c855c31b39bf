#include "VaultManager.h"

#include "CipherUpgrade.h"
#include "KeyWrap.h"
#include "KeychainStore.h"
#include "RecoveryCode.h"
#include "VaultPaths.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUuid>

namespace {

Error lockedError()
{
    return Error::make(ErrorCode::VaultLocked,
                       QCoreApplication::translate("VaultManager", "Unlock the vault first."));
}

Result<void> checkPassphrase(const QString &passphrase)
{
    if (passphrase.size() < VaultManager::kMinPassphraseLength)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate(
                               "VaultManager", "Choose a passphrase of at least %1 characters.")
                               .arg(VaultManager::kMinPassphraseLength));
    return {};
}

} // namespace

VaultManager::VaultManager(QString directory, QObject *parent)
    : QObject(parent), m_directory(std::move(directory)), m_keychain(new KeychainStore(this))
{
}

VaultManager::~VaultManager() = default;

VaultManager::State VaultManager::state() const
{
    if (m_vault)
        return State::Unlocked;
    if (QFile::exists(VaultPaths::databaseFile(m_directory))
        || QFile::exists(VaultPaths::descriptorFile(m_directory))
        || QFile::exists(VaultPaths::upgradeBackupFile(m_directory)))
        return State::Locked;
    return State::NoVault;
}

Result<VaultDescriptor> VaultManager::descriptor() const
{
    return VaultDescriptor::load(m_directory);
}

void VaultManager::setKeychainTimeoutMs(int ms)
{
    m_keychain->setTimeoutMs(ms);
}

void VaultManager::createWithKeychain(std::function<void(Result<QString>)> done)
{
    if (state() != State::NoVault)
        return done(
            Error::make(ErrorCode::AlreadyExists,
                        QCoreApplication::translate("VaultManager",
                                                    "There is already a vault in this folder.")));
    VaultDescriptor d;
    d.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.unlock = VaultDescriptor::Unlock::Keychain;
    auto key = std::make_shared<SecureBytes>(SecureBytes::random(Vault::kKeySize));
    // The key goes into the keychain first: a vault whose key was never stored is useless.
    m_keychain->write(d.vaultId, *key, [this, d, key, done](Result<void> stored) {
        if (!stored) {
            // A write that timed out may still land when the keychain wakes up: take it out
            // again then (this job queues behind it), so no key of a vault that was never made
            // stays behind.
            m_keychain->remove(d.vaultId, [](Result<void>) {});
            return done(Error::make(
                ErrorCode::KeychainUnavailable,
                QCoreApplication::translate("VaultManager",
                                            "Roer cannot use the password store of this computer. "
                                            "Choose a passphrase instead.")));
        }
        auto created = createVault(std::move(*key), d);
        if (!created)
            m_keychain->remove(d.vaultId, [](Result<void>) {});
        done(std::move(created));
    });
}

Result<QString> VaultManager::createWithPassphrase(const QString &passphrase)
{
    if (state() != State::NoVault)
        return Error::make(ErrorCode::AlreadyExists,
                           QCoreApplication::translate("VaultManager",
                                                       "There is already a vault in this folder."));
    if (auto r = checkPassphrase(passphrase); !r)
        return r.error();
    VaultDescriptor d;
    d.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.unlock = VaultDescriptor::Unlock::Passphrase;
    SecureBytes key = SecureBytes::random(Vault::kKeySize);
    auto wrapped = KeyWrap::wrap(key, passphrase, d.vaultId);
    if (!wrapped)
        return wrapped.error();
    d.passphraseWrap = *wrapped;
    return createVault(std::move(key), d);
}

Result<QString> VaultManager::createVault(SecureBytes key, VaultDescriptor d)
{
    const QString recoveryCode = RecoveryCode::generate();
    auto recoveryWrap = KeyWrap::wrap(key, recoveryCode, d.vaultId);
    if (!recoveryWrap)
        return recoveryWrap.error();
    d.recoveryWrap = *recoveryWrap;
    d.recoveryConfirmed = false;
    d.createdAt = QDateTime::currentDateTimeUtc();
    d.cipher = CipherSettings::forLibraryMajor(Vault::linkedCipherMajor());
    d.keyCheck = Vault::keyCheckFor(key);

    if (!QDir().mkpath(m_directory))
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("VaultManager",
                                                       "Roer cannot create the vault folder."));
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto vault = Vault::create(m_directory, key);
    if (!vault)
        return vault.error();
    if (auto saved = d.save(m_directory); !saved) {
        // We made this database file a moment ago and it holds nothing yet.
        vault->reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(VaultPaths::databaseFile(m_directory) + QLatin1String(suffix));
        return saved.error();
    }
    m_vault = std::move(*vault);
    m_key = std::move(key);
    qCInfo(lcVault) << "vault created, unlock by" << VaultDescriptor::unlockName(d.unlock);
    emit unlocked();
    return recoveryCode;
}

void VaultManager::unlockWithKeychain(std::function<void(Result<void>)> done)
{
    auto d = descriptor();
    if (!d)
        return done(d.error());
    const VaultDescriptor desc = *d;
    m_keychain->read(desc.vaultId, [this, desc, done](Result<SecureBytes> key) {
        if (!key) {
            // A locked keyring answers like a missing entry (measured with gnome-keyring and
            // QtKeychain 0.13): the text must fit both, and never suggest the key is gone.
            if (key.error().code == ErrorCode::KeychainNoEntry)
                return done(Error::make(
                    ErrorCode::KeychainNoEntry,
                    QCoreApplication::translate(
                        "VaultManager",
                        "Roer cannot find the key of this vault in the password store. Is the "
                        "password store locked? Then unlock it and try again. Or use your "
                        "recovery code.")));
            if (key.error().code == ErrorCode::KeychainUnavailable)
                return done(Error::make(
                    ErrorCode::KeychainUnavailable,
                    QCoreApplication::translate(
                        "VaultManager",
                        "Roer cannot reach the password store of this computer, or it said no. "
                        "Try again, or use your recovery code.")));
            return done(key.error());
        }
        done(openWith(std::move(*key), desc));
    });
}

Result<void> VaultManager::unlockWithPassphrase(const QString &passphrase)
{
    auto d = descriptor();
    if (!d)
        return d.error();
    if (d->passphraseWrap.isEmpty())
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate(
                               "VaultManager", "This vault is unlocked with the password store."));
    auto key = KeyWrap::unwrap(d->passphraseWrap, passphrase, d->vaultId);
    if (!key)
        return key.error();
    return openWith(std::move(*key), *d);
}

Result<void> VaultManager::unlockWithRecoveryCode(const QString &recoveryCode)
{
    auto d = descriptor();
    if (!d)
        return d.error();
    const QString code = RecoveryCode::normalise(recoveryCode);
    if (code.isEmpty())
        return Error::make(
            ErrorCode::WrongPassphrase,
            QCoreApplication::translate("VaultManager",
                                        "A recovery code has 8 groups of 4 letters and digits."));
    auto key = KeyWrap::unwrap(d->recoveryWrap, code, d->vaultId);
    if (!key) {
        if (key.error().code == ErrorCode::WrongPassphrase)
            return Error::make(ErrorCode::WrongPassphrase,
                               QCoreApplication::translate("VaultManager",
                                                           "This recovery code is not correct."));
        return key.error();
    }
    return openWith(std::move(*key), *d);
}

Result<void> VaultManager::openWith(SecureBytes key, const VaultDescriptor &d)
{
    if (auto r = CipherUpgrade::runIfNeeded(m_directory, key, d); !r)
        return r.error();
    auto current = descriptor(); // the upgrade may have changed the cipher settings
    if (!current)
        return current.error();
    auto vault = Vault::open(m_directory, key, current->cipher, current->keyCheck);
    if (!vault)
        return vault.error();
    CipherUpgrade::finish(m_directory, *current);
    m_vault = std::move(*vault);
    m_key = std::move(key);
    emit unlocked();
    return {};
}

Result<void> VaultManager::saveUnlockMethod(VaultDescriptor::Unlock unlock,
                                            const QJsonObject &passphraseWrap)
{
    auto d = descriptor();
    if (!d)
        return d.error();
    d->unlock = unlock;
    d->passphraseWrap = passphraseWrap;
    return d->save(m_directory);
}

Result<void> VaultManager::changePassphrase(const QString &newPassphrase)
{
    if (!m_vault)
        return lockedError();
    if (auto r = checkPassphrase(newPassphrase); !r)
        return r.error();
    auto d = descriptor();
    if (!d)
        return d.error();
    auto wrapped = KeyWrap::wrap(m_key, newPassphrase, d->vaultId);
    if (!wrapped)
        return wrapped.error();
    const bool wasKeychain = d->unlock == VaultDescriptor::Unlock::Keychain;
    if (auto r = saveUnlockMethod(VaultDescriptor::Unlock::Passphrase, *wrapped); !r)
        return r;
    // Only now that the passphrase works is the keychain copy of the key removed.
    if (wasKeychain)
        m_keychain->remove(d->vaultId, [](Result<void>) {});
    return {};
}

void VaultManager::switchToKeychain(std::function<void(Result<void>)> done)
{
    if (!m_vault)
        return done(lockedError());
    auto d = descriptor();
    if (!d)
        return done(d.error());
    m_keychain->write(d->vaultId, m_key, [this, done](Result<void> stored) {
        if (!stored)
            return done(stored);
        done(saveUnlockMethod(VaultDescriptor::Unlock::Keychain, {}));
    });
}

Result<QString> VaultManager::renewRecoveryCode()
{
    if (!m_vault)
        return lockedError();
    auto d = descriptor();
    if (!d)
        return d.error();
    const QString code = RecoveryCode::generate();
    auto wrapped = KeyWrap::wrap(m_key, code, d->vaultId);
    if (!wrapped)
        return wrapped.error();
    d->recoveryWrap = *wrapped;
    d->recoveryConfirmed = false;
    if (auto saved = d->save(m_directory); !saved)
        return saved.error();
    qCInfo(lcVault) << "recovery code renewed";
    return code;
}

Result<void> VaultManager::confirmRecoveryCode()
{
    if (!m_vault)
        return lockedError();
    auto d = descriptor();
    if (!d)
        return d.error();
    if (d->recoveryConfirmed)
        return {};
    d->recoveryConfirmed = true;
    return d->save(m_directory);
}

bool VaultManager::isRecoveryCodeConfirmed() const
{
    auto d = descriptor();
    return !d || d->recoveryConfirmed;
}

Result<std::unique_ptr<Vault>> VaultManager::openWorkerConnection()
{
    if (!m_vault)
        return lockedError();
    auto d = descriptor();
    if (!d)
        return d.error();
    std::shared_ptr<std::atomic<int>> open = m_workerConnections;
    auto vault = Vault::openWorker(m_directory, m_key, d->cipher, d->keyCheck, [open] { --*open; });
    if (vault)
        ++*open;
    return vault;
}

void VaultManager::lock()
{
    const bool wasOpen = bool(m_vault);
    if (wasOpen)
        emit aboutToLock();
    if (const int left = m_workerConnections->load(); left > 0)
        qCCritical(lcVault) << left << "worker connection(s) still open while locking";
    m_vault.reset();
    m_key.clear();
    if (wasOpen) {
        qCInfo(lcVault) << "vault locked";
        emit locked();
    }
}
