// Crash campaign (issue 13): roer-cli is killed with SIGKILL at random moments while it
// commits decisions (`consent set`) and while it sends them (`outbox send`), against the
// real roer-sandbox with faults switched on (failures, lost answers after a commit). Then one
// uninterrupted `outbox send` drains the outbox. Every item a finished command reported as
// committed is in the vault, every item in the vault was delivered, and the retailer applied
// each exactly once (the sandbox counts applications per Idempotency-Key).
//
// The kinds of outbox item are a table (kinds()): the rights requests of issue 9 join it
// with their own commit command and their own list of what the retailer applied.
#include "../consent/SandboxProcess.h"
#include "Campaign.h"
#include "VaultInvariants.h"

#include "vault/VaultManager.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

using Campaign::Run;

namespace {
const QString kPassphrase = QStringLiteral("a long kill passphrase");
}

class TestKillSending : public QObject
{
    Q_OBJECT

    // One kind of item that goes through the transactional outbox.
    struct Kind
    {
        QString name;
        // roer-cli arguments that commit item number i (with --json: it prints the item).
        std::function<QStringList(int i)> commit;
        // The id of the committed item in that --json output.
        std::function<QString(const QJsonObject &)> idFrom;
        // Per committed item in the vault: id -> idempotency key and whether it is delivered.
        std::function<QHash<QString, QPair<QString, bool>>(Vault &)> inVault;
        // From GET /_sandbox/decisions: idempotency key -> times the retailer applied it.
        std::function<QHash<QString, int>(const QJsonObject &)> applied;
    };

    static QList<Kind> kinds()
    {
        static const QStringList purposes{QStringLiteral("direct-marketing"),
                                          QStringLiteral("product-recommendations"),
                                          QStringLiteral("store-visit-analytics")};
        static const QStringList channels{QStringLiteral("email"), QStringLiteral("email"),
                                          QStringLiteral("app")};
        Kind consent;
        consent.name = QStringLiteral("consent");
        consent.commit = [](int i) {
            QStringList a{QStringLiteral("consent"),
                          QStringLiteral("set"),
                          QStringLiteral("--retailer"),
                          QStringLiteral("Zandbak"),
                          QStringLiteral("--purpose"),
                          purposes.at(i % 3),
                          QStringLiteral("--state"),
                          i % 2 ? QStringLiteral("withdrawn") : QStringLiteral("given"),
                          QStringLiteral("--json")};
            if (i % 2 == 0)
                a << QStringLiteral("--channels") << channels.at(i % 3);
            return a;
        };
        consent.idFrom = [](const QJsonObject &o) {
            return o[QLatin1String("record")][QLatin1String("record_id")].toString();
        };
        consent.inVault = [](Vault &vault) {
            QHash<QString, QPair<QString, bool>> out;
            SqlStatement s =
                vault.prepare("SELECT record_id, idempotency_key, status FROM consent_outbox");
            for (auto row = s.step(); row && *row; row = s.step())
                out.insert(s.text(0), {s.text(1), s.text(2) == QLatin1String("confirmed")});
            return out;
        };
        consent.applied = [](const QJsonObject &d) {
            QHash<QString, int> out;
            for (const QJsonValue &v : d[QLatin1String("idempotency_keys")].toArray())
                out.insert(v[QLatin1String("key")].toString(), v[QLatin1String("applied")].toInt());
            return out;
        };
        return {consent};
    }

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    QRandomGenerator m_random{quint32(QDateTime::currentMSecsSinceEpoch())};

