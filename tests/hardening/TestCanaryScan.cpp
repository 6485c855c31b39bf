// Canary scan (issue 13): an export full of unique canary values (a name, a BSN, an IBAN,
// an e-mail address) goes through every page of the app (offscreen, in its own process and a
// private HOME) and through roer-cli. Then every file Roer wrote or touched (the vault and
// its -wal/-shm/-journal, settings, caches, temporary folders, everything under HOME and
// XDG_*) and a core dump taken after locking are searched for each canary as UTF-8, UTF-16
// and base64. Expected: 0 hits, the clipboard empty after its delay, and the product
// binaries running with core dumps switched off. What the customer saved on purpose (the
// letter PDF they printed, the history they exported) is listed, not counted.
#include "Campaign.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using Campaign::Run;

namespace {
struct Canary
{
    const char *kind;
    QByteArray value;
};
const Canary kCanaries[] = {
    {"name", "Zwartekanarie"},
    {"bsn", "739201578"},
    {"iban", "NL20RABO0398127465"},
    {"email", "quirijn.kanarie@zwartevogel.example"},
};
} // namespace

class TestCanaryScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_input, m_output, m_cores;
    QStringList m_touched; // HOME, XDG_*, TMPDIR: everything Roer may write into
    QProcessEnvironment m_env;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeExports()
    {
        QFile profile(m_input + QStringLiteral("/profiel.json"));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(R"({"klant": {"voornaam": "Quirijn", "achternaam": "Zwartekanarie",
  "bsn": "739201578", "iban": "NL20RABO0398127465",
  "email": "quirijn.kanarie@zwartevogel.example", "geboortedatum": "1971-04-12",
  "adres": {"straat": "Kanarielaan 7", "postcode": "3512 AB", "plaats": "Utrecht"}},
 "voorkeuren": [{"kanaal": "email", "aan": true}, {"kanaal": "sms", "aan": false}]})");
        profile.close();
        QFile orders(m_input + QStringLiteral("/bestellingen.csv"));
        QVERIFY(orders.open(QIODevice::WriteOnly));
        orders.write("Bestelnummer;Datum;Product;Bedrag;E-mail;Rekening\n");
        for (int i = 0; i < 40; ++i)
            orders.write("K-" + QByteArray::number(5000 + i) + ";2024-0"
                         + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10)
                         + ";Zaadmix " + QByteArray::number(i) + ";" + QByteArray::number(3 + i)
                         + ",95;quirijn.kanarie@zwartevogel.example;NL20RABO0398127465\n");
    }

    Run cli(const QStringList &args, int timeoutMs = 60000)
    {
        return Campaign::run(Campaign::roerCli(),
                             QStringList{QStringLiteral("--lang"), QStringLiteral("nl")} + args,
                             m_env, timeoutMs);
    }

    // Hits of every canary in `bytes`; `where` gets "file (canary/encoding at offset)".
    int scan(const QByteArray &bytes, const QString &name, QStringList *where)
    {
        int hits = 0;
        for (const Canary &c : kCanaries) {
            QStringList found;
            hits += Campaign::countHits(bytes, Campaign::encodings(c.value), &found, name);
            for (const QString &f : found)
                where->append(QLatin1String(c.kind) + QStringLiteral(": ") + f);
        }
        return hits;
    }

    static QString coreLimit(qint64 pid)
    {
        QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
        if (!limits.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : limits.readAll().split('\n'))
            if (line.startsWith("Max core file size"))
                return QString::fromLatin1(line.mid(26).simplified());
        return {};
    }

