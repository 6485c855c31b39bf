#include "TestSupport.h"
#include "vault/KeychainStore.h"
#include "vault/RecoveryCode.h"
#include "vault/VaultManager.h"
#include "vault/VaultPaths.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

template<typename T>
Result<T> wait(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    QEventLoop loop;
    std::optional<Result<T>> out;
    start([&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

const QString kPassphrase = QStringLiteral("lange zin met woorden");

} // namespace

// Key custody: passphrase and recovery code always; the keychain against the real
// gnome-keyring that tests/run-headless starts (skipped when run outside it).
class TestVaultManager : public QObject
{
    Q_OBJECT

    static bool haveKeyring() { return qEnvironmentVariableIsSet("ROER_TEST_KEYRING"); }

private slots:
    void passphraseVaultLifeCycle()
    {
        QTemporaryDir dir;
        VaultManager vm(dir.path());
        QCOMPARE(vm.state(), VaultManager::State::NoVault);
        QSignalSpy unlockedSpy(&vm, &VaultManager::unlocked);
        QSignalSpy lockedSpy(&vm, &VaultManager::locked);

        auto code = vm.createWithPassphrase(kPassphrase);
        QVERIFY2(code, qPrintable(code ? QString() : code.error().message));
        QCOMPARE(RecoveryCode::normalise(*code), *code);
        QCOMPARE(vm.state(), VaultManager::State::Unlocked);
        QCOMPARE(unlockedSpy.count(), 1);
        QVERIFY(vm.vault()->exec("INSERT INTO app_setting VALUES ('kept', 'yes')"));

        vm.lock();
        QCOMPARE(vm.state(), VaultManager::State::Locked);
        QCOMPARE(lockedSpy.count(), 1);
        QVERIFY(!vm.vault());

        auto wrong = vm.unlockWithPassphrase(QStringLiteral("not the passphrase"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(!vm.vault());

        QVERIFY(vm.unlockWithPassphrase(kPassphrase));
        auto st = vm.vault()->prepare("SELECT value FROM app_setting WHERE name = 'kept'");
        QVERIFY(st.step().value());
        QCOMPARE(st.text(0), QStringLiteral("yes"));
        vm.lock();

        // The recovery code opens it too, also typed sloppily.
        QVERIFY(
            vm.unlockWithRecoveryCode(code->toLower().replace(QLatin1Char('-'), QLatin1Char(' '))));
        vm.lock();
        auto badCode = vm.unlockWithRecoveryCode(RecoveryCode::generate());
        QVERIFY(!badCode);
        QCOMPARE(badCode.error().code, ErrorCode::WrongPassphrase);
    }

    void renewedRecoveryCodeReplacesTheOldOne()
    {
        QTemporaryDir dir;
        VaultManager vm(dir.path());
        auto first = vm.createWithPassphrase(kPassphrase);
        QVERIFY(first);
        // Setup's code is unconfirmed until the customer proves they wrote it down.
        QVERIFY(!vm.isRecoveryCodeConfirmed());
        QVERIFY(vm.confirmRecoveryCode());
        QVERIFY(vm.isRecoveryCodeConfirmed());

        auto second = vm.renewRecoveryCode();
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QVERIFY(*second != *first);
        QVERIFY(!vm.isRecoveryCodeConfirmed());
        vm.lock();
        // The state is in vault.json, not in memory: a new process sees it too.
        QVERIFY(!VaultManager(dir.path()).isRecoveryCodeConfirmed());

        auto old = vm.unlockWithRecoveryCode(*first);
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(vm.unlockWithRecoveryCode(*second));
        vm.lock();
        QVERIFY(vm.unlockWithPassphrase(kPassphrase)); // the passphrase is untouched
        vm.lock();
        QVERIFY(!vm.renewRecoveryCode()); // locked: nothing to wrap
        QVERIFY(!vm.confirmRecoveryCode());
    }

    void olderVaultFilesCountAsConfirmed()
    {
        QTemporaryDir dir;
        VaultManager vm(dir.path());
        QVERIFY(vm.createWithPassphrase(kPassphrase));
        vm.lock();
        QFile file(VaultPaths::descriptorFile(dir.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QVERIFY(o.contains(QStringLiteral("recovery_confirmed")));
        o.remove(QStringLiteral("recovery_confirmed"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(o).toJson());
        file.close();
        QVERIFY(vm.isRecoveryCodeConfirmed());
    }

    void tooShortPassphraseIsRefused()
    {
        QTemporaryDir dir;
        VaultManager vm(dir.path());
        auto r = vm.createWithPassphrase(QStringLiteral("short"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(vm.state(), VaultManager::State::NoVault);
    }

    void changePassphrase()
    {
        QTemporaryDir dir;
        VaultManager vm(dir.path());
        QVERIFY(vm.createWithPassphrase(kPassphrase));
        QVERIFY(vm.changePassphrase(QStringLiteral("een nieuwe zin")));
        vm.lock();
        QVERIFY(!vm.unlockWithPassphrase(kPassphrase));
        QVERIFY(vm.unlockWithPassphrase(QStringLiteral("een nieuwe zin")));
    }

    void noKeyMaterialInPlaintextFiles()
    {
        QTemporaryDir dir;
        VaultManager vm(dir.path());
        auto code = vm.createWithPassphrase(kPassphrase);
        QVERIFY(code);
        const QByteArray descriptor = TestSupport::readAll(VaultPaths::descriptorFile(dir.path()));
        QVERIFY(!descriptor.contains(kPassphrase.toUtf8()));
        QVERIFY(!descriptor.contains(code->toUtf8()));
    }

    void existingVaultIsNeverReplaced()
    {
        QTemporaryDir dir;
        VaultManager vm(dir.path());
        QVERIFY(vm.createWithPassphrase(kPassphrase));
        vm.lock();
        const QByteArray before = TestSupport::readAll(VaultPaths::databaseFile(dir.path()));
        auto again = vm.createWithPassphrase(kPassphrase);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        // Also when only the descriptor is left: no new vault over a half-present one.
        QFile::remove(VaultPaths::databaseFile(dir.path()));
        QCOMPARE(vm.state(), VaultManager::State::Locked);
        QVERIFY(!vm.createWithPassphrase(kPassphrase));
        auto open = vm.unlockWithPassphrase(kPassphrase);
        QVERIFY(!open);
        QCOMPARE(open.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(VaultPaths::databaseFile(dir.path())));
        QVERIFY(!before.isEmpty());
    }

    void keychainVaultLifeCycle()
    {
        if (!haveKeyring())
            QSKIP("needs the gnome-keyring session of tests/run-headless");
        QTemporaryDir dir;
        VaultManager vm(dir.path());
        auto code = wait<QString>([&](auto done) { vm.createWithKeychain(done); });
        QVERIFY2(code, qPrintable(code ? QString() : code.error().message));
        QVERIFY(vm.vault());
        vm.lock();
        auto opened = wait<void>([&](auto done) { vm.unlockWithKeychain(done); });
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(vm.descriptor()->unlock, VaultDescriptor::Unlock::Keychain);
        QVERIFY(vm.descriptor()->passphraseWrap.isEmpty());

        // Switch to a passphrase: the keychain entry goes, the passphrase works.
        QVERIFY(vm.changePassphrase(kPassphrase));
        vm.lock();
        QVERIFY(vm.unlockWithPassphrase(kPassphrase));
        // And back to the keychain.
        QVERIFY(wait<void>([&](auto done) { vm.switchToKeychain(done); }));
        vm.lock();
        QVERIFY(wait<void>([&](auto done) { vm.unlockWithKeychain(done); }));
        vm.lock();
        QVERIFY(vm.unlockWithRecoveryCode(*code));
    }

    // Issue 15: the folder was .../Roer/Roer/vault; a vault made there is still found.
    void defaultFolderOnceAndEarlierVaultsKept()
    {
        QTemporaryDir data;
        const QByteArray before = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("Roer"));
        QCoreApplication::setApplicationName(QStringLiteral("Roer"));
        const QString current = data.filePath(QStringLiteral("Roer/vault"));
        const QString earlier = data.filePath(QStringLiteral("Roer/Roer/vault"));
        QCOMPARE(VaultPaths::defaultDirectory(), current);
        QVERIFY(QDir().mkpath(earlier));
        QFile old(VaultPaths::databaseFile(earlier));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QCOMPARE(VaultPaths::defaultDirectory(), earlier);
        QVERIFY(QDir().mkpath(current));
        QFile now(VaultPaths::databaseFile(current));
        QVERIFY(now.open(QIODevice::WriteOnly));
        now.close();
        QCOMPARE(VaultPaths::defaultDirectory(), current);
        if (before.isEmpty())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", before);
    }

    void lostKeychainEntryNeverMakesANewVault()
    {
        if (!haveKeyring())
            QSKIP("needs the gnome-keyring session of tests/run-headless");
        QTemporaryDir dir;
        VaultManager vm(dir.path());
        auto code = wait<QString>([&](auto done) { vm.createWithKeychain(done); });
        QVERIFY(code);
        const QString vaultId = vm.descriptor()->vaultId;
        vm.lock();
        const QByteArray before = TestSupport::readAll(VaultPaths::databaseFile(dir.path()));

        KeychainStore keychain;
        QVERIFY(keychain.removeBlocking(vaultId));
        QCOMPARE(keychain.readBlocking(vaultId).error().code, ErrorCode::KeychainNoEntry);

        auto opened = wait<void>([&](auto done) { vm.unlockWithKeychain(done); });
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::KeychainNoEntry);
        QCOMPARE(TestSupport::readAll(VaultPaths::databaseFile(dir.path())), before);
        QVERIFY(vm.unlockWithRecoveryCode(*code));
    }
};

QTEST_GUILESS_MAIN(TestVaultManager)
#include "TestVaultManager.moc"
