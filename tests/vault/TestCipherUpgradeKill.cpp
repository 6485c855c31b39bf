#include "UpgradeFixture.h"

#include "consent/ConsentHistoryVerifier.h"
#include "importing/Importer.h"
#include "vault/KeyWrap.h"
#include "vault/VaultManager.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace UpgradeFixture;

// The kill campaign: roer-cli upgrades the Debian 12 fixture (grown with more imported data, so
// the upgrade takes a while) and is killed with SIGKILL at random moments, several times in a
// row on the same folder, then left to finish. After every kill the folder must hold the old
// vault, the new one, or the documented in-between state with a complete copy of each, with
// exactly the data it started with; after the last run it must be the new vault.
// Short in CTest; scripts/upgrade-kill-campaign runs it long (ROER_KILL_CAMPAIGN_KILLS).
class TestCipherUpgradeKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_grown;
    SecureBytes m_key;
    QByteArray m_digest;
    qint64 m_unlockMs = 0;
    qint64 m_upgradeMs = 0;

    enum class State { Old, Between, New, Broken };

    QString passphrase() const { return secret(QStringLiteral("passphrase")); }

    static bool copyVault(const QString &from, const QString &to)
    {
        QDir(to).removeRecursively();
        QDir().mkpath(to);
        for (const QString &name : QDir(from).entryList(QDir::Files))
            if (!QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name))
                return false;
        return true;
    }

    bool holdsTheData(const QString &dir, const QString &file, int major) const
    {
        auto digest = digestAsIs(dir, file, m_key, CipherSettings::forLibraryMajor(major));
        return digest && *digest == m_digest;
    }

    // What a kill left, looked at without resuming anything.
    State stateOf(const QString &dir) const
    {
        auto d = VaultDescriptor::load(dir);
        if (!d)
            return State::Broken;
        const QString db = VaultPaths::databaseFile(dir);
        const QString backup = VaultPaths::upgradeBackupFile(dir);
        const QString temp = VaultPaths::upgradeTempFile(dir);
        if (d->cipher.libraryMajor >= 4)
            return holdsTheData(dir, db, 4) ? State::New : State::Broken;
        if (!QFile::exists(backup))
            return holdsTheData(dir, db, 3) ? State::Old : State::Broken;
        // Swapped or swapping: the old file complete in the backup, the new one complete.
        const QString fresh = QFile::exists(db) ? db : temp;
        return holdsTheData(dir, backup, 3) && holdsTheData(dir, fresh, 4) ? State::Between
                                                                           : State::Broken;
    }

    qint64 timedUnlock(const QString &dir)
    {
        QElapsedTimer t;
        t.start();
        const Run r = cli(dir, passphrase(), {QStringLiteral("status"), QStringLiteral("--json")});
        return r.exitCode == 0 ? t.elapsed() : -1;
    }