private slots:
    void initTestCase()
    {
        m_input = path(QStringLiteral("input"));
        m_output = path(QStringLiteral("saved-by-customer"));
        m_cores = path(QStringLiteral("cores"));
        for (const QString &d : {m_input, m_output, m_cores})
            QVERIFY(QDir().mkpath(d));
        m_env = QProcessEnvironment::systemEnvironment();
        const QPair<const char *, const char *> roots[] = {{"HOME", "home"},
                                                           {"XDG_CONFIG_HOME", "config"},
                                                           {"XDG_DATA_HOME", "data"},
                                                           {"XDG_CACHE_HOME", "cache"},
                                                           {"XDG_STATE_HOME", "state"},
                                                           {"XDG_RUNTIME_DIR", "runtime"},
                                                           {"TMPDIR", "tmp"}};
        for (const auto &r : roots) {
            const QString d = path(QLatin1String(r.second));
            QVERIFY(QDir().mkpath(d));
            QFile::setPermissions(d, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            m_env.insert(QLatin1String(r.first), d);
            m_touched.append(d);
        }
        m_env.insert(QStringLiteral("ROER_PASSPHRASE"), QStringLiteral("canary passphrase"));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        writeExports();
    }

    void everyPageThenEveryFile()
    {
        // 1. The app, every page, then locked: a core dump of it.
        QProcess app;
        app.setProcessEnvironment(m_env);
        app.setWorkingDirectory(path(QStringLiteral("home")));
        app.setProcessChannelMode(QProcess::SeparateChannels);
        app.start(Campaign::binaryDir() + QStringLiteral("/tests/hardening/canary_app_driver"),
                  {m_input + QStringLiteral("/profiel.json"),
                   m_input + QStringLiteral("/bestellingen.csv"), QStringLiteral("--"), m_output});
        QVERIFY(app.waitForStarted());
        QByteArray log;
        qint64 pid = 0;
        int clipboardChars = -1;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         log += app.readAllStandardOutput();
                         for (const QByteArray &l : log.split('\n')) {
                             if (l.startsWith("clipboard "))
                                 clipboardChars = l.mid(10).toInt();
                             if (l.startsWith("ready "))
                                 pid = l.mid(6).toLongLong();
                         }
                         return pid > 0 || app.state() == QProcess::NotRunning;
                     },
                     240000),
                 log.constData());
        QVERIFY2(pid > 0, log.constData());
        QCOMPARE(clipboardChars, 0);

        QFile pattern(QStringLiteral("/proc/sys/kernel/core_pattern"));
        const bool kernelWritesFile =
            pattern.open(QIODevice::ReadOnly) && !pattern.readAll().startsWith('|');
        int coreHits = -1;
        QStringList coreWhere;
        if (kernelWritesFile) {
            app.write("abort " + m_cores.toUtf8() + '\n');
            QVERIFY(QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, 60000));
            const QStringList cores = Campaign::filesUnder({m_cores});
            QVERIFY2(!cores.isEmpty(), "the kernel wrote no core file (core_pattern, ulimit?)");
            qint64 coreBytes = 0;
            coreHits = 0;
            for (const QString &c : cores) {
                QFile f(c);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                coreBytes += bytes.size();
                coreHits += scan(bytes, QStringLiteral("core"), &coreWhere);
                f.close();
                QFile::remove(c);
            }
            Campaign::figure(QStringLiteral("canary"), QStringLiteral("core-bytes"), coreBytes);
        } else {
            app.write("quit\n");
            QVERIFY(QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, 60000));
            qWarning("core_pattern pipes core dumps to a handler: no core file to scan here");
        }

        // 2. A later session that quits normally (settings written at exit).
        const Run again = Campaign::run(Campaign::binaryDir()
                                            + QStringLiteral("/tests/hardening/canary_app_driver"),
                                        {QStringLiteral("--again")}, m_env, 120000);
        QVERIFY2(again.exitCode == 0, again.out.constData());

        // 3. roer-cli over the same vault: read, explain, list, import again.
        const Run data = cli({QStringLiteral("data"), QStringLiteral("--retailer"),
                              QStringLiteral("Kanariewinkel"), QStringLiteral("--json"),
                              QStringLiteral("--records")});
        QCOMPARE(data.exitCode, 0);
        QVERIFY2(data.out.contains("Zwartekanarie"), "the canary export was not imported");
        for (const QStringList &args :
             {QStringList{QStringLiteral("explain"), QStringLiteral("--retailer"),
                          QStringLiteral("Kanariewinkel"), QStringLiteral("--json")},
              QStringList{QStringLiteral("consent"), QStringLiteral("history"),
                          QStringLiteral("--retailer"), QStringLiteral("Kanariewinkel"),
                          QStringLiteral("--json")},
              QStringList{QStringLiteral("outbox"), QStringLiteral("list")},
              QStringList{QStringLiteral("status"), QStringLiteral("--json")},
              QStringList{QStringLiteral("import"), QStringLiteral("--retailer"),
                          QStringLiteral("Kanariewinkel"),
                          m_input + QStringLiteral("/profiel.json")}})
            QCOMPARE(cli(args).exitCode, 0);

        // 4. Every file under HOME, XDG_* and TMPDIR (the vault lives under XDG_DATA_HOME).
        int fileHits = 0;
        QStringList where;
        const QStringList files = Campaign::filesUnder(m_touched);
        for (const QString &file : files) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                fileHits += scan(f.readAll(), QDir(m_dir.path()).relativeFilePath(file), &where);
        }
        QStringList saved;
        for (const QString &file : Campaign::filesUnder({m_output})) {
            QFile f(file);
            QStringList here;
            if (f.open(QIODevice::ReadOnly))
                scan(f.readAll(), QFileInfo(file).fileName(), &here);
            saved.append(
                QStringLiteral("%1 (%2 hits)").arg(QFileInfo(file).fileName()).arg(here.size()));
        }
        Campaign::figure(QStringLiteral("canary"), QStringLiteral("files-scanned"), files.size());
        Campaign::figure(QStringLiteral("canary"), QStringLiteral("file-hits"), fileHits);
        Campaign::figure(QStringLiteral("canary"), QStringLiteral("core-hits"), coreHits);
        Campaign::figure(QStringLiteral("canary"), QStringLiteral("clipboard-chars-after-delay"),
                         clipboardChars);
        Campaign::figure(QStringLiteral("canary"), QStringLiteral("saved-by-customer"),
                         saved.join(QStringLiteral(", ")));
        for (const QString &w : std::as_const(coreWhere).mid(0, 20))
            qInfo() << "core:" << w;
        QVERIFY2(fileHits == 0, qPrintable(where.join(u'\n')));
        QVERIFY2(files.filter(QStringLiteral("vault.db")).size() >= 1,
                 "the vault was not where the scan looked");
        // Open finding (docs/reliability.md): after locking, the app's memory still holds the
        // customer's values (widgets, models, freed heap), so its core dump has hits. Core dumps
        // are off in the product (productWritesNoCoreDump); wiping memory on lock is still to do.
        if (coreHits > 0)
            QEXPECT_FAIL("", "open finding: locking does not wipe the values from memory yet",
                         Continue);
        QVERIFY2(coreHits <= 0,
                 qPrintable(QStringLiteral("%1 canary hits in the core dump").arg(coreHits)));
    }

    // The product binaries run with core dumps off, and a crash of roer-cli writes no core
    // even where the shell allows them (a plain program in the same place does write one).
    void productWritesNoCoreDump()
    {
        QFile pattern(QStringLiteral("/proc/sys/kernel/core_pattern"));
        if (!pattern.open(QIODevice::ReadOnly) || pattern.readAll().startsWith('|'))
            QSKIP("core_pattern pipes core dumps to a handler: cannot look for a core file");
        const QString where = path(QStringLiteral("crash"));
        QVERIFY(QDir().mkpath(where));
        auto crash = [&](const QString &program, const QStringList &args) {
            QProcess p;
            p.setProcessEnvironment(m_env);
            p.setWorkingDirectory(where);
            p.setChildProcessModifier([] {
                const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
                setrlimit(RLIMIT_CORE, &unlimited);
            });
            p.start(program, args);
            p.waitForStarted();
            QTest::qWait(1500);
            const QString limit = coreLimit(p.processId());
            ::kill(pid_t(p.processId()), SIGABRT);
            p.waitForFinished(10000);
            return limit;
        };
        // Control: the same setup writes a core for a plain program.
        crash(QStringLiteral("sleep"), {QStringLiteral("30")});
        const bool controlDumped = !Campaign::filesUnder({where}).isEmpty();
        for (const QString &f : Campaign::filesUnder({where}))
            QFile::remove(f);
        if (!controlDumped)
            QSKIP("no core file even for a plain program here: nothing to compare with");
        // roer-cli waiting for its passphrase (a FIFO nobody writes); roer showing its window.
        const QString fifo = path(QStringLiteral("passphrase.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString cliLimit = crash(Campaign::roerCli(),
                                       {QStringLiteral("--passphrase-file"), fifo,
                                        QStringLiteral("outbox"), QStringLiteral("list")});
        const QString appLimit = crash(Campaign::binaryDir() + QStringLiteral("/app/gui/roer"), {});
        const QStringList left = Campaign::filesUnder({where});
        Campaign::figure(QStringLiteral("canary"), QStringLiteral("core-limit-roer-cli"), cliLimit);
        Campaign::figure(QStringLiteral("canary"), QStringLiteral("core-limit-roer"), appLimit);
        Campaign::figure(QStringLiteral("canary"), QStringLiteral("product-core-files"),
                         left.size());
        QVERIFY2(cliLimit.startsWith(QLatin1String("0 "))
                     && appLimit.startsWith(QLatin1String("0 ")),
                 qPrintable(cliLimit + QStringLiteral(" / ") + appLimit));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestCanaryScan)
#include "TestCanaryScan.moc"
