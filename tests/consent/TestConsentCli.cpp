#include "ConsentTestUtil.h"
#include "SandboxProcess.h"

#include "vault/VaultManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// roer-cli end to end against the real sandbox: link (OAuth + PKCE via the loopback
// redirect), consent set, outbox send --wait, consent list/history, outbox list.
class TestConsentCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;

    QString vaultDir() const { return m_dir.path() + QStringLiteral("/vault"); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("ROER_PASSPHRASE"), QStringLiteral("a long test passphrase"));
        return e;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(qEnvironmentVariable("ROER_BINARY_DIR") + QStringLiteral("/app/cli/roer-cli"),
                QStringList{QStringLiteral("--vault"), vaultDir(), QStringLiteral("--lang"),
                            QStringLiteral("en")}
                    + args);
        if (!p.waitForFinished(120000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
        // `retailer add` belongs to the import module; add the row directly.
        VaultManager manager(vaultDir());
        QVERIFY(manager.unlockWithPassphrase(QStringLiteral("a long test passphrase")));
        QVERIFY(ConsentTestUtil::addRetailer(*manager.vault(), QStringLiteral("Zandbak"),
                                             m_sandbox.address()));
        QVERIFY(
            ConsentTestUtil::addRetailer(*manager.vault(), QStringLiteral("Papier"), QString()));
        manager.lock();
    }

    void linkSetSendListHistory()
    {
        // retailer link: read the URL it prints, act as the browser, wait for it to finish.
        QProcess link;
        link.setProcessEnvironment(env());
        link.start(qEnvironmentVariable("ROER_BINARY_DIR") + QStringLiteral("/app/cli/roer-cli"),
                   {QStringLiteral("--vault"), vaultDir(), QStringLiteral("--lang"),
                    QStringLiteral("en"), QStringLiteral("retailer"), QStringLiteral("link"),
                    QStringLiteral("Zandbak")});
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
        QVERIFY(authorize.query().contains(QStringLiteral("code_challenge_method=S256")));
        QNetworkRequest r(authorize);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(r);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 20000));
        reply->deleteLater();
        QVERIFY(link.waitForFinished(60000));
        QCOMPARE(link.exitCode(), 0);

        Run set = cli(
            {QStringLiteral("consent"), QStringLiteral("set"), QStringLiteral("--retailer"),
             QStringLiteral("Zandbak"), QStringLiteral("--purpose"),
             QStringLiteral("direct-marketing"), QStringLiteral("--state"), QStringLiteral("given"),
             QStringLiteral("--channels"), QStringLiteral("email,sms"), QStringLiteral("--until"),
             QStringLiteral("2099-12-31"), QStringLiteral("--where"), QStringLiteral("online")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        set = cli({QStringLiteral("consent"), QStringLiteral("set"), QStringLiteral("--retailer"),
                   QStringLiteral("Zandbak"), QStringLiteral("--purpose"),
                   QStringLiteral("direct-marketing"), QStringLiteral("--state"),
                   QStringLiteral("withdrawn")});
        QCOMPARE(set.exitCode, 0);
        // Usage and refusals: exit 1 for usage, 2 with one line for the rest.
        QCOMPARE(cli({QStringLiteral("consent"), QStringLiteral("set"),
                      QStringLiteral("--retailer"), QStringLiteral("Zandbak"),
                      QStringLiteral("--purpose"), QStringLiteral("x"), QStringLiteral("--state"),
                      QStringLiteral("maybe")})
                     .exitCode,
                 1);
        Run refused = cli({QStringLiteral("consent"), QStringLiteral("set"),
                           QStringLiteral("--retailer"), QStringLiteral("Zandbak"),
                           QStringLiteral("--purpose"), QStringLiteral("order-delivery"),
                           QStringLiteral("--state"), QStringLiteral("withdrawn")});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.count('\n'), 1);

        // A rights request to a shop with the Roer API goes out with the same command.
        Run asked =
            cli({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--retailer"),
                 QStringLiteral("Zandbak"), QStringLiteral("--kind"), QStringLiteral("access"),
                 QStringLiteral("--json")});
        QVERIFY2(asked.exitCode == 0, asked.err.constData());
        const QString requestId =
            QJsonDocument::fromJson(asked.out)[QLatin1String("id")].toString();
        QVERIFY(!requestId.isEmpty());

        Run send = cli({QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--wait"),
                        QStringLiteral("30"), QStringLiteral("--json")});
        QCOMPARE(send.exitCode, 0);
        const QJsonDocument sent = QJsonDocument::fromJson(send.out);
        QCOMPARE(sent[QLatin1String("confirmed")].toInt(), 2);
        QCOMPARE(sent[QLatin1String("requests")][QLatin1String("confirmed")].toInt(), 1);
        Run shown = cli({QStringLiteral("request"), QStringLiteral("show"), requestId,
                         QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(shown.out)[QLatin1String("status")].toString(),
                 QStringLiteral("received"));

        Run outbox =
            cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray entries =
            QJsonDocument::fromJson(outbox.out)[QLatin1String("outbox")].toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0][QLatin1String("status")].toString(), QStringLiteral("confirmed"));

        Run list =
            cli({QStringLiteral("consent"), QStringLiteral("list"), QStringLiteral("--retailer"),
                 QStringLiteral("Zandbak"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        bool found = false;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(list.out)[QLatin1String("consents")].toArray())
            if (v[QLatin1String("purpose_id")].toString() == QLatin1String("direct-marketing")) {
                found = true;
                QCOMPARE(v[QLatin1String("state")].toString(), QStringLiteral("withdrawn"));
                QCOMPARE(v[QLatin1String("delivery")].toString(), QStringLiteral("confirmed"));
            }
        QVERIFY(found);

        Run history =
            cli({QStringLiteral("consent"), QStringLiteral("history"), QStringLiteral("--retailer"),
                 QStringLiteral("Zandbak"), QStringLiteral("--json")});
        const QJsonObject h = QJsonDocument::fromJson(history.out).object();
        QCOMPARE(h[QLatin1String("records")].toArray().size(), 2);
        QVERIFY(h[QLatin1String("chain_intact")].toBool());
        QCOMPARE(m_sandbox.decisions()[QLatin1String("decisions")].toArray().size(), 2);
    }

    void letterForRetailerWithoutApi()
    {
        Run set =
            cli({QStringLiteral("consent"), QStringLiteral("set"), QStringLiteral("--retailer"),
                 QStringLiteral("Papier"), QStringLiteral("--purpose"),
                 QStringLiteral("newsletter"), QStringLiteral("--state"),
                 QStringLiteral("withdrawn"), QStringLiteral("--letter"), QStringLiteral("nl")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains("artikel 7, lid 3"));
    }

    // After linkSetSendListHistory: the account is linked.
    void refreshAndUnlink()
    {
        const QString z = QStringLiteral("Zandbak");
        Run first = cli({QStringLiteral("retailer"), QStringLiteral("refresh"), z});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(first.out.count('\n'), 1);
        QVERIFY2(first.out.contains("Fetched your data from Zandbak: 9 files"),
                 first.out.constData());
        Run same = cli(
            {QStringLiteral("retailer"), QStringLiteral("refresh"), z, QStringLiteral("--json")});
        QCOMPARE(same.exitCode, 0);
        const QJsonObject unchanged = QJsonDocument::fromJson(same.out).object();
        QVERIFY(unchanged[QLatin1String("unchanged")].toBool());
        QVERIFY(unchanged[QLatin1String("snapshot")].toInteger() > 0);
        // The retailer's view changes: the next refresh reports it.
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/retailer-consent"),
                        {{QStringLiteral("customer_id"), QStringLiteral("c-1001")},
                         {QStringLiteral("purpose_id"), QStringLiteral("product-recommendations")},
                         {QStringLiteral("state"), QStringLiteral("given")},
                         {QStringLiteral("channels"), QJsonArray{}}});
        Run changed = cli(
            {QStringLiteral("retailer"), QStringLiteral("refresh"), z, QStringLiteral("--json")});
        QCOMPARE(changed.exitCode, 0);
        const QJsonObject diff = QJsonDocument::fromJson(changed.out).object();
        QVERIFY(diff[QLatin1String("has_previous")].toBool());
        bool consentsChanged = false;
        for (const QJsonValue &c : diff[QLatin1String("changes")].toArray())
            if (c[QLatin1String("path")].toString() == QLatin1String("consents.json"))
                consentsChanged = c[QLatin1String("added")].toInt() == 1;
        QVERIFY(consentsChanged);

        // Failures: exit 2 with one line.
        m_sandbox.setFaults({{QStringLiteral("down"), true}});
        Run down = cli({QStringLiteral("retailer"), QStringLiteral("refresh"), z});
        m_sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults"));
        QCOMPARE(down.exitCode, 2);
        QCOMPARE(down.err.count('\n'), 1);
        Run noApi =
            cli({QStringLiteral("retailer"), QStringLiteral("refresh"), QStringLiteral("Papier")});
        QCOMPARE(noApi.exitCode, 2);
        QCOMPARE(noApi.err.count('\n'), 1);
        QCOMPARE(cli({QStringLiteral("retailer"), QStringLiteral("refresh")}).exitCode, 1);

        Run unlink = cli({QStringLiteral("retailer"), QStringLiteral("unlink"), z});
        QVERIFY2(unlink.exitCode == 0, unlink.err.constData());
        QVERIFY(unlink.out.contains("no longer linked"));
        Run after = cli({QStringLiteral("retailer"), QStringLiteral("refresh"), z});
        QCOMPARE(after.exitCode, 2);
        QVERIFY2(after.err.contains("Link your account"), after.err.constData());
        // History stays.
        Run history = cli({QStringLiteral("consent"), QStringLiteral("history"),
                           QStringLiteral("--retailer"), z, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(history.out)[QLatin1String("records")].toArray().size(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestConsentCli)
#include "TestConsentCli.moc"
