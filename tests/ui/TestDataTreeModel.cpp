// The My data tree model on a large generated vault (200,000 values in 100,000 records): Qt's model
// tester walks it, and values are read a page at a time, never all at once.
#include "DataFilterModel.h"
#include "DataTreeModel.h"
#include "core/SecureBytes.h"
#include "importing/RecordBlob.h"
#include "importing/SnapshotStore.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestDataTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void modelTesterOnALargeVault();
    void valuesArePagedAndComplete();
    void maskingIsAModelProperty();
    void filterAndSortOnTheLargeVault();
    void rareFieldIsReadInBoundedSteps();

private:
    static constexpr int kFieldRows = 200000;
    static constexpr int kPaths = 50;
    static constexpr int kBigField = 100000; // values of path 0; the others share the rest
    QList<ExplainedField> explainedFields() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    qint64 m_snapshot = 0;
};

void TestDataTreeModel::initTestCase()
{
    Result<std::unique_ptr<Vault>> vault = Vault::create(m_dir.path(), SecureBytes::random(32));
    QVERIFY(vault);
    m_vault = std::move(vault).value();
    Vault &v = *m_vault;
    QElapsedTimer timer;
    timer.start();
    VaultTransaction tx(v);
    QVERIFY(tx.begun());
    QVERIFY(v.exec(
        "INSERT INTO retailer (id, name, created_at) VALUES (1, 'Groot', '2026-01-01T00:00:00Z')"));
    QVERIFY(v.exec("INSERT INTO snapshot (id, retailer_id, imported_at, source, content_sha256, "
                   "record_count, field_count, "
                   "first_record_id, last_record_id, first_field_id, last_field_id) "
                   "VALUES (1, 1, '2026-01-01T00:00:00Z', 'big.csv', 'x', 100000, 200000, 1, "
                   "100000, 1, 200000)"));
    QVERIFY(v.exec("INSERT INTO data_file (id, snapshot_id, path, format, record_count, "
                   "first_record_id, last_record_id) "
                   "VALUES (1, 1, 'big.csv', 'csv', 100000, 1, 100000)"));
    auto path = v.prepare(
        "INSERT INTO field_path (id, retailer_id, data_file, path) VALUES (?, 1, 'big.csv', ?)");
    for (int p = 0; p < kPaths; ++p) {
        path.reset();
        path.bind(1, p + 1).bind(2, QStringLiteral("big.csv › column%1").arg(p));
        QVERIFY(path.exec());
    }
    // One row per record, its fields in a RecordBlob (schema 5): record r holds field rows
    // 2r-1 (path 1, the big field) and 2r (spread over the other paths).
    auto record = v.prepare("INSERT INTO record (id, data_file_id, fingerprint, key_hash, fields) "
                            "VALUES (?, 1, ?, 0, ?)");
    RecordBlob::Encoder encoder;
    QHash<int, qint64> counts;
    for (int r = 1; r <= kFieldRows / 2; ++r) {
        encoder.begin(2);
        for (int i = 2 * r - 1; i <= 2 * r; ++i) {
            const int p = (i % 2) ? 1 : 2 + (i / 2) % (kPaths - 1);
            encoder.add(p, ValueType::Text, QStringLiteral("person%1@example.nl").arg(i),
                        QString());
            ++counts[p];
        }
        record.reset();
        record.bind(1, r).bind(2, qint64(r) * 7919).bindBlob(3, encoder.data());
        QVERIFY(record.exec());
    }
    auto summary = v.prepare(
        "INSERT INTO field_summary (snapshot_id, field_path_id, value_count) VALUES (1, ?, ?)");
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        summary.reset();
        summary.bind(1, qint64(it.key())).bind(2, it.value());
        QVERIFY(summary.exec());
    }
    QVERIFY(tx.commit());
    m_snapshot = 1;
    qInfo("generated %d values in %lld ms", kFieldRows, timer.elapsed());
}

QList<ExplainedField> TestDataTreeModel::explainedFields() const
{
    // Categories are assigned round robin; the model does not care how they were found.
    static const char *const kCategories[] = {"pd:EmailAddress", "pd:Name", "none", ""};
    Result<QList<FieldSummary>> summaries = SnapshotStore(*m_vault).fields(m_snapshot);
    QList<ExplainedField> out;
    if (!summaries)
        return out;
    int i = 0;
    for (const FieldSummary &s : *summaries) {
        ExplainedField f;
        f.fieldId = s.fieldPathId;
        f.dataFile = s.dataFile;
        f.path = s.path;
        f.count = s.count;
        f.classification.category = QLatin1String(kCategories[i++ % 4]);
        out.append(f);
    }
    return out;
}

