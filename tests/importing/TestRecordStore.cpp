// The schema 5 store: record blobs (round trip, damage), the 4 -> 5 migration on a real
// encrypted vault, and the search index built after the import (resume, removal).
#include "directory/RetailerStore.h"
#include "importing/Importer.h"
#include "importing/RecordBlob.h"
#include "importing/SearchIndexer.h"
#include "importing/SnapshotStore.h"
#include "vault/Schema.h"
#include "vault/Vault.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ValueType)

namespace {

qint64 count(Vault &vault, const char *sql)
{
    auto st = vault.prepare(sql);
    return st.step().value() ? st.int64(0) : -1;
}

struct Decoded
{
    qint64 path;
    ValueType type;
    QString raw;
    QString normalised;
    bool rawIsNull;
};

QList<Decoded> decode(const QByteArray &blob, bool *ok)
{
    QList<Decoded> out;
    RecordBlob::Reader reader(blob);
    RecordBlob::FieldView f;
    while (reader.next(f))
        out.append({f.fieldPathId, f.type, f.rawText(), f.normalisedText(), f.rawIsNull});
    *ok = reader.ok();
    return out;
}

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    qint64 m_retailer = 0;

    QString writeCsv(const QString &name, int rows)
    {
        QByteArray data("Order ID,Product,Total\n");
        for (int i = 0; i < rows; ++i)
            data += "NL-" + QByteArray::number(i) + ",Product" + QByteArray::number(i) + " fiets,"
                + QByteArray::number(98765 + i % 2) + ".43\n";
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        Schema::setMaxVersionForTests(0);
    }

    void cleanup()
    {
        m_vault.reset();
        Schema::setMaxVersionForTests(0);
    }

    void blobRoundTrip_data()
    {
        QTest::addColumn<qint64>("path");
        QTest::addColumn<ValueType>("type");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("empty text")
            << qint64(1) << ValueType::Text << QStringLiteral("") << QString();
        QTest::newRow("null (JSON null)")
            << qint64(2) << ValueType::Missing << QString() << QString();
        QTest::newRow("long") << qint64(3) << ValueType::Text << QString(100000, QLatin1Char('x'))
                              << QString();
        QTest::newRow("huge integer kept as text")
            << qint64(4) << ValueType::Integer << QStringLiteral("123456789012345678901234567890")
            << QString();
        QTest::newRow("normalised differs")
            << qint64(5) << ValueType::DateTime << QStringLiteral("17 Nov 2021")
            << QStringLiteral("2021-11-17");
        QTest::newRow("non-BMP and accents")
            << (qint64(1) << 40) << ValueType::Text << QStringLiteral("caf\u00E9 \U0001F6B2 \u20AC")
            << QString();
        QTest::newRow("replacement character kept")
            << qint64(7) << ValueType::Text << QStringLiteral("a\uFFFDb") << QString();
        // Around the one-byte length: 42 code units take the one-pass write, 43 the two-pass one.
        QTest::newRow("42 accented")
            << qint64(8) << ValueType::Text << QString(42, QChar(0x00E9)) << QString();
        QTest::newRow("43 euro signs")
            << qint64(8) << ValueType::Text << QString(43, QChar(0x20AC)) << QString();
        QTest::newRow("127 ASCII")
            << qint64(8) << ValueType::Text << QString(127, QLatin1Char('a')) << QString();
        QTest::newRow("128 ASCII")
            << qint64(8) << ValueType::Text << QString(128, QLatin1Char('a')) << QString();
        QTest::newRow("both long") << qint64(8) << ValueType::Money << QString(300, QChar(0x00E9))
                                   << QString(200, QChar(0x20AC));
    }

