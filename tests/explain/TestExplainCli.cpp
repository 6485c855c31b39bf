#include "directory/RetailerStore.h"
#include "importing/Importer.h"
#include "vault/VaultManager.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `roer-cli explain` as a real process against a passphrase vault holding imported fixtures.
class TestExplainCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    const QString m_passphrase = QStringLiteral("explain test passphrase");

    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROER_PASSPHRASE"), m_passphrase);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("ROER_BINARY_DIR") + QStringLiteral("/app/cli/roer-cli"),
                QStringList{QStringLiteral("--vault"), m_vault} + args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    static QString fixture(const char *name)
    {
        return QDir(qEnvironmentVariable("ROER_TEST_DATA"))
                   .absoluteFilePath(QStringLiteral("../importing/fixtures/"))
            + QLatin1String(name);
    }

private slots:
    void initTestCase()
    {
        m_vault = m_dir.filePath(QStringLiteral("vault"));
        VaultManager manager(m_vault);
        QVERIFY(manager.createWithPassphrase(m_passphrase).ok());
        if (!manager.vault())
            QVERIFY(manager.unlockWithPassphrase(m_passphrase).ok());
        Retailer r;
        r.name = QStringLiteral("Supermarkt");
        const auto id = RetailerStore(*manager.vault()).add(r);
        QVERIFY(id.ok());
        Importer importer(*manager.vault());
        QVERIFY(
            importer.run(*id, {fixture("supermarket-export.xml"), fixture("Records.json")}).ok());
        manager.lock();
    }

    void jsonHasTheShapeOfTheIssue()
    {
        const Run run = cli({QStringLiteral("explain"), QStringLiteral("--retailer"),
                             QStringLiteral("supermarkt"), QStringLiteral("--lang"),
                             QStringLiteral("en"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("retailer")).toString(), QStringLiteral("Supermarkt"));
        const QJsonArray fields = o.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 14); // 7 in the XML, 7 in Records.json
        bool email = false;
        for (const QJsonValue &v : fields) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("path")).toString()
                == QStringLiteral("klant \u203A email")) {
                email = true;
                QCOMPARE(f.value(QStringLiteral("file")).toString(),
                         QStringLiteral("supermarket-export.xml"));
                QCOMPARE(f.value(QStringLiteral("category")).toString(),
                         QStringLiteral("pd:EmailAddress"));
                QCOMPARE(f.value(QStringLiteral("title")).toString(),
                         QStringLiteral("Your e-mail address"));
                QVERIFY(f.value(QStringLiteral("confidence")).toDouble() > 0.9);
                QVERIFY(!f.value(QStringLiteral("reason")).toString().isEmpty());
                QVERIFY(!f.value(QStringLiteral("explanation")).toString().isEmpty());
            }
        }
        QVERIFY(email);
        QVERIFY(o.value(QStringLiteral("summary")).toArray().size() >= 3);
        QVERIFY(o.value(QStringLiteral("alerts")).isArray());
        for (const QJsonValue &v : o.value(QStringLiteral("alerts")).toArray()) {
            const QJsonObject a = v.toObject();
            QVERIFY(!a.value(QStringLiteral("text")).toString().isEmpty());
            QVERIFY(a.contains(QStringLiteral("action"))
                    && a.contains(QStringLiteral("actionText")));
        }
    }

    void dutchTextsWithLangAfterTheCommand()
    {
        const Run run = cli({QStringLiteral("explain"), QStringLiteral("--retailer"),
                             QStringLiteral("Supermarkt"), QStringLiteral("--lang"),
                             QStringLiteral("nl"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QStringList titles;
        for (const QJsonValue &v : o.value(QStringLiteral("fields")).toArray())
            titles << v.toObject().value(QStringLiteral("title")).toString();
        QVERIFY2(titles.contains(QStringLiteral("Je e-mailadres")),
                 qPrintable(titles.join(QLatin1Char(','))));
    }

    void plainTextAndErrors()
    {
        const Run text =
            cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("explain"),
                 QStringLiteral("--retailer"), QStringLiteral("Supermarkt")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("What Supermarkt knows about you"));

        const Run unknown =
            cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("explain"),
                 QStringLiteral("--retailer"), QStringLiteral("Nobody")});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err.count('\n'), 1);
        QVERIFY(unknown.out.isEmpty());

        QCOMPARE(cli({QStringLiteral("explain")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("explain"), QStringLiteral("--retailer"),
                      QStringLiteral("Supermarkt"), QStringLiteral("--bogus")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("explain"), QStringLiteral("--retailer"),
                      QStringLiteral("Supermarkt"), QStringLiteral("--lang"), QStringLiteral("fr")})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestExplainCli)
#include "TestExplainCli.moc"
