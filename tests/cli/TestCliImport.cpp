#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// roer-cli retailer / import / data, end to end against a real passphrase vault.
class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;

    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    Run cli(QStringList args, const QString &language = QStringLiteral("en"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROER_PASSPHRASE"), QStringLiteral("a test passphrase"));
        p.setProcessEnvironment(env);
        args.prepend(m_vault);
        args.prepend(QStringLiteral("--vault"));
        args.prepend(language);
        args.prepend(QStringLiteral("--lang"));
        p.start(qEnvironmentVariable("ROER_BINARY_DIR") + QStringLiteral("/app/cli/roer-cli"),
                args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static QString fixture(const char *name)
    {
        return qEnvironmentVariable("ROER_TEST_DATA") + QStringLiteral("/../importing/fixtures/")
            + QLatin1String(name);
    }

private slots:
    void initTestCase()
    {
        m_vault = m_dir.filePath(QStringLiteral("vault"));
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
    }

    void retailerAddAndList()
    {
        QCOMPARE(cli({QStringLiteral("retailer"), QStringLiteral("add"),
                      QStringLiteral("Voorbeeldwinkel"), QStringLiteral("--website"),
                      QStringLiteral("https://winkel.example"), QStringLiteral("--email"),
                      QStringLiteral("privacy@winkel.example")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("retailer"), QStringLiteral("add"),
                      QStringLiteral("voorbeeldwinkel")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("retailer"), QStringLiteral("add")}).exitCode, 1);
        const Run list =
            cli({QStringLiteral("retailer"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].toObject().value(QStringLiteral("privacy_email")).toString(),
                 QStringLiteral("privacy@winkel.example"));
    }

    void importAndData()
    {
        const Run imp = cli({QStringLiteral("import"), QStringLiteral("--retailer"),
                             QStringLiteral("Voorbeeldwinkel"),
                             fixture("Retail.OrderHistory.1.csv"), fixture("Connections.csv")});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        const Run data = cli({QStringLiteral("data"), QStringLiteral("--retailer"),
                              QStringLiteral("Voorbeeldwinkel"), QStringLiteral("--json")});
        QCOMPARE(data.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(data.out).object();
        QCOMPARE(o.value(QStringLiteral("retailer")).toString(), QStringLiteral("Voorbeeldwinkel"));
        const QJsonArray files =
            o.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("Retail.OrderHistory.1.csv"));
        QCOMPARE(files[0].toObject().value(QStringLiteral("records")).toInt(), 2);
        const QJsonArray fields = files[0].toObject().value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields[1].toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("Retail.OrderHistory.1.csv \u203A Order ID"));
        const Run records = cli({QStringLiteral("data"), QStringLiteral("--retailer"),
                                 QStringLiteral("Voorbeeldwinkel"), QStringLiteral("--json"),
                                 QStringLiteral("--records")});
        const QJsonArray items = QJsonDocument::fromJson(records.out)
                                     .object()
                                     .value(QStringLiteral("snapshot"))
                                     .toObject()
                                     .value(QStringLiteral("files"))
                                     .toArray()[0]
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 2);
    }

    void oneFileIsOneBestand()
    {
        const Run one = cli({QStringLiteral("import"), QStringLiteral("--retailer"),
                             QStringLiteral("Voorbeeldwinkel"), fixture("Connections.csv")},
                            QStringLiteral("nl"));
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QVERIFY2(one.out.contains("1 bestand ge\xC3\xAFmporteerd:"), one.out.constData());
        QVERIFY(!one.out.contains("1 bestanden"));
    }

    void refusedImportIsOneLineAndChangesNothing()
    {
        const QByteArray before = cli({QStringLiteral("data"), QStringLiteral("--retailer"),
                                       QStringLiteral("Voorbeeldwinkel"), QStringLiteral("--json")})
                                      .out;
        QFile empty(m_dir.filePath(QStringLiteral("empty.json")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const Run r =
            cli({QStringLiteral("import"), QStringLiteral("--retailer"),
                 QStringLiteral("Voorbeeldwinkel"), fixture("tweet.js"), empty.fileName()});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("--retailer"),
                      QStringLiteral("Voorbeeldwinkel"), QStringLiteral("--json")})
                     .out,
                 before);

        // In Dutch, every import message is Dutch (they were once invisible to lupdate).
        const Run nl = cli({QStringLiteral("import"), QStringLiteral("--retailer"),
                            QStringLiteral("Voorbeeldwinkel"), empty.fileName()},
                           QStringLiteral("nl"));
        QCOMPARE(nl.exitCode, 2);
        QVERIFY2(nl.err.contains("dit bestand is leeg."), nl.err.constData());
        // A program renamed to .csv is refused, in the customer's language.
        QFile program(m_dir.filePath(QStringLiteral("Bestellingen.csv")));
        QVERIFY(program.open(QIODevice::WriteOnly));
        program.write(QByteArray("\x7F"
                                 "ELF\x02\x01\x01",
                                 7)
                      + QByteArray(500, '\0'));
        program.close();
        const Run binary = cli({QStringLiteral("import"), QStringLiteral("--retailer"),
                                QStringLiteral("Voorbeeldwinkel"), program.fileName()},
                               QStringLiteral("nl"));
        QCOMPARE(binary.exitCode, 2);
        QVERIFY2(binary.err.contains("geen export van gegevens"), binary.err.constData());
        QCOMPARE(cli({QStringLiteral("data"), QStringLiteral("--retailer"),
                      QStringLiteral("Voorbeeldwinkel"), QStringLiteral("--json")})
                     .out,
                 before);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