    void blobRoundTrip()
    {
        QFETCH(qint64, path);
        QFETCH(ValueType, type);
        QFETCH(QString, raw);
        QFETCH(QString, normalised);
        RecordBlob::Encoder encoder;
        encoder.begin(2);
        encoder.add(path, type, raw, normalised);
        encoder.add(9, ValueType::Text, QStringLiteral("next"), QString());
        bool ok = false;
        const QList<Decoded> out = decode(encoder.data(), &ok);
        QVERIFY(ok);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].path, path);
        QCOMPARE(out[0].type, type);
        QCOMPARE(out[0].raw, raw);
        QCOMPARE(out[0].raw.isNull(), raw.isNull());
        QCOMPARE(out[0].rawIsNull, raw.isNull());
        QCOMPARE(out[0].normalised, normalised.isNull() ? raw : normalised);
        QCOMPARE(out[1].raw, QStringLiteral("next"));
    }

    void blobOfNoFieldsAndSameNormalisedIsNotStored()
    {
        RecordBlob::Encoder encoder;
        encoder.begin(0);
        bool ok = false;
        QVERIFY(decode(encoder.data(), &ok).isEmpty());
        QVERIFY(ok);
        encoder.begin(1);
        encoder.add(1, ValueType::Integer, QStringLiteral("42"), QStringLiteral("42"));
        RecordBlob::Reader reader(encoder.data());
        RecordBlob::FieldView f;
        QVERIFY(reader.next(f));
        QVERIFY(!f.hasNormalised);
        // Version byte, count, path, flags, length, two bytes: portable and compact.
        QCOMPARE(encoder.data(),
                 QByteArray("\x01\x01\x01\x02\x02"
                            "42",
                            7));
    }

    void invalidUtf8AndLoneSurrogatesBecomeReplacementCharacters()
    {
        RecordBlob::Encoder encoder;
        encoder.begin(2);
        encoder.addUtf8(1, ValueType::Text, false,
                        QByteArrayView("a\xff\xfe"
                                       "b"),
                        false, {});
        encoder.add(2, ValueType::Text, QString(QChar(0xD800)) + QLatin1Char('x'), QString());
        bool ok = false;
        const QList<Decoded> out = decode(encoder.data(), &ok);
        QVERIFY(ok);
        QCOMPARE(out.size(), 2);
        QVERIFY(out[0].raw.contains(QChar::ReplacementCharacter));
        QVERIFY(out[0].raw.startsWith(QLatin1Char('a')) && out[0].raw.endsWith(QLatin1Char('b')));
        QCOMPARE(out[1].raw, QString(QChar::ReplacementCharacter) + QLatin1Char('x'));
    }

    void damagedBlobsAreRefusedWithoutCrashing()
    {
        RecordBlob::Encoder encoder;
        encoder.begin(2);
        encoder.add(1, ValueType::Text, QStringLiteral("Jan Jansen"), QString());
        encoder.add(2, ValueType::Date, QStringLiteral("17-11-2021"), QStringLiteral("2021-11-17"));
        const QByteArray good = encoder.data();
        for (qsizetype n = 0; n < good.size(); ++n) {
            bool ok = true;
            decode(good.left(n), &ok);
            QVERIFY2(!ok, qPrintable(QString::number(n)));
        }
        QByteArray otherVersion = good;
        otherVersion[0] = 2;
        bool ok = true;
        QVERIFY(decode(otherVersion, &ok).isEmpty());
        QVERIFY(!ok);
        QByteArray hugeCount("\x01\xff\xff\xff\xff\x0f", 6);
        QVERIFY(decode(hugeCount, &ok).isEmpty());
        QVERIFY(!ok);
    }

    void migrationFrom4KeepsImportedData()
    {
        // A real encrypted vault at schema 4 with rows as the schema 4 importer wrote them.
        Schema::setMaxVersionForTests(4);
        auto created = Vault::create(m_dir.path(), SecureBytes::random(Vault::kKeySize));
        QVERIFY(created);
        m_vault = std::move(created).value();
        Vault &v = *m_vault;
        QCOMPARE(v.schemaVersion(), 4);
        for (const char *sql :
             {"INSERT INTO retailer (id, name, created_at) VALUES (1, 'Oud', '2026-01-01')",
              "INSERT INTO snapshot (id, retailer_id, imported_at, source, content_sha256, "
              "record_count, field_count, "
              "first_record_id, last_record_id, first_field_id, last_field_id) "
              "VALUES (1, 1, '2026-01-01T00:00:00.000Z', 'a.csv', 'x', 2, 5, 1, 2, 1, 5)",
              "INSERT INTO data_file (id, snapshot_id, path, format, record_count, "
              "first_record_id, last_record_id) "
              "VALUES (1, 1, 'a.csv', 'csv', 2, 1, 2)",
              "INSERT INTO field_path (id, retailer_id, data_file, path) VALUES (1, 1, 'a.csv', "
              "'a.csv › Naam'), "
              "(2, 1, 'a.csv', 'a.csv › Datum')",
              "INSERT INTO record (id, data_file_id, fingerprint, key_hash) VALUES (1, 1, 11, 12), "
              "(2, 1, 21, 22)",
              "INSERT INTO field (id, record_id, field_path_id, type, raw, normalised) VALUES "
              "(1, 1, 1, 1, 'Jan Jansen', NULL), (2, 1, 2, 7, '17-11-2021', '2021-11-17'), "
              "(3, 2, 1, 1, 'Piet de Vries', NULL), (4, 2, 2, 0, NULL, NULL), (5, 2, 1, 1, "
              "'caf\u00E9', NULL)",
              "INSERT INTO field_fts (docid, raw) VALUES (1, 'Jan Jansen'), (3, 'Piet de Vries'), "
              "(5, 'caf\u00E9')"})
            QVERIFY2(v.exec(sql), sql);

        Schema::setMaxVersionForTests(0);
        QVERIFY(Schema::migrate(v));
        QCOMPARE(v.schemaVersion(), Schema::latestVersion());
        QCOMPARE(count(v,
                       "SELECT count(*) FROM sqlite_master WHERE name IN ('field', 'field_fts')"),
                 0);

        SnapshotStore store(v);
        auto fields = store.fields(1);
        QVERIFY(fields);
        QCOMPARE(fields->size(), 2);
        QCOMPARE(fields->at(0).path, QStringLiteral("a.csv › Naam"));
        QCOMPARE(fields->at(0).count, 3);
        QCOMPARE(fields->at(1).count, 2);
        auto files = store.dataFiles(1);
        QVERIFY(files && files->size() == 1);
        QStringList seen;
        QVERIFY(store.forEachField(files->first(), [&](const StoredField &f) {
            seen << QStringLiteral("%1/%2/%3/%4/%5")
                        .arg(f.recordId)
                        .arg(f.fieldPathId)
                        .arg(f.raw, f.normalised, f.type);
            return true;
        }));
        QCOMPARE(seen,
                 QStringList({QStringLiteral("1/1/Jan Jansen/Jan Jansen/text"),
                              QStringLiteral("1/2/17-11-2021/2021-11-17/date"),
                              QStringLiteral("2/1/Piet de Vries/Piet de Vries/text"),
                              QStringLiteral("2/2///missing"),
                              QStringLiteral("2/1/caf\u00E9/caf\u00E9/text")}));
        // The fingerprints (the diff with the next import) are kept as they were.
        QCOMPARE(count(v, "SELECT sum(fingerprint) FROM record"), 32);

        // Search comes back once the indexer has run.
        QCOMPARE(*store.unindexedRecords(), 2);
        QVERIFY(SearchIndexer(v).run());
        auto hits = store.search(QStringLiteral("jansen"), 10);
        QVERIFY(hits);
        QCOMPARE(*hits, QList<qint64>({1}));
        QCOMPARE(*store.search(QStringLiteral("cafe"), 10),
                 QList<qint64>({2})); // unicode61 folds accents
        // The start of a word is enough (issue 15: "kerk" finds "Kerkstraat").
        QCOMPARE(*store.search(QStringLiteral("jans"), 10), QList<qint64>({1}));
        QCOMPARE(*store.search(QStringLiteral("Pie de"), 10), QList<qint64>({2}));
        QVERIFY(store.search(QStringLiteral("ansen"), 10)->isEmpty()); // not the middle
        QVERIFY(store.search(QStringLiteral("jan* OR \"x"), 10));      // syntax stays text

        // Removing the snapshot removes its rows and index rows.
        QVERIFY(v.exec("DELETE FROM snapshot WHERE id = 1"));
        QCOMPARE(count(v, "SELECT count(*) FROM record"), 0);
        QCOMPARE(count(v, "SELECT count(*) FROM record_fts"), 0);
        QCOMPARE(count(v, "SELECT count(*) FROM field_summary"), 0);
    }

    void searchAfterImportAndIndexerResumes()
    {
        auto created = Vault::create(m_dir.path(), SecureBytes::random(Vault::kKeySize));
        QVERIFY(created);
        m_vault = std::move(created).value();
        Vault &v = *m_vault;
        Retailer r;
        r.name = QStringLiteral("Fietsen");
        m_retailer = *RetailerStore(v).add(r);
        const QString csv = writeCsv(QStringLiteral("orders.csv"), 12000);
        Importer importer(v);
        auto summary = importer.run(m_retailer, {csv});
        QVERIFY(summary);
        QCOMPARE(summary->records, 12000);
        QCOMPARE(summary->fields, 36000);
        SnapshotStore store(v);
        SearchIndexer indexer(v);
        QCOMPARE(*indexer.pendingRecords(), 12000);
        QVERIFY(store.search(QStringLiteral("Product0"), 10)->isEmpty()); // not indexed yet

        // Stopped after the first chunk (Cancel): what was indexed stays, the rest is pending.
        int calls = 0;
        auto first = indexer.run(
            [&](qint64 done, qint64 total) {
                ++calls;
                return !(done == 5000 && total == 12000);
            },
            5000);
        QVERIFY(first);
        QCOMPARE(*first, 5000);
        QCOMPARE(calls, 1);
        QCOMPARE(*indexer.pendingRecords(), 7000);
        QCOMPARE(store.search(QStringLiteral("Product4999"), 10)->size(), 1);
        QCOMPARE(store.search(QStringLiteral("Product499"), 20)->size(), 11); // 499, 4990-4999
        QVERIFY(store.search(QStringLiteral("Product11000"), 10)->isEmpty());
        // Numbers are not searched as words; text values are, across the record's fields.
        QCOMPARE(count(v, "SELECT count(*) FROM record_fts WHERE record_fts MATCH '98765'"), 0);
        QCOMPARE(store.search(QStringLiteral("fiets Product4999"), 10)->size(), 1);

        // A step on its own (the GUI's background step) and then the rest.
        QCOMPARE(*indexer.step(1000), 1000);
        QCOMPARE(*indexer.pendingRecords(), 6000);
        QVERIFY(indexer.run());
        QCOMPARE(*indexer.pendingRecords(), 0);
        QCOMPARE(*indexer.step(), 0);
        QCOMPARE(store.search(QStringLiteral("Product11000"), 10)->size(), 1);
        QCOMPARE(count(v, "SELECT count(*) FROM record_fts"), 12000);
        QVERIFY(v.exec("INSERT INTO record_fts(record_fts) VALUES ('integrity-check')"));

        // A second snapshot; removing the first keeps the second one's rows and index.
        const QString csv2 = writeCsv(QStringLiteral("orders2.csv"), 300);
        auto second = importer.run(m_retailer, {csv2});
        QVERIFY(second);
        QCOMPARE(second->records, 300);
        QVERIFY(indexer.run());
        QVERIFY(v.exec("DELETE FROM snapshot WHERE id = 1"));
        QCOMPARE(count(v, "SELECT count(*) FROM record"), 300);
        QCOMPARE(count(v, "SELECT count(*) FROM record_fts"), 300);
        QCOMPARE(count(v, "SELECT count(*) FROM field_summary"), 3);
        QCOMPARE(store.search(QStringLiteral("Product299"), 10)->size(), 1);

        // Indexing again from the start replaces documents instead of failing.
        QVERIFY(v.exec("UPDATE snapshot SET indexed_through = 0"));
        QCOMPARE(*indexer.run(), 300);
        QCOMPARE(count(v, "SELECT count(*) FROM record_fts"), 300);
        QCOMPARE(store.search(QStringLiteral("Product299"), 10)->size(), 1);
    }

    void writerGateIsExclusive()
    {
        QVERIFY(SearchIndexer::tryEnterWriter());
        QVERIFY(!SearchIndexer::tryEnterWriter());
        SearchIndexer::leaveWriter();
        {
            VaultWriterGate gate;
            QVERIFY(!SearchIndexer::tryEnterWriter());
        }
        QVERIFY(SearchIndexer::tryEnterWriter());
        SearchIndexer::leaveWriter();
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "TestRecordStore.moc"
