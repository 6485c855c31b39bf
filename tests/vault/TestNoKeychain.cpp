#include "vault/KeychainStore.h"
#include "vault/VaultManager.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// Runs with DBUS_SESSION_BUS_ADDRESS pointing at nothing: no Secret Service at all.
class TestNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void keychainIsReportedUnavailableNotMissing()
    {
        KeychainStore keychain;
        keychain.setTimeoutMs(5000);
        auto r = keychain.readBlocking(QStringLiteral("no-such-vault"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::KeychainUnavailable);
    }

    void setupFallsBackToPassphrase()
    {
        QTemporaryDir dir;
        VaultManager vm(dir.path());
        vm.setKeychainTimeoutMs(5000);
        QEventLoop loop;
        std::optional<Result<QString>> created;
        vm.createWithKeychain([&](Result<QString> r) {
            created.emplace(std::move(r));
            loop.quit();
        });
        if (!created)
            loop.exec();
        QVERIFY(!*created);
        QCOMPARE(created->error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(!created->error().message.isEmpty());
        // Nothing was written: no vault, no key anywhere.
        QCOMPARE(vm.state(), VaultManager::State::NoVault);
        QVERIFY(QDir(dir.path()).isEmpty());

        auto code = vm.createWithPassphrase(QStringLiteral("een lange zin"));
        QVERIFY(code);
        vm.lock();
        QVERIFY(vm.unlockWithPassphrase(QStringLiteral("een lange zin")));
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "TestNoKeychain.moc"
