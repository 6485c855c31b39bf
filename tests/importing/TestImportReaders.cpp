#include "ZipBuilder.h"
#include "importing/CsvReader.h"
#include "importing/JsonReader.h"
#include "importing/ValueNormaliser.h"
#include "importing/XmlRecordReader.h"
#include "importing/ZipArchive.h"
#include "importing/ZipEntryDevice.h"

#include <QBuffer>
#include <QFile>
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

template<typename Reader>
Result<ReadStats> readWith(QIODevice *device, QList<Record> &records, ImportLimits limits = {})
{
    return Reader(device, limits,
                  [&records](const Record &r) {
                      records.append(r);
                      return true;
                  })
        .read();
}

template<typename Reader>
Result<ReadStats> readFile(const char *name, QList<Record> &records)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("missing fixture"));
    return readWith<Reader>(&file, records);
}

template<typename Reader>
Result<ReadStats> readBytes(const QByteArray &bytes, QList<Record> &records,
                            ImportLimits limits = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readWith<Reader>(&buffer, records, limits);
}

QString value(const Record &r, const QString &path)
{
    for (const RecordField &f : r)
        if (f.path == path)
            return f.raw;
    return QStringLiteral("<missing %1>").arg(path);
}

QString sep(const char *a, const char *b)
{
    return QLatin1String(a) + pathSeparator() + QLatin1String(b);
}

} // namespace

