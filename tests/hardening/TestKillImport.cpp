// Crash campaign (issue 13): roer-cli is killed with SIGKILL at random moments while it
//  - imports an export (small, and in the long mode a 1 GB one made on the fly),
//  - changes the passphrase (the key is wrapped again, vault.json rewritten),
//  - renews the recovery code.
// After every kill: the vault opens, integrity_check and the search index check pass, the
// earlier snapshot is unchanged, the interrupted import fully landed (equal to an
// uninterrupted one) or left nothing, no orphan rows, no stray or temporary files, and
// always some key opens the vault (the passphrase, and the recovery code).
#include "Campaign.h"
#include "ExportGenerator.h"
#include "VaultInvariants.h"

#include "vault/VaultManager.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using Campaign::Run;

namespace {
const QString kPassphrase = QStringLiteral("the first kill passphrase");

bool copyDirectory(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    if (!QDir().mkpath(to))
        return false;
    const QStringList files = QDir(from).entryList(QDir::Files | QDir::Hidden);
    for (const QString &f : files)
        if (!QFile::copy(from + u'/' + f, to + u'/' + f))
            return false;
    return true;
}
} // namespace

class TestKillImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_baseline;
    QString m_tmp; // TMPDIR of every roer-cli run: must stay empty
    QString m_recoveryCode;
    QRandomGenerator m_random{quint32(QDateTime::currentMSecsSinceEpoch())};

    QProcessEnvironment env(const QString &passphrase = kPassphrase) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("ROER_PASSPHRASE"), passphrase);
        e.insert(QStringLiteral("TMPDIR"), m_tmp);
        return e;
    }
    QStringList cli(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("--lang"),
                           QStringLiteral("en")}
        + args;
    }

    struct Kill
    {
        bool killed = false;
        int exitCode = -1;
        QByteArray out;
        qint64 atMs = 0;
    };
    // Starts roer-cli and kills it after `atMs` (if it still runs by then).
    Kill runAndKill(const QStringList &args, const QProcessEnvironment &e, qint64 atMs)
    {
        Kill k;
        k.atMs = atMs;
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(Campaign::roerCli(), cli(args));
        if (!p.waitForStarted(10000))
            return k;
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, int(atMs));
        if (p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            k.killed = true;
        }
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000);
        k.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        k.out = p.readAllStandardOutput();
        return k;
    }

    qint64 timed(const QStringList &args, const QProcessEnvironment &e, QByteArray *out = nullptr)
    {
        const Run r = Campaign::run(Campaign::roerCli(), cli(args), e, 600000);
        if (out)
            *out = r.out;
        return r.exitCode == 0 ? r.elapsedMs : -1;
    }

    void noTempFiles(const QString &what)
    {
        const QStringList left = Campaign::filesUnder({m_tmp});
        QVERIFY2(left.isEmpty(),
                 qPrintable(what + QStringLiteral(": temporary files left: ") + left.join(u',')));
    }

    // Right after a kill SQLite's own files may be there (it needs them to recover); nothing
    // else may (a temporary file of an interrupted vault.json save, say).
    void onlySqliteFiles(const QString &what)
    {
        QStringList stray = VaultInvariants::strayFiles(m_vault);
        for (const char *own : {"vault.db-wal", "vault.db-shm", "vault.db-journal"})
            stray.removeAll(QLatin1String(own));
        QVERIFY2(stray.isEmpty(), qPrintable(what + QStringLiteral(": ") + stray.join(u',')));
    }
    // Once the vault was opened and closed again: nothing at all.
    void noStrayFiles(const QString &what)
    {
        const QStringList stray = VaultInvariants::strayFiles(m_vault);
        QVERIFY2(stray.isEmpty(),
                 qPrintable(what + QStringLiteral(": left after closing: ") + stray.join(u',')));
    }

    // Opens the vault as the app does and checks every invariant; gives the snapshots.
    void openAndCheck(const QString &passphrase, const QString &what,
                      QList<VaultInvariants::Snapshot> *snapshots = nullptr)
    {
        VaultManager manager(m_vault);
        const auto opened = manager.unlockWithPassphrase(passphrase);
        QVERIFY2(opened,
                 qPrintable(what + QStringLiteral(": the vault does not open: ")
                            + (opened ? QString() : opened.error().message)));
        const QStringList problems = VaultInvariants::problems(*manager.vault());
        QVERIFY2(problems.isEmpty(),
                 qPrintable(what + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        if (snapshots)
            *snapshots = VaultInvariants::snapshots(*manager.vault());
        manager.lock();
        const QStringList stray = VaultInvariants::strayFiles(m_vault);
        QVERIFY2(stray.isEmpty(),
                 qPrintable(what + QStringLiteral(": files left after closing: ")
                            + stray.join(u',')));
    }

    void importCampaign(const QString &label, const QString &exportFile, int kills)
    {
        // One uninterrupted import on a copy: what "fully landed" must look like, and how long
        // the kill window is.
        QVERIFY(copyDirectory(m_baseline, m_vault));
        const qint64 fullMs = timed({QStringLiteral("import"), QStringLiteral("--retailer"),
                                     QStringLiteral("Winkel"), exportFile},
                                    env());
        QVERIFY(fullMs > 0);
        QList<VaultInvariants::Snapshot> reference;
        openAndCheck(kPassphrase, label + QStringLiteral(" reference"), &reference);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(reference.size(), 2);
        const auto baseline = reference.first();

        int killed = 0, landed = 0, nothing = 0, journals = 0, runs = 0;
        while (killed < kills && runs < kills * 3) {
            ++runs;
            QVERIFY(copyDirectory(m_baseline, m_vault));
            const qint64 at = 20 + qint64(m_random.bounded(double(fullMs) * 1.1));
            const Kill k = runAndKill({QStringLiteral("import"), QStringLiteral("--retailer"),
                                       QStringLiteral("Winkel"), exportFile},
                                      env(), at);
            if (!k.killed) {
                QCOMPARE(k.exitCode, 0);
                continue;
            }
            ++killed;
            if (QFileInfo::exists(m_vault + QStringLiteral("/vault.db-journal")))
                ++journals;
            const QString what =
                QStringLiteral("%1 kill %2 at %3 ms").arg(label).arg(killed).arg(at);
            noTempFiles(what);
            if (QTest::currentTestFailed())
                return;
            QList<VaultInvariants::Snapshot> snaps;
            openAndCheck(kPassphrase, what, &snaps);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(!snaps.isEmpty() && snaps.first().digest == baseline.digest,
                     qPrintable(what + QStringLiteral(": the earlier snapshot changed")));
            if (snaps.size() == 1) {
                ++nothing;
            } else {
                QCOMPARE(snaps.size(), 2);
                const auto &got = snaps.last();
                const auto &want = reference.last();
                QVERIFY2(got.records == want.records && got.fields == want.fields
                             && got.digest == want.digest && got.contentSha == want.contentSha,
                         qPrintable(what + QStringLiteral(": a half snapshot")));
                ++landed;
            }
        }
        QVERIFY2(killed >= kills, "not enough runs were killed while running");
        Campaign::figure(QStringLiteral("kill-import"), label + QStringLiteral("/import-ms"),
                         fullMs);
        Campaign::figure(QStringLiteral("kill-import"), label + QStringLiteral("/kills"), killed);
        Campaign::figure(QStringLiteral("kill-import"), label + QStringLiteral("/landed"), landed);
        Campaign::figure(QStringLiteral("kill-import"), label + QStringLiteral("/left-nothing"),
                         nothing);
        Campaign::figure(QStringLiteral("kill-import"), label + QStringLiteral("/hot-journals"),
                         journals);
        Campaign::figure(QStringLiteral("kill-import"), label + QStringLiteral("/problems"), 0);
    }

    bool opensWith(const QString &passphrase)
    {
        VaultManager manager(m_vault);
        return bool(manager.unlockWithPassphrase(passphrase));
    }
    bool opensWithCode(const QString &code)
    {
        VaultManager manager(m_vault);
        return bool(manager.unlockWithRecoveryCode(code));
    }

private slots:
    void initTestCase()
    {
        m_vault = m_dir.filePath(QStringLiteral("vault"));
        m_baseline = m_dir.filePath(QStringLiteral("baseline"));
        m_tmp = m_dir.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_tmp));
        QByteArray out;
        QVERIFY(timed({QStringLiteral("init"), QStringLiteral("--json")}, env(), &out) > 0);
        m_recoveryCode =
            QJsonDocument::fromJson(out).object()[QLatin1String("recovery_code")].toString();
        QVERIFY(!m_recoveryCode.isEmpty());
        QVERIFY(timed({QStringLiteral("retailer"), QStringLiteral("add"), QStringLiteral("Winkel")},
                      env())
                > 0);
        // The earlier snapshot: a real fixture.
        QVERIFY(
            timed({QStringLiteral("import"), QStringLiteral("--retailer"), QStringLiteral("Winkel"),
                   Campaign::sourceDir()
                       + QStringLiteral("/tests/importing/fixtures/Retail.OrderHistory.1.csv")},
                  env())
            > 0);
        QVERIFY(copyDirectory(m_vault, m_baseline));
    }

    void killDuringImport()
    {
        const QString small = m_dir.filePath(QStringLiteral("orders.json"));
        const qint64 smallBytes = qint64(Campaign::count("small_mb", 4, 8)) << 20;
        QVERIFY(ExportGenerator::writeOrders(small, smallBytes) > 0);
        importCampaign(QStringLiteral("small"), small, Campaign::count("import_kills", 6, 40));
        QFile::remove(small);
        if (QTest::currentTestFailed())
            return;
        const int bigKills = Campaign::count("big_kills", 0, 12);
        if (bigKills == 0)
            return;
        const QString big = m_dir.filePath(QStringLiteral("big-export.json"));
        const qint64 bigBytes = qint64(Campaign::count("big_mb", 1024, 1024)) << 20;
        QVERIFY(ExportGenerator::writeOrders(big, bigBytes) > 0);
        Campaign::figure(QStringLiteral("kill-import"), QStringLiteral("big/bytes"),
                         QFileInfo(big).size());
        importCampaign(QStringLiteral("big"), big, bigKills);
        QFile::remove(big);
    }

    void killDuringPassphraseChange()
    {
        QVERIFY(copyDirectory(m_baseline, m_vault));
        QString current = kPassphrase;
        const QString file = m_dir.filePath(QStringLiteral("new-passphrase.txt"));
        auto writeNext = [&](int i) {
            const QString next = QStringLiteral("kill passphrase number %1").arg(i);
            QFile f(file);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(next.toUtf8() + '\n');
            return next;
        };
        QString next = writeNext(0);
        const qint64 fullMs = timed({QStringLiteral("vault"), QStringLiteral("passphrase"),
                                     QStringLiteral("--new-passphrase-file"), file},
                                    env(current));
        QVERIFY(fullMs > 0);
        current = next;
        const int kills = Campaign::count("passphrase_kills", 4, 25);
        int killed = 0, changed = 0, kept = 0, runs = 0;
        while (killed < kills && runs < kills * 3) {
            ++runs;
            next = writeNext(runs);
            const qint64 at = 20 + qint64(m_random.bounded(double(fullMs) * 1.2));
            const Kill k = runAndKill({QStringLiteral("vault"), QStringLiteral("passphrase"),
                                       QStringLiteral("--new-passphrase-file"), file},
                                      env(current), at);
            if (!k.killed) {
                QCOMPARE(k.exitCode, 0);
                current = next;
                continue;
            }
            ++killed;
            const QString what = QStringLiteral("passphrase kill %1 at %2 ms").arg(killed).arg(at);
            noTempFiles(what);
            onlySqliteFiles(what);
            if (opensWith(next)) {
                ++changed;
                QVERIFY2(!opensWith(current),
                         qPrintable(what + QStringLiteral(": both passphrases open")));
                current = next;
            } else {
                QVERIFY2(opensWith(current),
                         qPrintable(what + QStringLiteral(": no passphrase opens the vault")));
                ++kept;
            }
            QVERIFY2(opensWithCode(m_recoveryCode),
                     qPrintable(what + QStringLiteral(": the recovery code stopped working")));
            noStrayFiles(what);
        }
        QVERIFY(killed >= kills);
        openAndCheck(current, QStringLiteral("after the passphrase kills"));
        Campaign::figure(QStringLiteral("kill-passphrase"), QStringLiteral("change-ms"), fullMs);
        Campaign::figure(QStringLiteral("kill-passphrase"), QStringLiteral("kills"), killed);
        Campaign::figure(QStringLiteral("kill-passphrase"), QStringLiteral("new-passphrase-works"),
                         changed);
        Campaign::figure(QStringLiteral("kill-passphrase"), QStringLiteral("old-passphrase-works"),
                         kept);
        Campaign::figure(QStringLiteral("kill-passphrase"), QStringLiteral("no-key-opens"), 0);
    }

    void killDuringRecoveryCodeRenewal()
    {
        QVERIFY(copyDirectory(m_baseline, m_vault));
        QString code = m_recoveryCode;
        QByteArray out;
        const qint64 fullMs = timed({QStringLiteral("vault"), QStringLiteral("recovery-code"),
                                     QStringLiteral("--json")},
                                    env(), &out);
        QVERIFY(fullMs > 0);
        code = QJsonDocument::fromJson(out).object()[QLatin1String("recovery_code")].toString();
        QVERIFY(opensWithCode(code));
        const int kills = Campaign::count("recovery_kills", 4, 25);
        int killed = 0, renewed = 0, kept = 0, lostInFlight = 0, runs = 0;
        while (killed < kills && runs < kills * 3) {
            ++runs;
            const qint64 at = 20 + qint64(m_random.bounded(double(fullMs) * 1.2));
            const Kill k = runAndKill({QStringLiteral("vault"), QStringLiteral("recovery-code"),
                                       QStringLiteral("--json")},
                                      env(), at);
            const QString printed =
                QJsonDocument::fromJson(k.out).object()[QLatin1String("recovery_code")].toString();
            if (!k.killed) {
                QCOMPARE(k.exitCode, 0);
                code = printed;
                continue;
            }
            ++killed;
            const QString what = QStringLiteral("recovery kill %1 at %2 ms").arg(killed).arg(at);
            noTempFiles(what);
            onlySqliteFiles(what);
            // The passphrase always opens it: never a vault that no key opens.
            QVERIFY2(opensWith(kPassphrase),
                     qPrintable(what + QStringLiteral(": the passphrase stopped working")));
            if (!printed.isEmpty() && opensWithCode(printed)) {
                ++renewed;
                code = printed;
            } else if (opensWithCode(code)) {
                ++kept;
            } else {
                // Saved, but killed before the code was shown: the old code is gone and the new
                // one never seen. The vault stays unconfirmed, so the app keeps asking the
                // customer to make a new one; make one now to go on.
                ++lostInFlight;
                VaultManager manager(m_vault);
                QVERIFY(manager.unlockWithPassphrase(kPassphrase));
                QVERIFY(!manager.isRecoveryCodeConfirmed());
                auto fresh = manager.renewRecoveryCode();
                QVERIFY(fresh);
                code = *fresh;
            }
            noStrayFiles(what);
        }
        QVERIFY(killed >= kills);
        openAndCheck(kPassphrase, QStringLiteral("after the recovery code kills"));
        Campaign::figure(QStringLiteral("kill-recovery"), QStringLiteral("renew-ms"), fullMs);
        Campaign::figure(QStringLiteral("kill-recovery"), QStringLiteral("kills"), killed);
        Campaign::figure(QStringLiteral("kill-recovery"), QStringLiteral("new-code-works"),
                         renewed);
        Campaign::figure(QStringLiteral("kill-recovery"), QStringLiteral("old-code-works"), kept);
        Campaign::figure(QStringLiteral("kill-recovery"), QStringLiteral("saved-but-not-shown"),
                         lostInFlight);
        Campaign::figure(QStringLiteral("kill-recovery"), QStringLiteral("no-key-opens"), 0);
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "TestKillImport.moc"