private slots:
    void initTestCase()
    {
        if (Vault::linkedCipherMajor() < 4)
            QSKIP("SQLCipher 3 build: there is no upgrade to interrupt");
        // Grow a copy of the fixture while it stays a SQLCipher 3 file: Vault::open with the
        // recorded settings does not upgrade (only VaultManager does).
        m_grown = m_tmp.filePath(QStringLiteral("grown"));
        QVERIFY(copyTo(QStringLiteral("passphrase"), m_grown));
        auto d = VaultDescriptor::load(m_grown);
        QVERIFY(d);
        auto key = KeyWrap::unwrap(d->passphraseWrap, passphrase(), d->vaultId);
        QVERIFY(key);
        m_key = std::move(*key);
        const int rows = qEnvironmentVariableIntValue("ROER_KILL_CAMPAIGN_ROWS") > 0
            ? qEnvironmentVariableIntValue("ROER_KILL_CAMPAIGN_ROWS")
            : 40000;
        const QString csv = m_tmp.filePath(QStringLiteral("orders.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("order_id;date;shop;product;amount;email;postcode\n");
            for (int i = 0; i < rows; ++i)
                f.write(QStringLiteral("%1;2024-%2-%3;Winkel %4;Product %5 met een naam;%6,%7;"
                                       "klant%8@example.invalid;%9 AB\n")
                            .arg(100000 + i)
                            .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                            .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                            .arg(i % 40)
                            .arg(i * 7 % 9973)
                            .arg(i % 200)
                            .arg(i % 100, 2, 10, QLatin1Char('0'))
                            .arg(i % 5000)
                            .arg(1000 + i % 8999)
                            .toUtf8());
        }
        {
            auto vault = Vault::open(m_grown, m_key, d->cipher, d->keyCheck);
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message));
            auto st = (*vault)->prepare("SELECT id FROM retailer WHERE name = 'Mijn Winkel'");
            QVERIFY(st.step().value());
            const qint64 retailer = st.int64(0);
            Importer importer(**vault);
            auto imported = importer.run(retailer, {csv});
            QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        }
        QCOMPARE(VaultDescriptor::load(m_grown)->cipher, CipherSettings::forLibraryMajor(3));
        auto digest = digestAsIs(m_grown, VaultPaths::databaseFile(m_grown), m_key,
                                 CipherSettings::forLibraryMajor(3));
        QVERIFY(digest);
        m_digest = *digest;

        // How long an unlock takes with and without the upgrade: the kills fall in between.
        const QString probe = m_tmp.filePath(QStringLiteral("probe"));
        QVERIFY(copyVault(m_grown, probe));
        m_upgradeMs = timedUnlock(probe);
        m_unlockMs = timedUnlock(probe);
        QVERIFY(m_upgradeMs > 0 && m_unlockMs > 0);
        QCOMPARE(stateOf(probe), State::New);
        qInfo("vault %.1f MiB (%d imported rows); roer-cli status: %lld ms with the upgrade, "
              "%lld ms without",
              QFileInfo(VaultPaths::databaseFile(m_grown)).size() / 1048576.0, rows, m_upgradeMs,
              m_unlockMs);
    }

    void killedAtRandomMoments()
    {
        const int kills = qEnvironmentVariableIntValue("ROER_KILL_CAMPAIGN_KILLS") > 0
            ? qEnvironmentVariableIntValue("ROER_KILL_CAMPAIGN_KILLS")
            : 12;
        const quint32 seed = qEnvironmentVariableIsSet("ROER_KILL_CAMPAIGN_SEED")
            ? quint32(qEnvironmentVariableIntValue("ROER_KILL_CAMPAIGN_SEED"))
            : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        const QString exe =
            qEnvironmentVariable("ROER_BINARY_DIR") + QStringLiteral("/app/cli/roer-cli");
        int done = 0, rounds = 0, old = 0, between = 0, fresh = 0, broken = 0, finishedFirst = 0;
        const QString dir = m_tmp.filePath(QStringLiteral("victim"));
        while (done < kills) {
            ++rounds;
            QVERIFY(copyVault(m_grown, dir));
            const int inARow = 1 + int(random.bounded(3)); // repeated on the same folder
            for (int k = 0; k < inARow && done < kills; ++k, ++done) {
                // From just before the key is ready to just after an upgrade would have ended.
                const qint64 from = m_unlockMs / 2;
                const qint64 to = m_upgradeMs + m_upgradeMs / 10;
                const qint64 delay = from + qint64(random.bounded(quint32(to - from + 1)));
                QProcess p;
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("ROER_PASSPHRASE"), passphrase());
                p.setProcessEnvironment(env);
                p.start(exe, {QStringLiteral("--vault"), dir, QStringLiteral("status")});
                QVERIFY(p.waitForStarted());
                if (p.waitForFinished(int(delay)))
                    ++finishedFirst;
                else
                    p.kill(); // SIGKILL
                p.waitForFinished(10000);
                switch (stateOf(dir)) {
                case State::Old: ++old; break;
                case State::Between: ++between; break;
                case State::New: ++fresh; break;
                case State::Broken: ++broken; break;
                }
                QVERIFY2(broken == 0,
                         qPrintable(QStringLiteral("kill %1 (seed %2, %3 ms) left a "
                                                   "broken vault")
                                        .arg(done + 1)
                                        .arg(seed)
                                        .arg(delay)));
            }
            // Then Roer starts normally: the new vault with everything in it.
            const Run r =
                cli(dir, passphrase(), {QStringLiteral("status"), QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(stateOf(dir), State::New);
            QVERIFY(!QFile::exists(VaultPaths::upgradeBackupFile(dir)));
            QVERIFY(!QFile::exists(VaultPaths::upgradeTempFile(dir)));
            VaultManager vm(dir);
            QVERIFY(vm.unlockWithPassphrase(passphrase()));
            auto chain = ConsentHistoryVerifier::verify(*vm.vault());
            QVERIFY(chain && chain->intact());
        }
        qInfo("kill campaign (seed %u): %d kills in %d rounds; the kill found the old vault %d "
              "times, the swap in between %d times, the new vault %d times (%d runs had already "
              "finished); vaults lost or half converted: %d",
              seed, done, rounds, old, between, fresh, finishedFirst, broken);
    }
};

QTEST_GUILESS_MAIN(TestCipherUpgradeKill)
#include "TestCipherUpgradeKill.moc"
