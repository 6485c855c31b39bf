#include "SandboxFixture.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

#include <csignal>

using namespace ConsentTestUtil;

// Kill the sending process (SIGKILL) at random moments, at least 50 times, then restart it
// and let it drain. Every decision that was committed must have been delivered, and applied
// exactly once per Idempotency-Key at the retailer (checked through /_sandbox/decisions).
class TestConsentCrash : public QObject
{
    Q_OBJECT

    static QString helper()
    {
        return qEnvironmentVariable("ROER_BINARY_DIR")
            + QStringLiteral("/tests/consent/consent_crash_helper");
    }

private slots:
    void killedAtRandomThenDrained()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        QTemporaryDir dir;
        const SecureBytes key = SecureBytes::random(Vault::kKeySize);
        const SecureBytes keyHex = key.toHex();
        QByteArray token;
        {
            auto created = Vault::create(dir.path(), key);
            QVERIFY(created);
            // Link once in-process (real OAuth), then hand the access token to the helpers.
            SandboxFixture f;
            f.vault = std::move(*created);
            f.retailerId = addRetailer(*f.vault, QStringLiteral("Zandbak"), sandbox.address());
            QCOMPARE(f.retailerId, qint64(1));
            f.accounts = std::make_unique<RetailerAccounts>(*f.vault, &f.keychain, &f.network);
            QVERIFY(f.link());
            QVERIFY(f.fetchPurposes());
            bool got = false;
            f.accounts->accessToken(f.retailerId, false, [&](QByteArray t) {
                token = t;
                got = true;
            });
            QVERIFY(QTest::qWaitFor([&] { return got; }, 10000));
            QVERIFY(!token.isEmpty());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROER_TEST_VAULT_KEY"),
                   QString::fromLatin1(keyHex.constChar(), int(keyHex.size())));
        env.insert(QStringLiteral("ROER_TEST_ACCESS_TOKEN"), QString::fromLatin1(token));

        QSet<QString> printed;
        int killed = 0;
        int runs = 0;
        // At least 50 real kills (a run that finishes before its kill moment does not count).
        for (; killed < 50 && runs < 150; ++runs) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(helper(), {QStringLiteral("work"), dir.path(), QStringLiteral("30")});
            QVERIFY(p.waitForStarted());
            // A random moment: during start-up, while committing, while sending.
            QTest::qWait(int(QRandomGenerator::global()->bounded(10, 400)));
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++killed;
            }
            if (p.state() != QProcess::NotRunning)
                QVERIFY(p.waitForFinished(10000));
            const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines)
                if (line.startsWith("committed ") && line.size() == 10 + 36)
                    printed.insert(QString::fromLatin1(line.mid(10)));
        }
        QVERIFY2(killed >= 50, "not enough runs were really killed");

        QProcess drain;
        drain.setProcessEnvironment(env);
        drain.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        drain.start(helper(), {QStringLiteral("drain"), dir.path()});
        QVERIFY(drain.waitForFinished(60000));
        QCOMPARE(drain.exitCode(), 0);

        auto vault = Vault::open(dir.path(), key,
                                 CipherSettings::forLibraryMajor(Vault::linkedCipherMajor()),
                                 Vault::keyCheckFor(key));
        QVERIFY(vault);
        const QList<OutboxEntry> entries = Outbox(**vault).all().value();
        QSet<QString> inVault;
        for (const OutboxEntry &e : entries) {
            inVault.insert(e.recordId);
            QCOMPARE(e.status, Consent::Delivery::Confirmed);
        }
        // Every decision the helper reported as committed survived the kill.
        for (const QString &id : std::as_const(printed))
            QVERIFY2(inVault.contains(id), "a committed decision was lost");
        QVERIFY(entries.size() >= printed.size());

        const QJsonObject d = sandbox.decisions();
        QHash<QString, int> applied;
        for (const QJsonValue &v : d[QLatin1String("idempotency_keys")].toArray())
            applied.insert(v[QLatin1String("key")].toString(), v[QLatin1String("applied")].toInt());
        for (const OutboxEntry &e : entries)
            QCOMPARE(applied.value(e.idempotencyKey), 1);
        QCOMPARE(d[QLatin1String("decisions")].toArray().size(), int(entries.size()));
        qInfo() << "crash runs" << runs << "killed" << killed << "decisions" << entries.size();
    }
};

QTEST_GUILESS_MAIN(TestConsentCrash)
#include "TestConsentCrash.moc"
