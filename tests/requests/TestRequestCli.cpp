#include "../consent/ConsentTestUtil.h"

#include "requests/Deadline.h"
#include "vault/VaultManager.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// roer-cli request ... as a real process on a real vault: a letter request from new to the
// complaint pack, with --json, the plain output, and the error paths (exit 1 for usage,
// exit 2 with one line on stderr for everything else).
class TestRequestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString vaultDir() const { return m_dir.path() + QStringLiteral("/vault"); }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run cli(const QStringList &args, const QString &language = QStringLiteral("en"))
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("ROER_PASSPHRASE"), QStringLiteral("a long test passphrase"));
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("ROER_BINARY_DIR") + QStringLiteral("/app/cli/roer-cli"),
                QStringList{QStringLiteral("--vault"), vaultDir(), QStringLiteral("--lang"),
                            language}
                    + args);
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
        VaultManager manager(vaultDir());
        QVERIFY(manager.unlockWithPassphrase(QStringLiteral("a long test passphrase")));
        const qint64 papier =
            ConsentTestUtil::addRetailer(*manager.vault(), QStringLiteral("Papier"), QString());
        QVERIFY(papier);
        auto st = manager.vault()->prepare("UPDATE retailer SET postal_address = ? WHERE id = ?");
        QVERIFY(st.bind(1, QStringLiteral("Postbus 12\n1000 AA Amsterdam")).bind(2, papier).exec());
        QVERIFY(ConsentTestUtil::addRetailer(*manager.vault(), QStringLiteral("Zandbak"),
                                             QStringLiteral("https://zandbak.example")));
        manager.lock();
    }

    void letterRequestFromNewToComplaint()
    {
        Run made =
            cli({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--retailer"),
                 QStringLiteral("Papier"), QStringLiteral("--kind"), QStringLiteral("erasure"),
                 QStringLiteral("--withdraw-consents"), QStringLiteral("--object"),
                 QStringLiteral("marketing"), QStringLiteral("--category"),
                 QStringLiteral("pd:Location"), QStringLiteral("--name"),
                 QStringLiteral("Anna de Vries"), QStringLiteral("--letter-language"),
                 QStringLiteral("nl"), QStringLiteral("--json")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString id = made.json().value(QLatin1String("id")).toString();
        QCOMPARE(made.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("letter_made"));
        QCOMPARE(made.json().value(QLatin1String("delivery")).toString(), QStringLiteral("letter"));

        Run letter = cli({QStringLiteral("request"), QStringLiteral("letter"), id.left(8),
                          QStringLiteral("--json")});
        QCOMPARE(letter.exitCode, 0);
        const QString text = letter.json().value(QLatin1String("text")).toString();
        QVERIFY(text.contains(QStringLiteral("artikel 17")));
        QVERIFY(text.contains(QStringLiteral("artikel 7, lid 3")));
        QVERIFY(text.contains(QStringLiteral("Postbus 12\n1000 AA Amsterdam")));
        QVERIFY(text.contains(QStringLiteral("de plaatsen waar ik was")));
        QVERIFY(text.contains(QStringLiteral("Anna de Vries")));

        Run sent = cli({QStringLiteral("request"), QStringLiteral("mark-sent"), id,
                        QStringLiteral("--by"), QStringLiteral("post"), QStringLiteral("--json")});
        QCOMPARE(sent.exitCode, 0);
        const QDate today = QDate::currentDate();
        QCOMPARE(sent.json().value(QLatin1String("due_on")).toString(),
                 Deadline::due(today.addDays(2)).toString(Qt::ISODate));
        QVERIFY(sent.json().value(QLatin1String("days_left")).toInt() >= 28);

        // Not late and not refused: no complaint yet.
        Run early = cli({QStringLiteral("request"), QStringLiteral("complaint"), id,
                         QStringLiteral("--out"), m_dir.filePath(QStringLiteral("k"))});
        QCOMPARE(early.exitCode, 2);
        QCOMPARE(early.err.count('\n'), 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("k"))));

        Run refused =
            cli({QStringLiteral("request"), QStringLiteral("answer"), id,
                 QStringLiteral("--status"), QStringLiteral("refused"), QStringLiteral("--reason"),
                 QStringLiteral("We need it."), QStringLiteral("--json")});
        QCOMPARE(refused.exitCode, 0);
        QCOMPARE(refused.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("refused"));
        Run pack = cli({QStringLiteral("request"), QStringLiteral("complaint"), id,
                        QStringLiteral("--out"), m_dir.filePath(QStringLiteral("k")),
                        QStringLiteral("--json")});
        QVERIFY2(pack.exitCode == 0, pack.err.constData());
        QVERIFY(pack.json().value(QLatin1String("chain_intact")).toBool());
        QFile complaint(m_dir.filePath(QStringLiteral("k/0-klacht.txt")));
        QVERIFY(complaint.open(QIODevice::ReadOnly));
        const QString c = QString::fromUtf8(complaint.readAll());
        QVERIFY(c.contains(QStringLiteral("Autoriteit Persoonsgegevens")));
        QVERIFY(c.contains(QStringLiteral("We need it.")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("k/3-geschiedenis.json"))));

        Run show =
            cli({QStringLiteral("request"), QStringLiteral("show"), id, QStringLiteral("--json")});
        const QJsonArray history = show.json().value(QLatin1String("history")).toArray();
        QCOMPARE(history.size(), 4); // created, sent, refused, complaint made
        QCOMPARE(history.last().toObject().value(QLatin1String("event")).toString(),
                 QStringLiteral("complaint_made"));

        Run list = cli({QStringLiteral("request"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("Papier: Erase your data"));
    }

    void calendarAndHistory()
    {
        Run made =
            cli({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--retailer"),
                 QStringLiteral("Papier"), QStringLiteral("--kind"), QStringLiteral("access"),
                 QStringLiteral("--json")});
        const QString id = made.json().value(QLatin1String("id")).toString();
        // No deadline before it was sent.
        QCOMPARE(cli({QStringLiteral("request"), QStringLiteral("calendar"), id}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("request"), QStringLiteral("mark-sent"), id}).exitCode, 0);
        const QString ics = m_dir.filePath(QStringLiteral("deadline.ics"));
        QCOMPARE(cli({QStringLiteral("request"), QStringLiteral("calendar"), id,
                      QStringLiteral("--out"), ics})
                     .exitCode,
                 0);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(bytes.contains(
            "DTSTART;VALUE=DATE:"
            + Deadline::due(QDate::currentDate()).toString(QStringLiteral("yyyyMMdd")).toLatin1()));

        Run history = cli({QStringLiteral("request"), QStringLiteral("history")});
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(history.json().value(QLatin1String("format")).toString(),
                 QStringLiteral("roer-request-history"));
        QVERIFY(history.json().value(QLatin1String("chain_intact")).toBool());
    }

    void errorsAreOneLine()
    {
        Run kind =
            cli({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--retailer"),
                 QStringLiteral("Papier"), QStringLiteral("--kind"), QStringLiteral("deletion")});
        QCOMPARE(kind.exitCode, 1);
        Run shop =
            cli({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--retailer"),
                 QStringLiteral("Nobody"), QStringLiteral("--kind"), QStringLiteral("access")});
        QCOMPARE(shop.exitCode, 2);
        QCOMPARE(shop.err.count('\n'), 1);
        Run unknown =
            cli({QStringLiteral("request"), QStringLiteral("show"), QStringLiteral("ffffffff")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.startsWith("roer-cli: "));
        QCOMPARE(cli({QStringLiteral("request"), QStringLiteral("fly")}).exitCode, 1);
        // A request through the shop's API is not "sent" by the customer.
        Run api =
            cli({QStringLiteral("request"), QStringLiteral("new"), QStringLiteral("--retailer"),
                 QStringLiteral("Zandbak"), QStringLiteral("--kind"), QStringLiteral("access"),
                 QStringLiteral("--json")});
        QCOMPARE(api.json().value(QLatin1String("status")).toString(), QStringLiteral("waiting"));
        QCOMPARE(cli({QStringLiteral("request"), QStringLiteral("mark-sent"),
                      api.json().value(QLatin1String("id")).toString()})
                     .exitCode,
                 2);
    }

    void dutchOutput()
    {
        Run list = cli({QStringLiteral("request"), QStringLiteral("list")}, QStringLiteral("nl"));
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("Papier: Je gegevens laten wissen"), list.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestRequestCli)
#include "TestRequestCli.moc"
