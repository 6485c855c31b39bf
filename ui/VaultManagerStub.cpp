// TEMPORARY stand-in for app/vault/VaultManager.cpp until it lands on main (~07:15 UTC).
// Built only while that file does not exist (see ui/CMakeLists.txt); deleted after the merge.
// Keys live in this process only: good enough to drive the widgets, nothing more.
#include "vault/VaultManager.h"

#include "vault/VaultPaths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTimer>
#include <QUuid>

namespace {
struct StubKeys
{
    QByteArray keyHex;
    QString passphrase;
    QString recovery;
};
QHash<QString, StubKeys> &stubStore()
{
    static QHash<QString, StubKeys> store;
    return store;
}
bool stubKeychainWorks()
{
    return !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent"));
}
SecureBytes keyFromHex(const QByteArray &hex)
{
    QByteArray raw = QByteArray::fromHex(hex);
    return SecureBytes::takeFrom(raw);
}
} // namespace

VaultManager::VaultManager(QString directory, QObject *parent)
    : QObject(parent), m_directory(std::move(directory))
{
}

VaultManager::~VaultManager() = default;

VaultManager::State VaultManager::state() const
{
    if (m_vault)
        return State::Unlocked;
    if (!QFile::exists(VaultPaths::databaseFile(m_directory))
        && !QFile::exists(VaultPaths::descriptorFile(m_directory)))
        return State::NoVault;
    return State::Locked;
}

Result<VaultDescriptor> VaultManager::descriptor() const
{
    return VaultDescriptor::load(m_directory);
}

Result<QString> VaultManager::createVault(SecureBytes key, VaultDescriptor descriptor)
{
    QDir().mkpath(m_directory);
    auto vault = Vault::create(m_directory, key);
    if (!vault)
        return vault.error();
    descriptor.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    descriptor.createdAt = QDateTime::currentDateTimeUtc();
    descriptor.cipher = CipherSettings::forLibraryMajor(Vault::linkedCipherMajor());
    descriptor.keyCheck = Vault::keyCheckFor(key);
    if (auto saved = descriptor.save(m_directory); !saved)
        return saved.error();
    const QString code = QStringLiteral("7K3Q-M9XD-2HPA-W4TZ-R8NB-C6VE-J5FG-Y1SK");
    auto &entry = stubStore()[m_directory];
    entry.keyHex = QByteArray(key.toHex().constChar(), qsizetype(key.size() * 2));
    entry.recovery = code;
    m_vault = std::move(vault.value());
    emit unlocked();
    return code;
}

void VaultManager::createWithKeychain(std::function<void(Result<QString>)> done)
{
    QTimer::singleShot(300, this, [this, done] {
        if (!stubKeychainWorks()) {
            done(Error::make(ErrorCode::KeychainUnavailable, tr("The keychain is unavailable.")));
            return;
        }
        VaultDescriptor d;
        d.unlock = VaultDescriptor::Unlock::Keychain;
        done(createVault(SecureBytes::random(Vault::kKeySize), d));
    });
}

Result<QString> VaultManager::createWithPassphrase(const QString &passphrase)
{
    VaultDescriptor d;
    d.unlock = VaultDescriptor::Unlock::Passphrase;
    auto code = createVault(SecureBytes::random(Vault::kKeySize), d);
    if (code)
        stubStore()[m_directory].passphrase = passphrase;
    return code;
}

Result<void> VaultManager::openWith(SecureBytes key, const VaultDescriptor &descriptor)
{
    auto vault = Vault::open(m_directory, key, descriptor.cipher, descriptor.keyCheck);
    if (!vault)
        return vault.error();
    m_vault = std::move(vault.value());
    emit unlocked();
    return {};
}

void VaultManager::unlockWithKeychain(std::function<void(Result<void>)> done)
{
    QTimer::singleShot(200, this, [this, done] {
        if (!stubKeychainWorks()) {
            done(Error::make(ErrorCode::KeychainUnavailable, tr("The keychain is unavailable.")));
            return;
        }
        auto d = descriptor();
        if (!d) {
            done(d.error());
            return;
        }
        done(openWith(keyFromHex(stubStore().value(m_directory).keyHex), d.value()));
    });
}

Result<void> VaultManager::unlockWithPassphrase(const QString &passphrase)
{
    auto d = descriptor();
    if (!d)
        return d.error();
    if (passphrase != stubStore().value(m_directory).passphrase)
        return Error::make(ErrorCode::WrongPassphrase, tr("Wrong passphrase."));
    return openWith(keyFromHex(stubStore().value(m_directory).keyHex), d.value());
}

Result<void> VaultManager::unlockWithRecoveryCode(const QString &recoveryCode)
{
    auto d = descriptor();
    if (!d)
        return d.error();
    QString typed = recoveryCode.toUpper();
    typed.remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    QString expected = stubStore().value(m_directory).recovery;
    expected.remove(QLatin1Char('-'));
    if (typed != expected)
        return Error::make(ErrorCode::WrongPassphrase, tr("Wrong recovery code."));
    return openWith(keyFromHex(stubStore().value(m_directory).keyHex), d.value());
}

Result<void> VaultManager::changePassphrase(const QString &newPassphrase)
{
    auto d = descriptor();
    if (!d)
        return d.error();
    d->unlock = VaultDescriptor::Unlock::Passphrase;
    stubStore()[m_directory].passphrase = newPassphrase;
    return d->save(m_directory);
}

void VaultManager::switchToKeychain(std::function<void(Result<void>)> done)
{
    QTimer::singleShot(200, this, [this, done] {
        auto d = descriptor();
        if (!d) {
            done(d.error());
            return;
        }
        d->unlock = VaultDescriptor::Unlock::Keychain;
        done(d->save(m_directory));
    });
}

void VaultManager::lock()
{
    if (!m_vault)
        return;
    m_vault.reset();
    emit locked();
}

void VaultManager::setKeychainTimeoutMs(int) {}