void TestDataTreeModel::modelTesterOnALargeVault()
{
    const QList<ExplainedField> fields = explainedFields();
    QCOMPARE(fields.size(), kPaths);
    DataTreeModel model;
    QElapsedTimer timer;
    timer.start();
    model.setSnapshot(*m_vault, m_snapshot, fields, QStringLiteral("en"));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.loadedValues(), 0); // nothing read before someone looks
    // Created after the reset: Qt 6.4's tester runs its checks from its modelReset slot
    // before it marks the reset finished, so a fetchMore there counts as a nested change.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester walks every category and field and fetches each field once.
    for (int c = 0; c < model.rowCount(); ++c) {
        const QModelIndex category = model.index(c, 0);
        for (int f = 0; f < model.rowCount(category); ++f) {
            const QModelIndex field = model.index(f, 0, category);
            QVERIFY(model.hasChildren(field));
            if (model.rowCount(field) == 0) // the tester may have fetched the first page
                model.fetchMore(field);
            QVERIFY(model.rowCount(field) <= DataTreeModel::kPageSize);
        }
    }
    QVERIFY(model.loadedValues() <= qint64(kPaths) * DataTreeModel::kPageSize);
    qInfo("walked %d fields, %lld of %d values loaded, %lld ms", kPaths, model.loadedValues(),
          kFieldRows, timer.elapsed());
}

void TestDataTreeModel::valuesArePagedAndComplete()
{
    DataTreeModel model;
    model.setSnapshot(*m_vault, m_snapshot, explainedFields(), QStringLiteral("en"));
    model.setValuesMasked(false);
    QModelIndex big;
    for (int c = 0; c < model.rowCount() && !big.isValid(); ++c)
        for (int f = 0; f < model.rowCount(model.index(c, 0)); ++f)
            if (model.fieldAt(model.index(f, 0, model.index(c, 0)))->count == kBigField)
                big = model.index(f, 0, model.index(c, 0));
    QVERIFY(big.isValid());
    QElapsedTimer timer;
    timer.start();
    int pages = 0;
    while (model.canFetchMore(big)) {
        model.fetchMore(big);
        ++pages;
    }
    QCOMPARE(model.rowCount(big), kBigField);
    QCOMPARE(pages, kBigField / DataTreeModel::kPageSize);
    QCOMPARE(model.index(0, 0, big).data().toString(), QStringLiteral("person1@example.nl"));
    QCOMPARE(model.index(kBigField - 1, 0, big).data().toString(),
             QStringLiteral("person199999@example.nl"));
    qInfo("read %d values in %d pages in %lld ms", kBigField, pages, timer.elapsed());
}

