#include "directory/RetailerStore.h"
#include "explain/PlainLanguage.h"
#include "importing/Importer.h"
#include "importing/JsonReader.h"
#include "importing/RecordRule.h"
#include "importing/SnapshotStore.h"
#include "importing/XmlRecordReader.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    QString base = qEnvironmentVariable("ROER_TEST_DATA");
    if (!QFile::exists(base + QStringLiteral("/fixtures")))
        base += QStringLiteral("/importing");
    return base + QStringLiteral("/fixtures/shapes/") + name;
}

QString p(std::initializer_list<const char *> parts)
{
    QStringList out;
    for (const char *part : parts)
        out << QString::fromUtf8(part);
    return out.join(pathSeparator());
}

struct Read
{
    QList<Record> records;
    ReadStats stats;
    QString error;
};

template<typename Reader>
Read readDevice(QIODevice *device, ImportLimits limits = {})
{
    Read out;
    auto r = Reader(device, limits, [&out](const Record &record) {
                 out.records.append(record);
                 return true;
             }).read();
    if (r)
        out.stats = *r;
    else
        out.error = r.error().message;
    return out;
}

template<typename Reader>
Read readFixture(const char *name)
{
    QFile file(fixture(QString::fromUtf8(name)));
    if (!file.open(QIODevice::ReadOnly))
        return Read{{}, {}, QStringLiteral("missing fixture")};
    return readDevice<Reader>(&file);
}

Read readJson(const QByteArray &bytes, ImportLimits limits = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readDevice<JsonReader>(&buffer, limits);
}

QStringList values(const Record &r, const QString &path)
{
    QStringList out;
    for (const RecordField &f : r)
        if (f.path == path)
            out << f.raw;
    return out;
}

bool has(const Record &r, const QString &path)
{
    return !values(r, path).isEmpty();
}

const RecordRule *rule(const ReadStats &stats, RecordRule::Kind kind, const QString &section)
{
    for (const RecordRule &r : stats.rules)
        if (r.kind == kind && r.section == section)
            return &r;
    return nullptr;
}

} // namespace

