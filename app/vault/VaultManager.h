#pragma once

#include "Vault.h"
#include "VaultDescriptor.h"
#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class KeychainStore;

// Key custody and the vault's life cycle, for the GUI and the command line alike.
// A vault is unlocked with the key from the OS keychain, or with the customer's passphrase,
// or with the recovery code shown once at setup. Locking closes the database and wipes the
// key. The keychain is asynchronous (it may prompt or hang); passphrase work is synchronous
// and slow on purpose (a key-derivation function with 600,000 rounds).
class VaultManager : public QObject
{
    Q_OBJECT
public:
    enum class State { NoVault, Locked, Unlocked };
    Q_ENUM(State)

    explicit VaultManager(QString directory, QObject *parent = nullptr);
    ~VaultManager() override;

    QString directory() const { return m_directory; }
    State state() const;
    // NoVault only when neither the database nor the descriptor exists. With one of them
    // missing the vault counts as Locked and unlocking reports what is wrong: Roer never
    // replaces a half-present vault with a new one.
    Result<VaultDescriptor> descriptor() const;

    // Setup. Each returns the recovery code (Crockford base32 groups) to show once.
    // Keychain: the key is stored in the keychain before the vault is created.
    void createWithKeychain(std::function<void(Result<QString> recoveryCode)> done);
    Result<QString> createWithPassphrase(const QString &passphrase);

    void unlockWithKeychain(std::function<void(Result<void>)> done);
    Result<void> unlockWithPassphrase(const QString &passphrase);
    Result<void> unlockWithRecoveryCode(const QString &recoveryCode);

    // While unlocked: change how the vault is unlocked.
    Result<void> changePassphrase(const QString &newPassphrase); // makes it a passphrase vault
    void switchToKeychain(std::function<void(Result<void>)> done);

    // The recovery code. A new one replaces the old one at once (the old one stops working);
    // it counts as unconfirmed until the customer proves they wrote it down. Setup makes an
    // unconfirmed code too, so a window closed before that step is noticed at the next unlock.
    Result<QString> renewRecoveryCode();
    Result<void> confirmRecoveryCode();
    bool isRecoveryCodeConfirmed() const;

    void lock();
    // The open vault, or nullptr while locked.
    Vault *vault() const { return m_vault.get(); }

    // A second connection to the unlocked vault, to hand to ONE worker thread (a Vault is
    // used from one thread at a time). Same key and checks as the main connection; the vault
    // runs in WAL mode, so a reader there does not block this thread's connection. It never
    // creates a vault. The owner MUST close it (destroy it) when aboutToLock is emitted, and
    // wait for that: lock() reports a connection left open as a critical error, because
    // that connection would keep the data readable after "locking".
    Result<std::unique_ptr<Vault>> openWorkerConnection();
    // Worker connections open right now (any thread).
    int workerConnections() const { return m_workerConnections->load(); }

    // Test seam: a keychain read or write that takes longer than this fails as unavailable.
    void setKeychainTimeoutMs(int ms);
    static constexpr int kMinPassphraseLength = 8;

signals:
    void unlocked();
    // Emitted while the vault is still open: whoever works with it in the background (an
    // import thread, the outbox sender) stops and lets go now, before it is closed.
    void aboutToLock();
    void locked();

private:
    Result<void> openWith(SecureBytes key, const VaultDescriptor &descriptor);
    Result<QString> createVault(SecureBytes key, VaultDescriptor descriptor);
    Result<void> saveUnlockMethod(VaultDescriptor::Unlock unlock,
                                  const QJsonObject &passphraseWrap);

    QString m_directory;
    std::unique_ptr<Vault> m_vault;
    SecureBytes m_key; // only while unlocked, to re-wrap it when the unlock method changes
    KeychainStore *m_keychain = nullptr;
    std::shared_ptr<std::atomic<int>> m_workerConnections = std::make_shared<std::atomic<int>>(0);
};