void TestDataTreeModel::maskingIsAModelProperty()
{
    DataTreeModel model;
    model.setSnapshot(*m_vault, m_snapshot, explainedFields(), QStringLiteral("en"));
    const QModelIndex category = model.index(0, 0);
    const QModelIndex field = model.index(0, 0, category);
    model.fetchMore(field);
    const QModelIndex value = model.index(0, 0, field);
    QVERIFY(model.valuesMasked());
    QVERIFY(value.data().toString().contains(QStringLiteral("•••")));
    QVERIFY(!value.data().toString().contains(QLatin1String("person")));
    QCOMPARE(value.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Hidden value"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setValuesMasked(false);
    QVERIFY(changed.count() >= 1);
    QVERIFY(value.data().toString().startsWith(QLatin1String("person")));
}

void TestDataTreeModel::filterAndSortOnTheLargeVault()
{
    DataTreeModel model;
    model.setSnapshot(*m_vault, m_snapshot, explainedFields(), QStringLiteral("en"));
    DataFilterModel filter;
    filter.setSourceModel(&model);
    // The same Qt 6.4 tester limit as above: it checks the proxy as it stands, once.
    {
        QAbstractItemModelTester once(&filter,
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    filter.sort(DataTreeModel::CountColumn, Qt::DescendingOrder);
    const qint64 first =
        filter.index(0, DataTreeModel::CountColumn).data(DataTreeModel::SortRole).toLongLong();
    const qint64 second =
        filter.index(1, DataTreeModel::CountColumn).data(DataTreeModel::SortRole).toLongLong();
    QVERIFY(first >= second);
    filter.setText(QStringLiteral("column1"));
    QVERIFY(filter.rowCount() >= 1);
    filter.setOnlyUnrecognised(true);
    for (int c = 0; c < filter.rowCount(); ++c) {
        const QModelIndex category = filter.index(c, 0);
        QCOMPARE(category.data(DataTreeModel::CategoryIdRole).toString(), QString());
    }
    filter.setText(QString());
    filter.setOnlyUnrecognised(false);
    QCOMPARE(filter.rowCount(), 4);
}

// One value of a field in the last of 60,000 records: no single fetchMore reads them all (the
// window would freeze on a million); the model goes on in later event loop turns by itself.
void TestDataTreeModel::rareFieldIsReadInBoundedSteps()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Vault>> created = Vault::create(dir.path(), SecureBytes::random(32));
    QVERIFY(created);
    Vault &v = **created;
    constexpr int kRecords = 60000;
    VaultTransaction tx(v);
    QVERIFY(tx.begun());
    QVERIFY(v.exec("INSERT INTO retailer (id, name, created_at) VALUES (1, 'Zeldzaam', "
                   "'2026-01-01T00:00:00Z')"));
    QVERIFY(v.exec("INSERT INTO snapshot (id, retailer_id, imported_at, source, content_sha256, "
                   "record_count, field_count, "
                   "first_record_id, last_record_id, first_field_id, last_field_id) "
                   "VALUES (1, 1, '2026-01-01T00:00:00Z', 'rare.csv', 'x', 60000, 60001, 1, 60000, "
                   "1, 60001)"));
    QVERIFY(v.exec("INSERT INTO data_file (id, snapshot_id, path, format, record_count, "
                   "first_record_id, last_record_id) "
                   "VALUES (1, 1, 'rare.csv', 'csv', 60000, 1, 60000)"));
    QVERIFY(
        v.exec("INSERT INTO field_path (id, retailer_id, data_file, path) VALUES "
               "(1, 1, 'rare.csv', 'rare.csv › common'), (2, 1, 'rare.csv', 'rare.csv › rare')"));
    auto record = v.prepare("INSERT INTO record (id, data_file_id, fingerprint, key_hash, fields) "
                            "VALUES (?, 1, ?, 0, ?)");
    RecordBlob::Encoder encoder;
    for (int r = 1; r <= kRecords; ++r) {
        encoder.begin(r == kRecords ? 2 : 1);
        encoder.add(1, ValueType::Text, QStringLiteral("gewoon%1").arg(r), QString());
        if (r == kRecords)
            encoder.add(2, ValueType::Text, QStringLiteral("zeldzaam"), QString());
        record.reset();
        record.bind(1, r).bind(2, qint64(r)).bindBlob(3, encoder.data());
        QVERIFY(record.exec());
    }
    QVERIFY(v.exec("INSERT INTO field_summary (snapshot_id, field_path_id, value_count) VALUES (1, "
                   "1, 60000), (1, 2, 1)"));
    QVERIFY(tx.commit());

    QList<ExplainedField> fields;
    for (const FieldSummary &s : SnapshotStore(v).fields(1).value()) {
        ExplainedField f;
        f.fieldId = s.fieldPathId;
        f.dataFile = s.dataFile;
        f.path = s.path;
        f.count = s.count;
        fields.append(f);
    }
    DataTreeModel model;
    model.setSnapshot(v, 1, fields, QStringLiteral("en"));
    model.setValuesMasked(false);
    QModelIndex rare;
    for (int c = 0; c < model.rowCount(); ++c)
        for (int f = 0; f < model.rowCount(model.index(c, 0)); ++f)
            if (model.fieldAt(model.index(f, 0, model.index(c, 0)))->count == 1)
                rare = model.index(f, 0, model.index(c, 0));
    QVERIFY(rare.isValid());
    model.fetchMore(rare);
    QCOMPARE(model.rowCount(rare), 0); // the budget ran out before the last record
    QVERIFY(model.canFetchMore(rare));
    QTRY_COMPARE(model.rowCount(rare), 1);
    QCOMPARE(model.index(0, 0, rare).data().toString(), QStringLiteral("zeldzaam"));
    QVERIFY(!model.canFetchMore(rare));
}

QTEST_MAIN(TestDataTreeModel)
#include "TestDataTreeModel.moc"
