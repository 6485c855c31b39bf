#include "TestSupport.h"
#include "UpgradeFixture.h"

#include "consent/ConsentHistoryVerifier.h"
#include "vault/CipherUpgrade.h"
#include "vault/KeyWrap.h"
#include "vault/KeychainStore.h"
#include "vault/VaultManager.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace UpgradeFixture;

// A vault made by the Debian 12 build (SQLCipher 3.4.1) opened by this build. On a SQLCipher 4
// build it is upgraded once: every record, consent record, the hash chain and the outbox are
// the same, the same passphrase, recovery code and keychain entry open it, and the old file is
// kept until the new one has opened. On a SQLCipher 3 build it opens as it is.
class TestCipherUpgrade : public QObject
{
    Q_OBJECT

    static bool upgrading() { return Vault::linkedCipherMajor() >= 4; }

    static QString db(const QString &dir) { return VaultPaths::databaseFile(dir); }
    static QString backup(const QString &dir) { return VaultPaths::upgradeBackupFile(dir); }
    static QString temp(const QString &dir) { return VaultPaths::upgradeTempFile(dir); }

    static SecureBytes passphraseKey(const QString &dir)
    {
        auto d = VaultDescriptor::load(dir);
        auto key =
            KeyWrap::unwrap(d->passphraseWrap, secret(QStringLiteral("passphrase")), d->vaultId);
        return key ? std::move(*key) : SecureBytes();
    }

    // The first bytes of a SQLCipher file are its random salt: a new file has new ones.
    static QByteArray salt(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.read(16) : QByteArray();
    }

    static QJsonObject object(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }

    // The output without the moment it was printed.
    static QJsonDocument lasting(const QByteArray &json)
    {
        QJsonDocument doc = QJsonDocument::fromJson(json);
        if (!doc.isObject())
            return doc;
        QJsonObject o = doc.object();
        o.remove(QLatin1String("exported_at"));
        return QJsonDocument(o);
    }