    QString vaultDir() const { return m_dir.filePath(QStringLiteral("vault")); }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("ROER_PASSPHRASE"), kPassphrase);
        return e;
    }
    QStringList cli(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--vault"), vaultDir(), QStringLiteral("--lang"),
                           QStringLiteral("en")}
        + args;
    }

    struct Killed
    {
        bool killed = false;
        int exitCode = -1;
        QByteArray out;
    };
    Killed runAndKill(const QStringList &args, qint64 atMs)
    {
        Killed k;
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(Campaign::roerCli(), cli(args));
        if (!p.waitForStarted(10000))
            return k;
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, int(atMs));
        if (p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            k.killed = true;
        }
        (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000);
        k.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        k.out = p.readAllStandardOutput();
        return k;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("ROER_TEST_KEYRING") != QLatin1String("1"))
            QSKIP("needs the Secret Service of tests/run-headless (the account tokens live there)");
        QVERIFY(m_sandbox.start());
        QCOMPARE(Campaign::run(Campaign::roerCli(), cli({QStringLiteral("init")}), env()).exitCode,
                 0);
        QCOMPARE(Campaign::run(Campaign::roerCli(),
                               cli({QStringLiteral("retailer"), QStringLiteral("add"),
                                    QStringLiteral("Zandbak"), QStringLiteral("--api"),
                                    m_sandbox.address()}),
                               env())
                     .exitCode,
                 0);
        // Link as the customer would: the CLI prints the address, the "browser" opens it.
        QProcess link;
        link.setProcessEnvironment(env());
        link.start(Campaign::roerCli(),
                   cli({QStringLiteral("retailer"), QStringLiteral("link"),
                        QStringLiteral("Zandbak")}));
        QUrl authorize;
        QVERIFY(QTest::qWaitFor(
            [&] {
                while (link.canReadLine()) {
                    const QByteArray line = link.readLine().trimmed();
                    if (line.startsWith("http"))
                        authorize = QUrl::fromEncoded(line);
                }
                return authorize.isValid() || link.state() == QProcess::NotRunning;
            },
            30000));
        QVERIFY(authorize.isValid());
        QNetworkRequest r(authorize);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(r);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 20000));
        reply->deleteLater();
        QVERIFY(QTest::qWaitFor([&] { return link.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(link.exitCode(), 0);
    }

    void killedWhileCommittingAndSending()
    {
        const QList<Kind> all = kinds();
        const int kills = Campaign::count("send_kills", 8, 60);
        // Time one commit and one send, for the kill windows.
        const Run first = Campaign::run(Campaign::roerCli(), cli(all.first().commit(0)), env());
        QCOMPARE(first.exitCode, 0);
        QMultiHash<QString, QString> reported; // kind -> ids a finished command reported
        reported.insert(all.first().name,
                        all.first().idFrom(QJsonDocument::fromJson(first.out).object()));
        const Run send = Campaign::run(Campaign::roerCli(),
                                       cli({QStringLiteral("outbox"), QStringLiteral("send"),
                                            QStringLiteral("--wait"), QStringLiteral("20")}),
                                       env());
        QCOMPARE(send.exitCode, 0);
        const qint64 commitMs = first.elapsedMs, sendMs = std::max<qint64>(send.elapsedMs, 300);

        int killed = 0, runs = 0, committedKilled = 0, sendsKilled = 0, item = 1;
        while (killed < kills && runs < kills * 4) {
            ++runs;
            // Now and then the retailer misbehaves: failures, and answers lost after a commit.
            if (runs % 5 == 0)
                m_sandbox.setFaults(QJsonObject{{QStringLiteral("fail_ratio"), 0.3},
                                                {QStringLiteral("seed"), runs},
                                                {QStringLiteral("drop_after_commit_next"), 2}});
            // Always something new to send: one decision committed without a kill.
            {
                const Kind &kind = all.at(item % all.size());
                const Run r = Campaign::run(Campaign::roerCli(), cli(kind.commit(item)), env());
                QCOMPARE(r.exitCode, 0);
                reported.insert(kind.name, kind.idFrom(QJsonDocument::fromJson(r.out).object()));
                ++item;
            }
            if (m_random.bounded(2) == 0) {
                const Kind &kind = all.at(item % all.size());
                const Killed k = runAndKill(kind.commit(item),
                                            10 + qint64(m_random.bounded(double(commitMs) * 1.3)));
                ++item;
                if (k.killed) {
                    ++killed;
                    ++committedKilled;
                } else {
                    QCOMPARE(k.exitCode, 0);
                    reported.insert(kind.name,
                                    kind.idFrom(QJsonDocument::fromJson(k.out).object()));
                }
            } else {
                const Killed k = runAndKill({QStringLiteral("outbox"), QStringLiteral("send"),
                                             QStringLiteral("--wait"), QStringLiteral("20")},
                                            10 + qint64(m_random.bounded(double(sendMs) * 1.5)));
                if (k.killed) {
                    ++killed;
                    ++sendsKilled;
                }
            }
        }
        QVERIFY2(killed >= kills, "not enough runs were killed while running");

        // The retailer behaves again; one send without a kill drains everything.
        m_sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults"));
        const Run drain = Campaign::run(Campaign::roerCli(),
                                        cli({QStringLiteral("outbox"), QStringLiteral("send"),
                                             QStringLiteral("--wait"), QStringLiteral("90")}),
                                        env(), 180000);
        QVERIFY2(drain.exitCode == 0, drain.err.constData());

        VaultManager manager(vaultDir());
        QVERIFY(manager.unlockWithPassphrase(kPassphrase));
        const QStringList problems = VaultInvariants::problems(*manager.vault());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        const QJsonObject decisions = m_sandbox.decisions();
        int items = 0;
        for (const Kind &kind : all) {
            const auto stored = kind.inVault(*manager.vault());
            const auto applied = kind.applied(decisions);
            for (const QString &id : reported.values(kind.name))
                QVERIFY2(stored.contains(id),
                         qPrintable(kind.name + QStringLiteral(": a committed item was lost: ")
                                    + id));
            for (auto it = stored.begin(); it != stored.end(); ++it) {
                QVERIFY2(it->second,
                         qPrintable(kind.name + QStringLiteral(": not delivered: ") + it.key()));
                QCOMPARE(applied.value(it->first), 1);
            }
            items += int(stored.size());
            Campaign::figure(QStringLiteral("kill-sending"), kind.name + QStringLiteral("/items"),
                             stored.size());
            Campaign::figure(QStringLiteral("kill-sending"),
                             kind.name + QStringLiteral("/reported-committed"),
                             reported.values(kind.name).size());
        }
        QCOMPARE(int(decisions[QLatin1String("decisions")].toArray().size()), items);
        Campaign::figure(QStringLiteral("kill-sending"), QStringLiteral("runs"), runs);
        Campaign::figure(QStringLiteral("kill-sending"), QStringLiteral("kills"), killed);
        Campaign::figure(QStringLiteral("kill-sending"), QStringLiteral("kills-while-committing"),
                         committedKilled);
        Campaign::figure(QStringLiteral("kill-sending"), QStringLiteral("kills-while-sending"),
                         sendsKilled);
        Campaign::figure(QStringLiteral("kill-sending"), QStringLiteral("applied-twice"), 0);
        Campaign::figure(QStringLiteral("kill-sending"), QStringLiteral("lost"), 0);
    }
};

QTEST_GUILESS_MAIN(TestKillSending)
#include "TestKillSending.moc"
