#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// roer-cli end to end, as a help desk script would use it: real process, real vault.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList &args, const QString &passphrase = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ROER_PASSPHRASE"));
        if (!passphrase.isNull())
            env.insert(QStringLiteral("ROER_PASSPHRASE"), passphrase);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("ROER_BINARY_DIR") + QStringLiteral("/app/cli/roer-cli"),
                args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initAndStatusWithPassphrase()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("vault"));
        const Run init = cli({QStringLiteral("--vault"), vault, QStringLiteral("--lang"),
                              QStringLiteral("en"), QStringLiteral("init")},
                             QStringLiteral("a long passphrase"));
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains("recovery code"));
        QVERIFY(init.err.isEmpty());

        const Run status = cli({QStringLiteral("--vault"), vault, QStringLiteral("status"),
                                QStringLiteral("--json")},
                               QStringLiteral("a long passphrase"));
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.err.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(o.value(QStringLiteral("vault")).toString(), vault);
        QCOMPARE(o.value(QStringLiteral("unlock")).toString(), QStringLiteral("passphrase"));
        QVERIFY(!o.value(QStringLiteral("cipher_version")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("cipher_page_size")).toInt(), 4096);
        QVERIFY(o.value(QStringLiteral("schema_version")).toInt() >= 1);
    }

    void passphraseFromFile()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("vault"));
        QFile file(dir.filePath(QStringLiteral("pass.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from a file please\n");
        file.close();
        const QStringList base{QStringLiteral("--vault"), vault,
                               QStringLiteral("--passphrase-file"), file.fileName()};
        QCOMPARE(cli(base + QStringList{QStringLiteral("init"), QStringLiteral("--json")}).exitCode,
                 0);
        QCOMPARE(cli(base + QStringList{QStringLiteral("status")}).exitCode, 0);
        // The same passphrase through the environment works as well.
        QCOMPARE(cli({QStringLiteral("--vault"), vault, QStringLiteral("status")},
                     QStringLiteral("from a file please"))
                     .exitCode,
                 0);
    }

    void errorsAreOneLineInTheChosenLanguage()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("vault"));
        QCOMPARE(cli({QStringLiteral("--vault"), vault, QStringLiteral("init")},
                     QStringLiteral("right passphrase"))
                     .exitCode,
                 0);

        const Run wrong = cli({QStringLiteral("--vault"), vault, QStringLiteral("--lang"),
                               QStringLiteral("en"), QStringLiteral("status")},
                              QStringLiteral("wrong passphrase"));
        QCOMPARE(wrong.exitCode, 2);
        QCOMPARE(wrong.err.count('\n'), 1);
        QVERIFY(wrong.out.isEmpty());

        const Run again = cli({QStringLiteral("--vault"), vault, QStringLiteral("init")},
                              QStringLiteral("right passphrase"));
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.err.count('\n'), 1);

        const Run none = cli({QStringLiteral("--vault"), dir.filePath(QStringLiteral("nothing")),
                              QStringLiteral("status")},
                             QStringLiteral("right passphrase"));
        QCOMPARE(none.exitCode, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nothing"))));

        // The same error in Dutch.
        const Run dutch =
            cli({QStringLiteral("--vault"), dir.filePath(QStringLiteral("nothing")),
                 QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("status")},
                QStringLiteral("right passphrase"));
        QCOMPARE(dutch.exitCode, 2);
        QVERIFY2(dutch.err.contains("kluis"), dutch.err.constData());
    }

    void usageErrorsExitOne()
    {
        QCOMPARE(cli({QStringLiteral("no-such-command")}).exitCode, 1);
        QCOMPARE(cli({}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("status")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--bogus")}).exitCode, 1);
    }

    void versionAndHelp()
    {
        const Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.contains(ROER_VERSION));
        QVERIFY(v.out.contains("https://github.com/roer/roer")); // cmake/RoerIdentity.cmake
        QVERIFY(cli({QStringLiteral("--help")}).out.contains("init"));
        // In Dutch from the first line; --lang may come after another option's value.
        const Run nl =
            cli({QStringLiteral("--vault"), QStringLiteral("/nonexistent"),
                 QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("--help")});
        QVERIFY2(nl.out.contains("Roer op de opdrachtregel"), nl.out.constData());
        QVERIFY(nl.out.contains("een nieuwe kluis maken"));
        QVERIFY(nl.out.contains("Map van de kluis."));
        QVERIFY(nl.out.contains("link|unlink|refresh")); // every retailer command is named
    }

    void keychainVault()
    {
        if (!qEnvironmentVariableIsSet("ROER_TEST_KEYRING"))
            QSKIP("needs the gnome-keyring session of tests/run-headless");
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("vault"));
        QCOMPARE(cli({QStringLiteral("--vault"), vault, QStringLiteral("init")}).exitCode, 0);
        const Run status = cli(
            {QStringLiteral("--vault"), vault, QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(status.out).object().value(QStringLiteral("unlock")).toString(),
            QStringLiteral("keychain"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