    // What roer-cli prints now equals what it printed on Debian 12 (status: the lasting parts).
    static void compareWithDebian12(const QString &name, const QString &dir,
                                    const QString &passphrase, const QStringList &outputs)
    {
        const QJsonObject was = object(expected(name, QStringLiteral("status")));
        const Run status =
            cli(dir, passphrase, {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QJsonObject now = object(status.out);
        for (const char *key : {"unlock", "created_at", "cipher_page_size"})
            QCOMPARE(now.value(QLatin1String(key)), was.value(QLatin1String(key)));
        // Migrated to this build's schema on the way (never back).
        QVERIFY(now.value(QLatin1String("schema_version")).toInt()
                >= was.value(QLatin1String("schema_version")).toInt());
        QCOMPARE(
            now.value(QLatin1String("cipher_version")).toString().section(QLatin1Char('.'), 0, 0),
            QString::number(Vault::linkedCipherMajor()));

        for (const QString &output : outputs) {
            QStringList args;
            if (output == QLatin1String("retailers"))
                args = {QStringLiteral("retailer"), QStringLiteral("list")};
            else if (output == QLatin1String("data"))
                args = {QStringLiteral("data"), QStringLiteral("--retailer"),
                        QStringLiteral("Mijn Winkel"), QStringLiteral("--records")};
            else if (output == QLatin1String("consents-zandbak"))
                args = {QStringLiteral("consent"), QStringLiteral("list"),
                        QStringLiteral("--retailer"), QStringLiteral("Zandbak")};
            else if (output == QLatin1String("history-zandbak"))
                args = {QStringLiteral("consent"), QStringLiteral("history"),
                        QStringLiteral("--retailer"), QStringLiteral("Zandbak")};
            else if (output == QLatin1String("history-mijn-winkel"))
                args = {QStringLiteral("consent"), QStringLiteral("history"),
                        QStringLiteral("--retailer"), QStringLiteral("Mijn Winkel")};
            else if (output == QLatin1String("outbox"))
                args = {QStringLiteral("outbox"), QStringLiteral("list")};
            const Run r = cli(dir, passphrase, args + QStringList{QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(!expected(name, output).isEmpty(), qPrintable(output));
            QVERIFY2(lasting(r.out) == lasting(expected(name, output)),
                     qPrintable(output + QStringLiteral(" differs: ") + QString::fromUtf8(r.out)));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(source(QStringLiteral("passphrase")) + QStringLiteral("/vault.db")),
                 "fixture missing: tests/vault/fixtures/sqlcipher3");
        qInfo("linked SQLCipher %s", qPrintable(Vault::linkedCipherVersion()));
    }

    void fixtureIsASqlcipher3Vault()
    {
        for (const char *name : {"passphrase", "keychain"}) {
            auto d = VaultDescriptor::load(source(QLatin1String(name)));
            QVERIFY(d);
            QCOMPARE(d->cipher, CipherSettings::forLibraryMajor(3));
        }
        QVERIFY(object(expected(QStringLiteral("passphrase"), QStringLiteral("status")))
                    .value(QLatin1String("cipher_version"))
                    .toString()
                    .startsWith(QLatin1String("3.")));
        // Decisions for a retailer with the Roer protocol wait in the outbox.
        const QJsonArray outbox =
            object(expected(QStringLiteral("passphrase"), QStringLiteral("outbox")))
                .value(QLatin1String("outbox"))
                .toArray();
        QVERIFY(outbox.size() >= 2);
    }

    void passphraseVault()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        QVERIFY(copyTo(QStringLiteral("passphrase"), dir));
        const SecureBytes key = passphraseKey(dir);
        QCOMPARE(key.size(), Vault::kKeySize);
        // The rows of every table of the fixture: the upgrade keeps them, and the migrations
        // of later versions only add (rights requests came after the fixture was made).
        const auto before = tablesDigestAsIs(dir, db(dir), key, CipherSettings::forLibraryMajor(3));
        QVERIFY(before);
        const QByteArray oldSalt = salt(db(dir));

        {
            VaultManager vm(dir);
            auto r = vm.unlockWithPassphrase(secret(QStringLiteral("passphrase")));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QVERIFY(vm.vault()->cipherVersion().startsWith(
                QString::number(Vault::linkedCipherMajor())));
            QCOMPARE(vm.descriptor()->cipher, CipherSettings::forLibraryMajor(upgrading() ? 4 : 3));
            auto chain = ConsentHistoryVerifier::verify(*vm.vault());
            QVERIFY(chain);
            QVERIFY(chain->intact());
            QVERIFY(chain->recordsChecked >= 4);
            vm.lock();
        }
        QVERIFY(!QFile::exists(temp(dir)));
        // Verified and opened: the backup of the old file is gone again.
        QVERIFY(!QFile::exists(backup(dir)));
        QCOMPARE(salt(db(dir)) != oldSalt, upgrading());
        const auto after =
            tablesDigestAsIs(dir, db(dir), key, VaultDescriptor::load(dir)->cipher, before->tables);
        QVERIFY(after);
        QCOMPARE(after->digest, before->digest);
        if (upgrading()) // really converted: the old settings no longer open it
            QVERIFY(!Vault::openAsIs(dir, db(dir), key, CipherSettings::forLibraryMajor(3),
                                     Vault::keyCheckFor(key)));

        // Once: the next unlock leaves the file alone.
        const QByteArray newSalt = salt(db(dir));
        {
            VaultManager vm(dir);
            QVERIFY(vm.unlockWithPassphrase(secret(QStringLiteral("passphrase"))));
        }
        QCOMPARE(salt(db(dir)), newSalt);
        compareWithDebian12(QStringLiteral("passphrase"), dir, secret(QStringLiteral("passphrase")),
                            {QStringLiteral("retailers"), QStringLiteral("data"),
                             QStringLiteral("consents-zandbak"), QStringLiteral("history-zandbak"),
                             QStringLiteral("history-mijn-winkel"), QStringLiteral("outbox")});
    }

    void wrongPassphraseChangesNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        QVERIFY(copyTo(QStringLiteral("passphrase"), dir));
        const QByteArray bytes = TestSupport::readAll(db(dir));
        VaultManager vm(dir);
        auto r = vm.unlockWithPassphrase(QStringLiteral("not the passphrase at all"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(TestSupport::readAll(db(dir)), bytes);
        QCOMPARE(vm.descriptor()->cipher, CipherSettings::forLibraryMajor(3));
        QVERIFY(!QFile::exists(temp(dir)));
        QVERIFY(!QFile::exists(backup(dir)));
    }

    // The keychain vault: the key that was in the Debian 12 keychain opens it after the upgrade.
    void keychainVault()
    {
        if (!qEnvironmentVariableIsSet("ROER_TEST_KEYRING"))
            QSKIP("needs the test keyring (the CTest fixture keyring_start, Linux)");
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        QVERIFY(copyTo(QStringLiteral("keychain"), dir));
        auto d = VaultDescriptor::load(dir);
        QVERIFY(d);
        QCOMPARE(d->unlock, VaultDescriptor::Unlock::Keychain);
        auto key = KeyWrap::unwrap(d->recoveryWrap, secret(QStringLiteral("keychain")), d->vaultId);
        QVERIFY(key);
        KeychainStore keychain;
        QVERIFY(keychain.writeBlocking(d->vaultId, *key)); // as the Debian 12 keychain had it

        for (int round = 0; round < 2; ++round) {
            VaultManager vm(dir);
            std::optional<Result<void>> unlocked;
            QEventLoop loop;
            vm.unlockWithKeychain([&](Result<void> r) {
                unlocked.emplace(r);
                loop.quit();
            });
            if (!unlocked)
                loop.exec();
            QVERIFY2(*unlocked, qPrintable(*unlocked ? QString() : unlocked->error().message));
            QCOMPARE(vm.descriptor()->cipher, CipherSettings::forLibraryMajor(upgrading() ? 4 : 3));
        }
        auto stored = keychain.readBlocking(d->vaultId);
        QVERIFY(stored);
        QVERIFY(stored->equals(*key));
        QVERIFY(!QFile::exists(backup(dir)));
        compareWithDebian12(QStringLiteral("keychain"), dir, QString(),
                            {QStringLiteral("data"), QStringLiteral("history-mijn-winkel")});
        QVERIFY(keychain.removeBlocking(d->vaultId));
    }

    // Where an interrupted upgrade can stop, laid out by hand: each one ends in the new vault.
    void resumesAnInterruptedUpgrade_data()
    {
        QTest::addColumn<QString>("stop");
        QTest::newRow("during the export") << QStringLiteral("export");
        QTest::newRow("between the renames") << QStringLiteral("renames");
        QTest::newRow("before vault.json") << QStringLiteral("descriptor");
    }
    void resumesAnInterruptedUpgrade()
    {
        if (!upgrading())
            QSKIP("SQLCipher 3 build: nothing to upgrade");
        QFETCH(QString, stop);
        QTemporaryDir tmp;
        // A finished upgrade gives the new file these states are made of.
        const QString done = tmp.filePath(QStringLiteral("done"));
        QVERIFY(copyTo(QStringLiteral("passphrase"), done));
        {
            VaultManager vm(done);
            QVERIFY(vm.unlockWithPassphrase(secret(QStringLiteral("passphrase"))));
        }
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        QVERIFY(copyTo(QStringLiteral("passphrase"), dir));
        if (stop == QLatin1String("export")) {
            QFile half(temp(dir));
            QVERIFY(half.open(QIODevice::WriteOnly));
            half.write(TestSupport::readAll(db(done)).left(8192));
            half.close();
            QFile wal(temp(dir) + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write(QByteArray(4096, 'w'));
        } else {
            QVERIFY(QFile::rename(db(dir), backup(dir)));
            QVERIFY(QFile::copy(db(done), stop == QLatin1String("renames") ? temp(dir) : db(dir)));
        }
        VaultManager vm(dir);
        auto r = vm.unlockWithPassphrase(secret(QStringLiteral("passphrase")));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(vm.descriptor()->cipher, CipherSettings::forLibraryMajor(4));
        QVERIFY(!QFile::exists(backup(dir)));
        QVERIFY(!QFile::exists(temp(dir)));
        QVERIFY(!QFile::exists(temp(dir) + QStringLiteral("-wal")));
        auto chain = ConsentHistoryVerifier::verify(*vm.vault());
        QVERIFY(chain && chain->intact());
    }

    // A SQLCipher 3 build meets an upgrade a SQLCipher 4 build began (the customer went back to
    // an older Roer): the backup is the complete old vault and is put back.
    void olderBuildPutsTheOldFileBack()
    {
        if (upgrading())
            QSKIP(
                "SQLCipher 4 build: it finishes the upgrade instead (resumesAnInterruptedUpgrade)");
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        QVERIFY(copyTo(QStringLiteral("passphrase"), dir));
        QVERIFY(QFile::rename(db(dir), backup(dir)));
        QFile half(temp(dir));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(QByteArray(4096, 'x'));
        half.close();
        VaultManager vm(dir);
        QVERIFY(vm.unlockWithPassphrase(secret(QStringLiteral("passphrase"))));
        QVERIFY(!QFile::exists(backup(dir)));
        QVERIFY(!QFile::exists(temp(dir)));
        QCOMPARE(vm.descriptor()->cipher, CipherSettings::forLibraryMajor(3));
    }
};

QTEST_GUILESS_MAIN(TestCipherUpgrade)
#include "TestCipherUpgrade.moc"