// The record rules of docs/importing.md, shape by shape, on fixtures shaped like real exports.
class TestRecordRules : public QObject
{
    Q_OBJECT

private slots:
    // {"inferences": [...]} (Spotify, ad platforms): each string is one thing the shop holds.
    void listOfStringsIsOneRecordEach()
    {
        const Read r = readFixture<JsonReader>("inferences.json");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 5);
        for (const Record &record : r.records) {
            QCOMPARE(record.size(), 1);
            QCOMPARE(record.first().path, QStringLiteral("inferences"));
        }
        QCOMPARE(r.records.at(2).first().raw, QStringLiteral("Likely to move house"));
        const RecordRule *list =
            rule(r.stats, RecordRule::Kind::ListValue, QStringLiteral("inferences"));
        QVERIFY(list);
        QCOMPARE(list->records, 5);
    }

    // Sections: single-object sections are one record each; every purchase of the pages of
    // purchases (a list of lists) is a record; purchase lines stay inside their purchase.
    void sectionsWithPagesOfPurchases()
    {
        const Read r = readFixture<JsonReader>("shop-sections.json");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 7);
        QCOMPARE(values(r.records.at(0), p({"profile", "date_of_birth"})),
                 QStringList{QStringLiteral("1987-04-12")});
        QVERIFY(!has(r.records.at(0), p({"orders", "order_id"})));
        QCOMPARE(values(r.records.at(1), p({"account", "member_since"})),
                 QStringList{QStringLiteral("2015-03-01")});
        QStringList orders;
        for (int i = 2; i < 6; ++i)
            orders << values(r.records.at(i), p({"orders", "order_id"}));
        QCOMPARE(orders,
                 QStringList({QStringLiteral("W-1001"), QStringLiteral("W-1002"),
                              QStringLiteral("W-1003"), QStringLiteral("W-1004")}));
        QCOMPARE(values(r.records.at(2), p({"orders", "lines", "price"})),
                 QStringList({QStringLiteral("12,95"), QStringLiteral("1,20")}));
        QCOMPARE(values(r.records.at(6), p({"returns", "reason"})),
                 QStringList{QStringLiteral("Kapot geleverd")});
        QCOMPARE(rule(r.stats, RecordRule::Kind::ListItem, QStringLiteral("orders"))->records, 4);
        QCOMPARE(rule(r.stats, RecordRule::Kind::Object, QStringLiteral("profile"))->records, 1);
        QCOMPARE(rule(r.stats, RecordRule::Kind::Object, QStringLiteral("account"))->records, 1);
        QCOMPARE(rule(r.stats, RecordRule::Kind::ListItem, QStringLiteral("returns"))->records, 1);
    }

    // One profile with sub-objects and small lists (addresses, e-mail history, family):
    // one record, the lists are fields of it.
    void profileWithNestedListsIsOneRecord()
    {
        const Read r = readFixture<JsonReader>("profile-nested.json");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 1);
        const Record &profile = r.records.first();
        QCOMPARE(profile.first().path, QStringLiteral("username"));
        QCOMPARE(values(profile, p({"birthday", "year"})), QStringList{QStringLiteral("1990")});
        QCOMPARE(values(profile, p({"addresses", "city"})),
                 QStringList({QStringLiteral("Utrecht"), QStringLiteral("Den Haag")}));
        QCOMPARE(values(profile, QStringLiteral("email_history")).size(), 2);
        QCOMPARE(values(profile, p({"family_members", "relation"})).size(), 2);
        QCOMPARE(values(profile, p({"phone_numbers", "phone_number"})),
                 QStringList{QStringLiteral("+31612345678")});
        QCOMPARE(r.stats.rules.size(), 1);
        QCOMPARE(r.stats.rules.first().kind, RecordRule::Kind::Profile);
    }

    // The export's own header (date, schema version) and its "meta" object are records of
    // their own, apart from the customer and the payments they describe.
    void exportHeaderIsKeptApart()
    {
        const Read r = readFixture<JsonReader>("export-with-header.json");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 6);
        const Record &details = r.records.last();
        QCOMPARE(details.size(), 2);
        QCOMPARE(values(details, QStringLiteral("export_date")),
                 QStringList{QStringLiteral("2025-05-01T10:00:00Z")});
        QVERIFY(has(details, QStringLiteral("schema_version")));
        QVERIFY(has(r.records.at(0), p({"meta", "generator"})));
        QVERIFY(has(r.records.at(1), p({"customer", "name"})));
        for (int i = 1; i < 5; ++i)
            QVERIFY(!has(r.records.at(i), QStringLiteral("export_date")));
        QCOMPARE(rule(r.stats, RecordRule::Kind::ListItem, QStringLiteral("payments"))->records, 3);
        QCOMPARE(rule(r.stats, RecordRule::Kind::ExportDetails, QStringLiteral("meta"))->records,
                 1);
        bool top = false;
        for (const RecordRule &rr : r.stats.rules)
            top |= rr.kind == RecordRule::Kind::ExportDetails
                && rr.fields
                    == QStringList(
                        {QStringLiteral("export_date"), QStringLiteral("schema_version")});
        QVERIFY(top);

        // A profile with an export date: the date is not part of the profile.
        const Read profile = readFixture<JsonReader>("profile-with-header.json");
        QVERIFY2(profile.error.isEmpty(), qPrintable(profile.error));
        QCOMPARE(profile.records.size(), 2);
        QVERIFY(!has(profile.records.at(0), QStringLiteral("exportedAt")));
        QCOMPARE(values(profile.records.at(0), QStringLiteral("interests")).size(), 2);
        QVERIFY(has(profile.records.at(0), p({"addresses", "city"})));
        QCOMPARE(values(profile.records.at(1), QStringLiteral("exportedAt")),
                 QStringList{QStringLiteral("2025-05-01")});
    }

    // The same rules for XML: a profile element with nested lists is one record.
    void xmlProfileIsOneRecord()
    {
        const Read r = readFixture<XmlRecordReader>("klant-profiel.xml");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 1);
        const Record &klant = r.records.first();
        QCOMPARE(values(klant, QStringLiteral("@nummer")), QStringList{QStringLiteral("K-1")});
        QCOMPARE(values(klant, p({"adressen", "adres", "plaats"})),
                 QStringList({QStringLiteral("Ergens"), QStringLiteral("Elders")}));
        QCOMPARE(values(klant, QStringLiteral("email")).size(), 2);
        QCOMPARE(r.stats.rules.first().kind, RecordRule::Kind::Profile);
    }

    // XML sections: a customer part, a list of segments (one record each), receipts with
    // their lines, and the document's own attributes kept apart.
    void xmlSections()
    {
        const Read r = readFixture<XmlRecordReader>("supermarkt-secties.xml");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), 7);
        QCOMPARE(values(r.records.at(0), p({"klant", "naam"})),
                 QStringList{QStringLiteral("Jan Jansen")});
        QCOMPARE(values(r.records.at(0), p({"klant", "@id"})), QStringList{QStringLiteral("K-1")});
        QCOMPARE(values(r.records.at(1), p({"segmenten", "segment"})),
                 QStringList{QStringLiteral("Gezin met jonge kinderen")});
        QCOMPARE(values(r.records.at(4), p({"kassabonnen", "bon", "regel", "prijs"})),
                 QStringList({QStringLiteral("1,20"), QStringLiteral("2,80")}));
        QCOMPARE(values(r.records.at(5), p({"kassabonnen", "bon", "@nummer"})),
                 QStringList{QStringLiteral("1002")});
        QCOMPARE(values(r.records.at(6), QStringLiteral("@versie")),
                 QStringList{QStringLiteral("3")});
        QCOMPARE(rule(r.stats, RecordRule::Kind::ListValue, QStringLiteral("segmenten"))->records,
                 3);
        QCOMPARE(rule(r.stats, RecordRule::Kind::ListItem, QStringLiteral("kassabonnen"))->records,
                 2);
        QCOMPARE(rule(r.stats, RecordRule::Kind::Object, QStringLiteral("klant"))->records, 1);
    }

    // A list far larger than what may wait in memory: its items stream out as records and the
    // object's own values become one record at the end.
    void longListsStreamOut()
    {
        QByteArray json("{\"user\": \"jan\", \"locations\": [");
        const int n = 25000;
        for (int i = 0; i < n; ++i)
            json += QByteArray(i ? "," : "")
                + "{\"latitudeE7\": " + QByteArray::number(523700000 + i) + ", \"accuracy\": 10}";
        json += "]}";
        const Read r = readJson(json);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.records.size(), n + 1);
        QCOMPARE(r.records.last().size(), 1);
        QCOMPARE(r.records.last().first().path, QStringLiteral("user"));
        QCOMPARE(rule(r.stats, RecordRule::Kind::ListItem, QStringLiteral("locations"))->records,
                 qint64(n));
        QVERIFY(rule(r.stats, RecordRule::Kind::OwnValues, QString()));

        // Lists of rows and of plain values at the top, wrappers around sections.
        QCOMPARE(readJson("[[\"2021-11-11\", 12.5], [\"2021-11-12\", 8]]").records.size(), 2);
        QCOMPARE(readJson("[\"a\", \"b\", null, \"c\"]").records.size(), 3);
        const Read wrapped = readJson("{\"export\": {\"data\": {\"orders\": [{\"id\": 1}, {\"id\": "
                                      "2}], \"profile\": {\"name\": \"x\"}}}}");
        QCOMPARE(wrapped.records.size(), 3);
        QCOMPARE(wrapped.records.at(0).first().path, p({"export", "data", "orders", "id"}));
    }

    void hostileStructures()
    {
        QByteArray deep;
        for (int i = 0; i < 5000; ++i)
            deep += "{\"a\":";
        deep += "1" + QByteArray(5000, '}');
        Read r = readJson(deep);
        QVERIFY(r.error.contains(QStringLiteral("nested")));
        QVERIFY(!readJson("{\"a\": [{\"b\": 1}").error.isEmpty());
        QVERIFY(!readJson("{\"a\": {\"b\": 1}, }").error.isEmpty());
        // A record merged from a profile still obeys the record limits.
        ImportLimits small;
        small.maxRecordFields = 10;
        QByteArray profile("{\"name\": \"x\", \"tags\": [");
        for (int i = 0; i < 40; ++i)
            profile += QByteArray(i ? "," : "") + "\"t\"";
        profile += "]}";
        r = readJson(profile, small);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error)); // too many to wait for: records
        QVERIFY(r.records.size() > 1);

        int seen = 0;
        QByteArray list = "{\"orders\": [{\"a\": 1}, {\"a\": 2}, {\"a\": 3}]}";
        QBuffer buffer(&list);
        buffer.open(QIODevice::ReadOnly);
        auto cancelled = JsonReader(&buffer, ImportLimits{}, [&seen](const Record &) {
                             return ++seen < 2;
                         }).read();
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }

    // The rules are stored with the snapshot and found again per field.
    void rulesAreKeptWithTheSnapshot()
    {
        QTemporaryDir dir;
        auto vault = Vault::create(dir.path(), SecureBytes::random(Vault::kKeySize));
        QVERIFY(vault);
        Retailer retailer;
        retailer.name = QStringLiteral("Winkel");
        const auto id = RetailerStore(**vault).add(retailer);
        QVERIFY(id);
        Importer importer(**vault);
        const auto summary = importer.run(*id,
                                          {fixture(QStringLiteral("shop-sections.json")),
                                           fixture(QStringLiteral("inferences.json"))});
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->records, 12);
        const auto rules = SnapshotStore(**vault).recordRules(summary->snapshotId);
        QVERIFY(rules);
        QCOMPARE(rules->size(), 2);
        const QList<RecordRule> shop = rules->value(QStringLiteral("shop-sections.json"));
        QCOMPARE(shop.size(), 4);
        const RecordRule *orders = RecordRule::forPath(shop, p({"orders", "lines", "price"}));
        QVERIFY(orders);
        QCOMPARE(orders->kind, RecordRule::Kind::ListItem);
        QCOMPARE(orders->records, 4);
        QCOMPARE(RecordRule::forPath(shop, p({"profile", "name"}))->kind, RecordRule::Kind::Object);
        QVERIFY(orders->describe(QStringLiteral("shop-sections.json"))
                    .contains(QStringLiteral("\"orders\" is a list")));
    }

    void ruleTextsArePlain()
    {
        for (const auto kind :
             {RecordRule::Kind::Row, RecordRule::Kind::ListItem, RecordRule::Kind::ListValue,
              RecordRule::Kind::ListRow, RecordRule::Kind::Object, RecordRule::Kind::Profile,
              RecordRule::Kind::OwnValues, RecordRule::Kind::ExportDetails}) {
            for (const QString &section : {QString(), QStringLiteral("orders")}) {
                const RecordRule rule{kind, section, {}, 1};
                const QString text = rule.describe(QStringLiteral("export.json"));
                QVERIFY2(PlainLanguage::problems(text, QStringLiteral("en")).isEmpty(),
                         qPrintable(text));
                QVERIFY(!rule.title().isEmpty());
                QCOMPARE(RecordRule::fromJson(rule.toJson()).kind, kind);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordRules)
#include "TestRecordRules.moc"
