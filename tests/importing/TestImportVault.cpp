#include "ZipBuilder.h"
#include "directory/RetailerStore.h"
#include "importing/ImportHistory.h"
#include "importing/Importer.h"
#include "importing/Record.h"
#include "importing/SearchIndexer.h"
#include "importing/SnapshotStore.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const char *name)
{
    // ROER_TEST_DATA is tests/ or tests/importing, depending on where the test is added.
    QString base = qEnvironmentVariable("ROER_TEST_DATA");
    if (!QFile::exists(base + QStringLiteral("/fixtures")))
        base += QStringLiteral("/importing");
    return base + QStringLiteral("/fixtures/") + QLatin1String(name);
}

QByteArray fixtureBytes(const char *name)
{
    QFile f(fixture(name));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// A digest of everything the import touches: "unchanged" means this is equal.
QByteArray contentDigest(Vault &vault)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql :
         {"SELECT * FROM retailer ORDER BY id", "SELECT * FROM snapshot ORDER BY id",
          "SELECT * FROM snapshot_source ORDER BY id", "SELECT * FROM data_file ORDER BY id",
          "SELECT * FROM field_path ORDER BY id", "SELECT * FROM record ORDER BY id",
          "SELECT * FROM field_summary ORDER BY snapshot_id, field_path_id",
          "SELECT * FROM attachment ORDER BY id",
          "SELECT docid FROM record_fts WHERE record_fts MATCH 'jansen' ORDER BY docid"}) {
        auto st = vault.prepare(sql);
        while (st.step().value())
            for (int c = 0; c < st.columnCount(); ++c)
                hash.addData(st.utf8(c) + '\x1f');
    }
    return hash.result();
}

qint64 count(Vault &vault, const char *sql)
{
    auto st = vault.prepare(sql);
    return st.step().value() ? st.int64(0) : -1;
}

} // namespace

class TestImportVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    qint64 m_retailer = 0;

    QString writeTemp(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("vault"));
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("vault")),
                                   SecureBytes::random(Vault::kKeySize));
        QVERIFY(vault);
        m_vault = std::move(vault.value());
        Retailer r;
        r.name = QStringLiteral("Voorbeeldwinkel");
        auto id = RetailerStore(*m_vault).add(r);
        QVERIFY(id);
        m_retailer = *id;
    }

    void cleanup()
    {
        m_vault.reset();
        QDir(m_dir.filePath(QStringLiteral("vault"))).removeRecursively();
    }

    void importsEveryFixtureShape()
    {
        Importer importer(*m_vault);
        QSignalSpy progress(&importer, &Importer::progressed);
        const QStringList files = {fixture("Retail.OrderHistory.1.csv"),
                                   fixture("Connections.csv"),
                                   fixture("bonnen-excel.csv"),
                                   fixture("tweet.js"),
                                   fixture("facebook-profile.json"),
                                   fixture("Records.json"),
                                   fixture("account-sections.json"),
                                   fixture("supermarket-export.xml"),
                                   fixture("report.pdf"),
                                   fixture("overview.html")};
        auto summary = importer.run(m_retailer, files);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->filesRead, 8);
        QCOMPARE(summary->skipped.size(), 2); // the PDF and the HTML page, kept as attachments
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM attachment WHERE content IS NOT NULL"), 2);
        QVERIFY(!progress.isEmpty());
        QVERIFY(summary->records >= 17);

        SnapshotStore store(*m_vault);
        auto latest = store.latestSnapshot(m_retailer);
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->id, summary->snapshotId);
        auto fields = store.fields(summary->snapshotId);
        QVERIFY(fields);
        const QString orderDate = QStringLiteral("Retail.OrderHistory.1.csv") + pathSeparator()
            + QStringLiteral("Order Date");
        qint64 pathId = 0;
        for (const FieldSummary &f : *fields)
            if (f.path == orderDate) {
                pathId = f.fieldPathId;
                QCOMPARE(f.count, 2);
                QCOMPARE(f.dataFile, QStringLiteral("Retail.OrderHistory.1.csv"));
            }
        QVERIFY(pathId);
        QStringList normalised, types;
        QVERIFY(store.forEachValue(summary->snapshotId, pathId,
                                   [&](const QString &, const QString &n, const QString &t) {
                                       normalised << n;
                                       types << t;
                                       return true;
                                   }));
        QCOMPARE(normalised,
                 QStringList({QStringLiteral("2021-11-11T22:32:48Z"),
                              QStringLiteral("2021-11-17T09:15:00Z")}));
        QCOMPARE(types, QStringList({QStringLiteral("datetime"), QStringLiteral("datetime")}));

        // Searchable once the indexer has run (after the commit).
        auto before = store.search(QStringLiteral("Jansen"), 10);
        QVERIFY(before && before->isEmpty());
        QVERIFY(*store.unindexedRecords() > 0);
        QVERIFY(SearchIndexer(*m_vault).run());
        QCOMPARE(*store.unindexedRecords(), 0);
        auto hits = store.search(QStringLiteral("Jansen"), 10);
        QVERIFY(hits);
        QVERIFY(hits->size() >= 2);
        auto cafe =
            store.search(QStringLiteral("caf\u00E9"), 10); // repaired mojibake is searchable
        QVERIFY(cafe && !cafe->isEmpty());
    }

    void reimportIsRecognisedAndDiffIsCounted()
    {
        const QString v1 =
            writeTemp(QStringLiteral("orders.csv"), "Order ID,Total\nA-1,10\nA-2,20\nA-3,30\n");
        Importer importer(*m_vault);
        auto first = importer.run(m_retailer, {v1});
        QVERIFY(first);
        QVERIFY(!first->hasPrevious);
        const QByteArray before = contentDigest(*m_vault);
        auto again = importer.run(m_retailer, {v1});
        QVERIFY(again);
        QVERIFY(again->alreadyImported);
        QCOMPARE(again->snapshotId, first->snapshotId);
        QCOMPARE(contentDigest(*m_vault), before);

        // A-1 unchanged, A-2 changed, A-3 removed, A-4 added.
        const QString v2 =
            writeTemp(QStringLiteral("orders.csv"), "Order ID,Total\nA-1,10\nA-2,25\nA-4,40\n");
        auto second = importer.run(m_retailer, {v2});
        QVERIFY(second);
        QVERIFY(second->hasPrevious);
        QCOMPARE(second->files.size(), 1);
        QCOMPARE(second->files[0].added, 1);
        QCOMPARE(second->files[0].removed, 1);
        QCOMPARE(second->files[0].changed, 1);
        // Field paths are stable across imports.
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM field_path"), 2);
    }

    // Issue 15: one bad import must not hide the good data for good. Deleting the newest
    // import brings back the one before it exactly as it was: its records, values, kept files
    // and search index, with no rows of the deleted one left behind.
    void deletingAnImportBringsBackTheOneBefore()
    {
        Importer importer(*m_vault);
        auto good = importer.run(m_retailer,
                                 {writeTemp(QStringLiteral("orders.csv"),
                                            "Order ID,Name\nA-1,Jan Jansen\nA-2,Jan Jansen\n")});
        QVERIFY(good);
        QVERIFY(SearchIndexer(*m_vault).run());
        const QByteArray before = contentDigest(*m_vault);
        auto bad = importer.run(m_retailer,
                                {writeTemp(QStringLiteral("orders.csv"),
                                           "Order ID,Name\n\xC3\x28,garbage\nX,Jansen\n"),
                                 writeTemp(QStringLiteral("notes.pdf"), "%PDF-1.4 kept as is")});
        QVERIFY(bad);
        QVERIFY(SearchIndexer(*m_vault).run());
        QVERIFY(contentDigest(*m_vault) != before);

        ImportHistory history(*m_vault);
        auto listed = history.list(m_retailer);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).snapshotId, bad->snapshotId); // newest first, the one shown
        QVERIFY(listed->at(0).shown);
        QVERIFY(!listed->at(1).shown);
        QCOMPARE(listed->at(1).records, 2);
        QCOMPARE(listed->at(0).source, QStringLiteral("orders.csv, notes.pdf"));

        // Another retailer's import cannot be deleted through this one.
        QCOMPARE(history.remove(m_retailer + 1, bad->snapshotId).error().code, ErrorCode::NotFound);
        QVERIFY(history.remove(m_retailer, bad->snapshotId));
        QCOMPARE(contentDigest(*m_vault), before);
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM attachment"), 0);
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM data_file"), 1);
        auto latest = SnapshotStore(*m_vault).latestSnapshot(m_retailer);
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->id, good->snapshotId);
        QCOMPARE(history.remove(m_retailer, bad->snapshotId).error().code, ErrorCode::NotFound);
        QCOMPARE(count(*m_vault, "PRAGMA integrity_check"), 0); // "ok" reads as 0

        // The last one too: the retailer then has no data, and nothing of it is left.
        QVERIFY(history.remove(m_retailer, good->snapshotId));
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM record"), 0);
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM field_summary"), 0);
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM record_fts"), 0);
        QVERIFY(history.list(m_retailer)->isEmpty());
    }

    void nestedZipsAreRead()
    {
        ZipBuilder inner3;
        inner3.add(QStringLiteral("Takeout/Mijn activiteit/Zoeken/MijnActiviteit.json"),
                   "[{\"title\": \"Gezocht naar fietsen\", \"time\": \"2021-11-11T22:32:48Z\"}]");
        ZipBuilder inner2;
        inner2.add(QStringLiteral("deel3.zip"), inner3.build());
        ZipBuilder outer;
        outer.add(QStringLiteral("Retail.OrderHistory.1/Retail.OrderHistory.1.csv"),
                  fixtureBytes("Retail.OrderHistory.1.csv"));
        outer.add(QStringLiteral("deel2.zip"), inner2.build());
        outer.add(QStringLiteral("__MACOSX/._x"), "junk");
        const QString path = writeTemp(QStringLiteral("export.zip"), outer.build());
        Importer importer(*m_vault);
        auto summary = importer.run(m_retailer, {path});
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->filesRead, 2);
        QCOMPARE(summary->records, 3);
        SnapshotStore store(*m_vault);
        auto files = store.dataFiles(summary->snapshotId);
        QVERIFY(files);
        QCOMPARE(files->at(1).path,
                 QStringLiteral(
                     "deel2.zip/deel3.zip/Takeout/Mijn activiteit/Zoeken/MijnActiviteit.json"));

        // One level deeper is refused, and nothing is written.
        ZipBuilder inner4;
        inner4.add(QStringLiteral("deel4.zip"), outer.build());
        const QByteArray before = contentDigest(*m_vault);
        auto deep =
            importer.run(m_retailer, {writeTemp(QStringLiteral("deep.zip"), inner4.build())});
        QVERIFY(!deep);
        QCOMPARE(contentDigest(*m_vault), before);
    }

    void hostileInputLeavesVaultUnchanged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        ZipBuilder slip;
        slip.add(QStringLiteral("ok.csv"), "a,b\n1,2\n");
        slip.add(QStringLiteral("../../evil.csv"), "a,b\n1,2\n");
        QTest::newRow("zip-slip") << slip.build() << QStringLiteral("slip.zip");
        ZipBuilder bomb;
        bomb.add(QStringLiteral("ok.csv"), "a,b\n1,2\n");
        bomb.add(QStringLiteral("bomb.csv"), QByteArray(100 << 20, 'a'));
        QTest::newRow("bomb") << bomb.build() << QStringLiteral("bomb.zip");
        ZipBuilder truncated;
        truncated.add(QStringLiteral("ok.csv"), QByteArray(100000, 'a'));
        QTest::newRow("truncated") << truncated.build().chopped(40) << QStringLiteral("t.zip");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.csv");
        QTest::newRow("deep-json")
            << (QByteArray(5000, '[') + QByteArray(5000, ']')) << QStringLiteral("deep.json");
        QTest::newRow("broken-json") << QByteArray("[{\"a\": 1},") << QStringLiteral("broken.json");
        // A program renamed to .csv must not replace the customer's real data (issue 15).
        QByteArray elf("\x7F"
                       "ELF\x02\x01\x01",
                       7);
        for (int i = 0; i < 4000; ++i)
            elf.append(char((i * 131 + 7) % 256));
        QTest::newRow("program-as-csv") << elf << QStringLiteral("Bestellingen.csv");
        QByteArray exe("MZ\x90\x00\x03\x00\x00\x00\x04\x00", 10);
        exe.append(QByteArray(600, '\0'));
        QTest::newRow("windows-program-as-csv") << exe << QStringLiteral("klant.csv");
        QByteArray controls;
        for (int i = 0; i < 2000; ++i)
            controls.append(char(i % 3 ? 'a' + i % 26 : 1 + i % 8));
        QTest::newRow("control-characters-as-json") << controls << QStringLiteral("x.json");
        QTest::newRow("png-as-txt")
            << QByteArray("\x89PNG\r\n\x1A\nIHDR") << QStringLiteral("a.txt");
    }

    void hostileInputLeavesVaultUnchanged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        Importer importer(*m_vault);
        QVERIFY(importer.run(m_retailer, {fixture("Connections.csv")}));
        const QByteArray before = contentDigest(*m_vault);
        auto r = importer.run(m_retailer, {fixture("tweet.js"), writeTemp(name, bytes)});
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().message.contains(QLatin1Char('\n')));
        QCOMPARE(contentDigest(*m_vault), before);
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM snapshot"), 1);
        auto check = m_vault->prepare("PRAGMA integrity_check");
        QVERIFY(check.step().value());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }

    void binaryFileSaysWhatItIs()
    {
        Importer importer(*m_vault);
        QByteArray elf("\x7F"
                       "ELF\x02\x01\x01",
                       7);
        elf.append(QByteArray(300, '\0'));
        auto r = importer.run(m_retailer, {writeTemp(QStringLiteral("export.csv"), elf)});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(QLatin1String("not a data export")),
                 qPrintable(r.error().message));
    }

    // A JSON export whose values hold web pages (a stored e-mail) is data, not a web page.
    void htmlInsideJsonValuesIsData()
    {
        const QByteArray json =
            "[{\"subject\": \"Je bestelling\", \"body\": \"<html><body><p>Bedankt!</p></body>"
            "</html>\"}, {\"subject\": \"Nieuwsbrief\", \"body\": \"<html>Aanbieding</html>\"}]";
        Importer importer(*m_vault);
        auto summary = importer.run(m_retailer, {writeTemp(QStringLiteral("mails.json"), json)});
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->records, qint64(2));
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM attachment"), 0);
        // A real web page is still kept as it is.
        auto page = importer.run(m_retailer,
                                 {writeTemp(QStringLiteral("page.html"),
                                            "<!DOCTYPE html><html><body>x</body></html>")});
        QVERIFY(page);
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM attachment"), 1);
    }

    void severalZipPartsAreOneSnapshot()
    {
        ZipBuilder part1, part2;
        part1.add(QStringLiteral("Takeout/Profiel/Profiel.json"),
                  fixtureBytes("account-sections.json"));
        part1.add(QStringLiteral("Takeout/YTD/tweet.js"), fixtureBytes("tweet.js"));
        part2.add(QStringLiteral("Takeout/Locatiegeschiedenis/Records.json"),
                  fixtureBytes("Records.json"));
        part2.add(QStringLiteral("Takeout/overzicht.html"), fixtureBytes("overview.html"));
        Importer importer(*m_vault);
        auto summary = importer.run(m_retailer,
                                    {writeTemp(QStringLiteral("takeout-001.zip"), part1.build()),
                                     writeTemp(QStringLiteral("takeout-002.zip"), part2.build())});
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->filesRead, 3);
        QCOMPARE(summary->skipped.size(), 1);
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM snapshot"), 1);
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM snapshot_source"), 2);
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM data_file"), 3);
    }

    void cancelLeavesVaultUnchanged()
    {
        QByteArray big("id,name\n");
        for (int i = 0; i < 50000; ++i)
            big += QByteArray::number(i) + ",naam " + QByteArray::number(i) + '\n';
        const QString path = writeTemp(QStringLiteral("big.csv"), big);
        const QByteArray before = contentDigest(*m_vault);
        Importer importer(*m_vault);
        connect(&importer, &Importer::progressed, &importer,
                [&importer](qint64 done, qint64, const QString &) {
                    if (done > 0)
                        importer.cancel();
                });
        auto r = importer.run(m_retailer, {path});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(contentDigest(*m_vault), before);
    }

    void passwordProtectedZip()
    {
        ZipBuilder zip;
        zip.add(ZipBuilder::Entry{QStringLiteral("orders.csv"), "a,b\n1,2\n", true, false, "geheim",
                                  -1});
        const QString path = writeTemp(QStringLiteral("protected.zip"), zip.build());
        Importer importer(*m_vault);
        auto r = importer.run(m_retailer, {path});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::WrongPassphrase);
        importer.setZipPassword("geheim");
        auto ok = importer.run(m_retailer, {path});
        QVERIFY(ok);
        QCOMPARE(ok->records, 1);
    }

    void removingRetailerRemovesItsData()
    {
        Importer importer(*m_vault);
        QVERIFY(importer.run(m_retailer,
                             {fixture("Retail.OrderHistory.1.csv"), fixture("report.pdf")}));
        QVERIFY(count(*m_vault, "SELECT count(*) FROM field_summary") > 0);
        QVERIFY(SearchIndexer(*m_vault).run());
        QVERIFY(count(*m_vault, "SELECT count(*) FROM record_fts WHERE record_fts MATCH 'jansen'")
                > 0);
        QVERIFY(RetailerStore(*m_vault).remove(m_retailer));
        for (const char *table :
             {"SELECT count(*) FROM snapshot", "SELECT count(*) FROM field_summary",
              "SELECT count(*) FROM record", "SELECT count(*) FROM data_file",
              "SELECT count(*) FROM attachment", "SELECT count(*) FROM field_path"})
            QCOMPARE(count(*m_vault, table), 0);
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM record_fts WHERE record_fts MATCH 'jansen'"),
                 0);
        QCOMPARE(count(*m_vault, "SELECT count(*) FROM record_fts"), 0);
        QVERIFY(m_vault->exec("INSERT INTO record_fts(record_fts) VALUES ('integrity-check')"));
    }
};

QTEST_GUILESS_MAIN(TestImportVault)
#include "TestImportVault.moc"