class TestImportReaders : public QObject
{
    Q_OBJECT

private slots:
    void csvAmazonQuotedBomCrlf()
    {
        QList<Record> records;
        auto r = readFile<CsvReader>("Retail.OrderHistory.1.csv", records);
        QVERIFY(r);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0][0].path, QStringLiteral("Website")); // BOM removed
        QCOMPARE(value(records[0], QStringLiteral("Product Name")),
                 QStringLiteral("Boek \"Roer\" paperback"));
        QCOMPARE(value(records[0], QStringLiteral("Shipping Address")),
                 QStringLiteral("Jan Jansen\nDorpsstraat 1\n1234 AB Ergens"));
        QCOMPARE(value(records[1], QStringLiteral("Total Owed")), QStringLiteral("NA"));
    }

    void csvLinkedInPreamble()
    {
        QList<Record> records;
        auto r = readFile<CsvReader>("Connections.csv", records);
        QVERIFY(r);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0][0].path, QStringLiteral("First Name"));
        QCOMPARE(value(records[1], QStringLiteral("Email Address")),
                 QStringLiteral("anna@example.org"));
        QCOMPARE(r->warnings.size(), 1);
    }

    void csvWindows1252SemicolonDuplicates()
    {
        QList<Record> records;
        auto r = readFile<CsvReader>("bonnen-excel.csv", records);
        QVERIFY(r);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0][3].path, QStringLiteral("Bedrag (2)"));
        QCOMPARE(value(records[0], QStringLiteral("Bedrag")), QStringLiteral("\u20AC 1.234,56"));
        QCOMPARE(value(records[1], QStringLiteral("Omschrijving")),
                 QStringLiteral("Cr\u00E8me br\u00FBl\u00E9e"));
        QVERIFY(!r->warnings.isEmpty());
    }

    void csvTabs()
    {
        QList<Record> records;
        QVERIFY(readFile<CsvReader>("tab-separated.tsv", records));
        QCOMPARE(records.size(), 2);
        QCOMPARE(value(records[1], QStringLiteral("name")), QStringLiteral("Beta"));
    }

    void csvLongLineRefused()
    {
        QList<Record> records;
        QByteArray line("a,b\n");
        line += QByteArray(50 << 20, 'x'); // 50 MB without a newline
        ImportLimits limits;
        auto r = readBytes<CsvReader>(line, records, limits);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("longer than")));
    }

    void csvEmptyAndInvalidUtf8()
    {
        QList<Record> records;
        QVERIFY(readBytes<CsvReader>(QByteArray(), records));
        QCOMPARE(records.size(), 0);
        QVERIFY(
            readBytes<CsvReader>(QByteArray("naam,plaats\n\xff\xfe kapot,\xc3\x28\n"), records));
        QCOMPARE(records.size(), 1);
    }

    void jsonTwitterWrapped()
    {
        QList<Record> records;
        auto r = readFile<JsonReader>("tweet.js", records);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(records.size(), 2);
        // Too large for 64 bits as a double: kept exactly.
        QCOMPARE(value(records[0], sep("tweet", "id")), QStringLiteral("1107961434213195776"));
        QCOMPARE(value(records[0],
                       sep("tweet", "entities") + pathSeparator() + QStringLiteral("hashtags")
                           + pathSeparator() + QStringLiteral("text")),
                 QStringLiteral("roer"));
    }

    void jsonFacebookMojibake()
    {
        QList<Record> records;
        QVERIFY(readFile<JsonReader>("facebook-profile.json", records));
        QCOMPARE(records.size(), 2); // the profile (one record) and one message
        QCOMPARE(value(records[0],
                       QStringLiteral("profile_v2") + pathSeparator() + sep("name", "full_name")),
                 QStringLiteral("Ren\u00E9 Caf\u00E9"));
        QCOMPARE(value(records[1], sep("messages", "sender_name")), QStringLiteral("Zo\u00EB"));
        QCOMPARE(value(records[1], sep("messages", "content")), QStringLiteral("Hoi \U0001F600"));
    }

    void jsonLocationsBigInts()
    {
        QList<Record> records;
        QVERIFY(readFile<JsonReader>("Records.json", records));
        QCOMPARE(records.size(), 2);
        QCOMPARE(value(records[1], sep("locations", "deviceTag")),
                 QStringLiteral("123456789012345678901234567890"));
    }

    void jsonArraysOfArraysAndSections()
    {
        QList<Record> records;
        QVERIFY(readFile<JsonReader>("arrays-of-arrays.json", records));
        QCOMPARE(records.size(), 2);
        QCOMPARE(value(records[1], QStringLiteral("3")), QStringLiteral("Utrecht"));
        records.clear();
        QVERIFY(readFile<JsonReader>("account-sections.json", records));
        // Sections: the account is one record, each order one, the preferences one.
        QCOMPARE(records.size(), 4);
        QCOMPARE(value(records[0], sep("Account Info", "User Name")), QStringLiteral("jjansen"));
        QCOMPARE(value(records[1], sep("Orders", "Order Number")), QStringLiteral("A-1"));
        QCOMPARE(value(records[2], sep("Orders", "Order Number")), QStringLiteral("A-2"));
        // JSON inside a string value becomes fields.
        QCOMPARE(value(records[3], sep("Preferences", "newsletter")), QStringLiteral("true"));
    }

    void jsonHostile()
    {
        QList<Record> records;
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        auto r = readBytes<JsonReader>(deep, records);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("nested")));
        QVERIFY(!readBytes<JsonReader>(QByteArray("[{\"a\": 1}"), records)); // truncated
        QVERIFY(!readBytes<JsonReader>(QByteArray(), records));              // empty
        records.clear();
        auto bad = readBytes<JsonReader>(QByteArray("[{\"a\": \"x\xff\xfey\"}]"), records);
        QVERIFY(bad);
        QCOMPARE(records.size(), 1);
        QVERIFY(records[0][0].raw.contains(QChar(0xFFFD)));
        QCOMPARE(bad->warnings.size(), 1);
    }

    void xmlSupermarket()
    {
        QList<Record> records;
        auto r = readFile<XmlRecordReader>("supermarket-export.xml", records);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(records.size(), 3);
        // Field paths are element paths below the root element.
        QCOMPARE(value(records[0], sep("klant", "@id")), QStringLiteral("K-1"));
        QCOMPARE(value(records[1],
                       sep("aankopen", "aankoop") + pathSeparator() + QStringLiteral("datum")),
                 QStringLiteral("2022-05-03"));
        QCOMPARE(value(records[1],
                       sep("aankopen", "aankoop") + pathSeparator() + QStringLiteral("@nummer")),
                 QStringLiteral("1001"));
        QCOMPARE(value(records[2],
                       sep("aankopen", "aankoop") + pathSeparator() + QStringLiteral("bedrag")),
                 QStringLiteral("3,99"));
    }

    void normaliser_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("normalised");
        auto row = [](const char *raw, const char *name, const char *type, const char *norm) {
            QTest::newRow(raw) << QString::fromUtf8(raw) << QString::fromUtf8(name)
                               << QString::fromUtf8(type) << QString::fromUtf8(norm);
        };
        row("2021-11-11T22:32:48Z", "", "datetime", "2021-11-11T22:32:48Z");
        row("2021-11-11T23:32:48+01:00", "", "datetime", "2021-11-11T22:32:48Z");
        row("2021-11-11T22:32:48.123Z", "", "datetime", "2021-11-11T22:32:48.123Z");
        row("1637188388", "timestamp", "datetime", "2021-11-17T22:33:08Z");
        row("1637188388", "Order ID", "integer", "");
        row("1637188388123", "", "datetime", "2021-11-17T22:33:08.123Z");
        row("1637188388123456", "", "datetime", "2021-11-17T22:33:08.123Z");
        row("11/11/2021 22:32:48 UTC", "", "datetime", "2021-11-11T22:32:48Z");
        row("17 Nov 2021", "", "date", "2021-11-17");
        row("22-JAN-2018", "", "date", "2018-01-22");
        row("Tue Mar 19 14:05:17 +0000 2019", "", "datetime", "2019-03-19T14:05:17Z");
        row("17 november 2021", "", "date", "2021-11-17");
        row("3 mei 2022", "", "date", "2022-05-03");
        row("12 maart 2020 14:00", "", "localdatetime", "2020-03-12T14:00:00");
        row("2021-11-11 22:32:48", "", "localdatetime", "2021-11-11T22:32:48");
        row("€ 1.234,56", "", "money", "1234.56 EUR");
        row("12,50", "", "decimal", "12.50");
        row("1,234.56", "", "decimal", "1234.56");
        row("-3.5", "", "decimal", "");
        row("NA", "", "missing", "");
        row("", "", "missing", "");
        row("0612345678", "", "text", "");
        row("true", "", "boolean", "");
        row("Jan Jansen", "", "text", "");
        row("402-1111111-2222222", "", "text", "");
        // ISO 8601 shapes read by the shortcut, and their edges (the token parser decides those).
        row("2021-11-11", "", "date", "2021-11-11");
        row("2021-11-11T22:32", "", "localdatetime", "2021-11-11T22:32:00");
        row("2021-11-11T22:32:48.5Z", "", "datetime", "2021-11-11T22:32:48.500Z");
        row("2021-11-11T22:32:48.123456789Z", "", "datetime", "2021-11-11T22:32:48.123Z");
        row("2021-11-11 00:32:48+01:00", "", "datetime", "2021-11-10T23:32:48Z");
        row("2021-11-11T23:32:48-01:30", "", "datetime", "2021-11-12T01:02:48Z");
        row("2021-11-11 22:32:48.05+01:00", "", "datetime", "2021-11-11T21:32:48.050Z");
        row("2021-11-11T22:32:48+0100", "", "datetime", "2021-11-11T21:32:48Z");
        row("2021-02-30", "", "text", "");
        row("2021-11-11T24:00:00Z", "", "text", "");
        row("2021-11-11T22:32:48.Z", "", "text", "");
        row("dinsdag 3 mei 2022", "", "date", "2022-05-03");
        row("Mrt 3, 2021", "", "date", "2021-03-03");
        row("10/11/2021 10:00 PM", "", "localdatetime", "2021-10-11T22:00:00");
        row("-0012", "", "integer", "");
        row(" 12.5 ", "", "decimal", "12.5");
        row("12.", "", "text", "");
        row("+5", "", "integer", "5");
    }

    void normaliser()
    {
        QFETCH(QString, raw);
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, normalised);
        const NormalisedValue v = ValueNormaliser::normalise(raw, name);
        QCOMPARE(ValueNormaliser::typeName(v.type), type);
        QCOMPARE(v.normalised.isNull() ? QString() : v.normalised,
                 normalised.isEmpty() ? QString() : normalised);
    }

    void zipReadsDeflatedAndStored()
    {
        ZipBuilder zip;
        zip.add(QStringLiteral("a/b.csv"), QByteArray("x,y\n1,2\n"), true);
        zip.add(QStringLiteral("c.txt"), QByteArray("plain"), false);
        QByteArray bytes = zip.build();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        ZipBudget budget;
        ZipArchive archive(&buffer, ImportLimits{}, &budget);
        QVERIFY(archive.open());
        QCOMPARE(archive.entries().size(), 2);
        auto dev = archive.openEntry(archive.entries()[0]);
        QVERIFY(dev);
        QCOMPARE((*dev)->readAll(), QByteArray("x,y\n1,2\n"));
        QVERIFY(!(*dev)->error());
    }

    void zipCryptoPassword()
    {
        ZipBuilder zip;
        ZipBuilder::Entry e{QStringLiteral("secret.csv"),
                            QByteArray("a,b\n1,2\n"),
                            true,
                            false,
                            "geheim",
                            -1};
        zip.add(e);
        QByteArray bytes = zip.build();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        ZipBudget budget;
        ZipArchive archive(&buffer, ImportLimits{}, &budget);
        QVERIFY(archive.open());
        auto none = archive.openEntry(archive.entries()[0]);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(!archive.openEntry(archive.entries()[0], "fout"));
        auto dev = archive.openEntry(archive.entries()[0], "geheim");
        QVERIFY(dev);
        QCOMPARE((*dev)->readAll(), QByteArray("a,b\n1,2\n"));
    }

    void zipHostile_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<bool>("openFails");
        {
            ZipBuilder z;
            z.add(QStringLiteral("../../etc/passwd"), "x");
            QTest::newRow("zip-slip") << z.build() << true;
        }
        {
            ZipBuilder z;
            z.add(QStringLiteral("/abs/path"), "x");
            QTest::newRow("absolute") << z.build() << true;
        }
        {
            ZipBuilder z;
            z.add(ZipBuilder::Entry{QStringLiteral("link"), "/etc/passwd", false, true, {}, -1});
            QTest::newRow("symlink") << z.build() << true;
        }
        {
            ZipBuilder z;
            z.add(QStringLiteral("a.csv"), QByteArray(1000, 'a'));
            z.add(QStringLiteral("b.csv"), QByteArray(1000, 'b'));
            QTest::newRow("overlap") << z.build(true) << true;
        }
        {
            ZipBuilder z;
            z.add(QStringLiteral("a.csv"), QByteArray(100000, 'a'));
            QTest::newRow("truncated") << z.build().left(200) << true;
        }
        {
            // 200 MB of zeros claiming 1 KB; the cap on bytes actually inflated stops it.
            ZipBuilder z;
            z.add(ZipBuilder::Entry{
                QStringLiteral("bomb.csv"), QByteArray(200 << 20, '\0'), true, false, {}, 1024});
            QTest::newRow("bomb-lying-size") << z.build() << false;
        }
        {
            ZipBuilder z;
            z.add(QStringLiteral("bomb.csv"), QByteArray(200 << 20, '\0'));
            QTest::newRow("bomb-ratio") << z.build() << false;
        }
    }

    void zipHostile()
    {
        QFETCH(QByteArray, zip);
        QFETCH(bool, openFails);
        QBuffer buffer(&zip);
        buffer.open(QIODevice::ReadOnly);
        ZipBudget budget;
        ZipArchive archive(&buffer, ImportLimits{}, &budget);
        auto opened = archive.open();
        if (openFails) {
            QVERIFY(!opened);
            QVERIFY(!opened.error().message.isEmpty());
            return;
        }
        QVERIFY(opened);
        auto dev = archive.openEntry(archive.entries()[0]);
        QVERIFY(dev);
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        qint64 total = 0;
        for (;;) {
            const qint64 n = (*dev)->read(chunk.data(), chunk.size());
            if (n <= 0)
                break;
            total += n;
        }
        QVERIFY((*dev)->error().has_value());
        QVERIFY(total < (32 << 20));
    }
};

QTEST_GUILESS_MAIN(TestImportReaders)
#include "TestImportReaders.moc"
