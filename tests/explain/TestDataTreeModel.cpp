#include "DataTreeModel.h"
#include "directory/RetailerStore.h"
#include "explain/RetailerExplainer.h"
#include "explain/StoreSnapshotReader.h"
#include "importing/Importer.h"
#include "importing/SnapshotStore.h"
#include "vault/Vault.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The "My data" model over a large generated vault: QAbstractItemModelTester checks every
// change, values load lazily in batches, and masking is a property of the model.
// ROER_TREE_RECORDS sets the size (default 100,000 orders = 500,000 values).
class TestDataTreeModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    qint64 m_snapshot = 0;
    SnapshotExplanation m_explanation;
    qint64 m_records = 0;

    static QModelIndex find(const QAbstractItemModel &model, const QModelIndex &parent, const QString &prefix)
    {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            if (i.data().toString().startsWith(prefix))
                return i;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_records = qEnvironmentVariableIntValue("ROER_TREE_RECORDS");
        if (m_records <= 0)
            m_records = 100000;
        auto vault = Vault::create(m_dir.path(), SecureBytes::random(32));
        QVERIFY(vault.ok());
        m_vault = std::move(vault).value();
        Retailer r;
        r.name = QStringLiteral("Grootwinkel");
        const auto retailer = RetailerStore(*m_vault).add(r);
        QVERIFY(retailer.ok());

        // Invented data, generated for this test only.
        const QString csv = m_dir.filePath(QStringLiteral("orders.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Order ID,Order Date,Product Name,Email,Shipping Address\n");
            for (qint64 i = 0; i < m_records; ++i)
                f.write(QStringLiteral("402-%1,20%2-%3-11,Product %4,klant%5@example.org,Dorpsstraat %6 1234 AB Ergens\n")
                            .arg(1000000 + i)
                            .arg(12 + i % 13)
                            .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                            .arg(i % 997)
                            .arg(i % 3)
                            .arg(1 + i % 4)
                            .toUtf8());
        }
        QElapsedTimer timer;
        timer.start();
        Importer importer(*m_vault);
        const auto summary = importer.run(*retailer, {csv});
        QVERIFY(summary.ok());
        QFile::remove(csv);
        m_snapshot = summary->snapshotId;
        const qint64 importMs = timer.restart();
        const auto e = RetailerExplainer(*m_vault, QStringLiteral("en")).explainLatest(*retailer, r.name);
        QVERIFY(e.ok() && e->has_value());
        m_explanation = **e;
        QCOMPARE(m_explanation.snapshotId, m_snapshot);
        const qint64 explainMs = timer.restart();
        // Baseline in the same run: one bare pass over every value of the snapshot.
        const SnapshotStore store(*m_vault);
        qint64 seen = 0;
        QVERIFY(StoreSnapshotReader(*m_vault, store, m_snapshot)
                    .forEachValueOfAll([&seen](qint64, const QString &, const QString &) { return ++seen > 0; })
                    .ok());
        const qint64 bareMs = std::max<qint64>(1, timer.restart());
        QVERIFY(store.fields(m_snapshot).ok());
        qInfo("SnapshotStore::fields: %lld ms", timer.elapsed());
        qInfo("%lld records (%lld values): import %lld ms, explain %lld ms, one bare pass %lld ms (explain = %.1f passes)",
              m_records, seen, importMs, explainMs, bareMs, double(explainMs) / double(bareMs));
    }

    void treeIsSoundAndLazy()
    {
        DataTreeModel model(*m_vault);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QElapsedTimer timer;
        timer.start();
        model.setSnapshot(m_snapshot, m_explanation);
        QVERIFY(model.rowCount() >= 2);
        QCOMPARE(model.loadedValues(), 0); // nothing read until a field is opened

        const QModelIndex purchases = find(model, {}, QStringLiteral("What you bought"));
        QVERIFY(purchases.isValid());
        QCOMPARE(purchases.data(DataTreeModel::CategoryRole).toString(), QStringLiteral("pd:PurchaseHistory"));
        const QModelIndex orderId = find(model, purchases, QStringLiteral("Order ID"));
        QVERIFY(orderId.isValid());
        QVERIFY(model.hasChildren(orderId));
        QCOMPARE(model.rowCount(orderId), 0);
        QVERIFY(model.canFetchMore(orderId));
        model.fetchMore(orderId);
        const qint64 firstBatchMs = timer.elapsed();
        QCOMPARE(model.rowCount(orderId), DataTreeModel::kBatchSize);
        QCOMPARE(model.loadedValues(), DataTreeModel::kBatchSize);

        // Scroll far: each batch continues where the last stopped.
        timer.restart();
        for (int i = 0; i < 20; ++i)
            model.fetchMore(orderId);
        qInfo("first %d values in %lld ms; 20 more batches in %lld ms", DataTreeModel::kBatchSize, firstBatchMs,
              timer.elapsed());
        QCOMPARE(model.rowCount(orderId), 21 * DataTreeModel::kBatchSize);
        QCOMPARE(model.index(0, 0, orderId).data(Qt::DisplayRole).toString().size(), QStringLiteral("402-1000000").size());

        // A field fetched to the end stops asking for more.
        const QModelIndex contact = find(model, {}, QStringLiteral("Your e-mail address"));
        QVERIFY(contact.isValid());
        const QModelIndex email = model.index(0, 0, contact);
        int rounds = 0;
        while (model.canFetchMore(email) && rounds++ < 5)
            model.fetchMore(email);
        QCOMPARE(model.rowCount(email), qMin<qint64>(m_records, 5 * DataTreeModel::kBatchSize));
    }

    void valuesAreMaskedUntilAsked()
    {
        DataTreeModel model(*m_vault);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_snapshot, m_explanation);
        QVERIFY(model.valuesMasked());
        const QModelIndex contact = find(model, {}, QStringLiteral("Your e-mail address"));
        const QModelIndex email = model.index(0, 0, contact);
        model.fetchMore(email);
        const QModelIndex value = model.index(0, 0, email);
        QCOMPARE(value.data().toString(), QStringLiteral("k\u2022\u2022\u2022\u2022\u2022@e\u2022\u2022\u2022\u2022\u2022\u2022.org"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy toggled(&model, &DataTreeModel::valuesMaskedChanged);
        model.setProperty("valuesMasked", false);
        QCOMPARE(toggled.size(), 1);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(value.data().toString(), QStringLiteral("klant0@example.org"));
        model.setValuesMasked(true);
        QVERIFY(value.data().toString().contains(QChar(0x2022)));
    }

    void maskKeepsShapeNotContent()
    {
        QCOMPARE(DataTreeModel::mask(QStringLiteral("NL91ABNA0417164300")),
                 QStringLiteral("N\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u202200"));
        QCOMPARE(DataTreeModel::mask(QStringLiteral("1234 AB")), QStringLiteral("1\u2022\u2022\u2022 AB"));
        QCOMPARE(DataTreeModel::mask(QStringLiteral("Jan")), QStringLiteral("J\u2022\u2022"));
        QCOMPARE(DataTreeModel::mask(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestDataTreeModel)
#include "TestDataTreeModel.moc"
