#include "TestSupport.h"
#include "vault/Schema.h"
#include "vault/Vault.h"
#include "vault/VaultPaths.h"
#include "vault/VaultTransaction.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Against the real SQLCipher library, with real files on disk.
class TestVault : public QObject
{
    Q_OBJECT

    static CipherSettings linkedSettings()
    {
        return CipherSettings::forLibraryMajor(Vault::linkedCipherMajor());
    }

private slots:
    void linkedLibraryIsSqlcipher()
    {
        QVERIFY2(!Vault::linkedCipherVersion().isEmpty(), "plain SQLite linked");
    }

    void createAndReopen()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(Vault::kKeySize);
        {
            auto vault = Vault::create(dir.path(), key);
            QVERIFY2(vault, qPrintable(vault.ok() ? QString() : vault.error().message));
            QCOMPARE((*vault)->cipherPageSize(), 4096);
            QCOMPARE((*vault)->schemaVersion(), Schema::latestVersion());
            QVERIFY((*vault)->exec("INSERT INTO app_setting VALUES ('k', 'v')"));
        }
        auto vault = Vault::open(dir.path(), key, linkedSettings(), Vault::keyCheckFor(key));
        QVERIFY(vault);
        auto st = (*vault)->prepare("SELECT value FROM app_setting WHERE name = 'k'");
        QVERIFY(st.step().value());
        QCOMPARE(st.text(0), QStringLiteral("v"));
    }

    void createRefusesExistingVault()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(Vault::kKeySize);
        QVERIFY(Vault::create(dir.path(), key));
        const QByteArray before = TestSupport::readAll(VaultPaths::databaseFile(dir.path()));
        auto again = Vault::create(dir.path(), SecureBytes::random(Vault::kKeySize));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(TestSupport::readAll(VaultPaths::databaseFile(dir.path())), before);
    }

    void wrongKeyIsRefusedAndFileUntouched()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(Vault::kKeySize);
        QVERIFY(Vault::create(dir.path(), key));
        const QByteArray before = TestSupport::readAll(VaultPaths::databaseFile(dir.path()));
        const SecureBytes wrong = SecureBytes::random(Vault::kKeySize);
        auto vault = Vault::open(dir.path(), wrong, linkedSettings(), Vault::keyCheckFor(key));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::WrongKey);
        QVERIFY(!vault.error().message.isEmpty());
        QCOMPARE(TestSupport::readAll(VaultPaths::databaseFile(dir.path())), before);
    }

    void shortKeyIsRejected()
    {
        QTemporaryDir dir;
        auto vault = Vault::create(dir.path(), SecureBytes::random(16));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::InvalidInput);
    }

    void missingFileIsNeverCreated()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(Vault::kKeySize);
        auto vault = Vault::open(dir.path(), key, linkedSettings(), Vault::keyCheckFor(key));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(VaultPaths::databaseFile(dir.path())));
    }

    void damagedFileIsReportedNotReplaced()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(Vault::kKeySize);
        {
            auto vault = Vault::create(dir.path(), key);
            QVERIFY(vault);
        }
        const QString path = VaultPaths::databaseFile(dir.path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(0);
        file.write(QByteArray(64, '\x5a')); // overwrite the salt and first page bytes
        file.close();
        const QByteArray damaged = TestSupport::readAll(path);
        auto vault = Vault::open(dir.path(), key, linkedSettings(), Vault::keyCheckFor(key));
        QVERIFY(!vault);
        QCOMPARE(vault.error().code, ErrorCode::VaultDamaged);
        QCOMPARE(TestSupport::readAll(path), damaged);
    }

    void canaryNeverReachesDisk()
    {
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(Vault::kKeySize);
        auto vault = Vault::create(dir.path(), key);
        QVERIFY(vault);
        const QByteArray canary = "CANARY-Jansen-1234AB-canary";
        {
            VaultTransaction tx(**vault);
            QVERIFY(tx.begun());
            auto st = (*vault)->prepare("INSERT INTO app_setting VALUES (?1, ?2)");
            for (int i = 0; i < 200; ++i) {
                st.bind(1, QStringLiteral("row%1").arg(i)).bindText(2, canary);
                QVERIFY(st.exec());
                st.reset();
            }
            QVERIFY(tx.commit());
        }
        // Checked while the vault is open, so the -wal and -shm files are there too.
        QVERIFY(QFile::exists(VaultPaths::databaseFile(dir.path()) + QStringLiteral("-wal")));
        const QByteArray bytes = TestSupport::vaultFilesBytes(dir.path());
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.contains(canary));
        QVERIFY(!bytes.contains("app_setting"));
        // A plain SQLite file starts with this header; ours starts with a random salt.
        QVERIFY(!TestSupport::readAll(VaultPaths::databaseFile(dir.path()))
                     .startsWith("SQLite format 3"));
    }

    // Independent tools: plain sqlite3 cannot read the vault; the sqlcipher shell can, with
    // the raw key and the recorded page size (so the file is standard SQLCipher).
    void independentToolsAgree()
    {
        const QString plain = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        const QString cipher = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (plain.isEmpty() || cipher.isEmpty())
            QSKIP("sqlite3 and sqlcipher shells not installed");
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(Vault::kKeySize);
        {
            auto vault = Vault::create(dir.path(), key);
            QVERIFY(vault);
            QVERIFY((*vault)->exec("INSERT INTO app_setting VALUES ('probe', 'found')"));
        }
        const QString file = VaultPaths::databaseFile(dir.path());
        QProcess p;
        p.start(plain, {file, QStringLiteral("SELECT count(*) FROM sqlite_master;")});
        QVERIFY(p.waitForFinished());
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardError().contains("not a database"));

        const SecureBytes hex = key.toHex();
        const QByteArray script = "PRAGMA key = \"x'"
            + QByteArray(hex.constChar(), qsizetype(hex.size()))
            + "'\";\nPRAGMA cipher_page_size = 4096;\nSELECT value FROM app_setting WHERE name = "
              "'probe';\n";
        p.start(cipher, {file});
        QVERIFY(p.waitForStarted());
        p.write(script);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished());
        QVERIFY2(p.readAllStandardOutput().contains("found"), p.readAllStandardError().constData());
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto vault = Vault::create(dir.path(), SecureBytes::random(Vault::kKeySize));
        QVERIFY(vault);
        {
            VaultTransaction tx(**vault);
            QVERIFY((*vault)->exec("INSERT INTO app_setting VALUES ('a', 'b')"));
        }
        auto st = (*vault)->prepare("SELECT count(*) FROM app_setting");
        QVERIFY(st.step().value());
        QCOMPARE(st.int64(0), 0);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
