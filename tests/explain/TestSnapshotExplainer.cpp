#include "MemorySnapshot.h"
#include "explain/Catalogue.h"
#include "explain/CorrectionStore.h"
#include "explain/SnapshotExplainer.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

// The explainer over a snapshot written for it: summary sentences with counts and time
// spans, the alerts, and corrections stored in a real vault being applied first.
class TestSnapshotExplainer : public QObject
{
    Q_OBJECT

    static MemorySnapshot shop()
    {
        MemorySnapshot s;
        const QString orders = QStringLiteral("orders.csv");
        QStringList ids, dates, products;
        for (int i = 0; i < 1204; ++i) {
            ids << QStringLiteral("171-%1").arg(100000 + i);
            dates << QStringLiteral("%1-%2-15T10:00:00Z")
                         .arg(2012 + i % 13)
                         .arg(1 + i % 12, 2, 10, QLatin1Char('0'));
            products << QStringLiteral("Product %1").arg(i % 50);
        }
        s.add(orders, orders + QStringLiteral(" \u203A Order ID"), ids);
        s.add(orders, orders + QStringLiteral(" \u203A Order Date"), dates);
        s.add(orders, orders + QStringLiteral(" \u203A Product Name"), products);
        s.add(orders, orders + QStringLiteral(" \u203A Shipping Address"),
              {QStringLiteral("Dorpsstraat 1, 1234 AB Ergens"),
               QStringLiteral("Kerkstraat 2, 1234 AB Ergens"),
               QStringLiteral("Dorpsstraat 1, 1234 AB Ergens"),
               QStringLiteral("Laan 3, 2345 CD Elders")});
        QStringList lat, lon;
        for (int i = 0; i < 2000; ++i) {
            lat << QString::number(523702000 + i);
            lon << QString::number(48952000 + i);
        }
        s.add(QStringLiteral("Records.json"),
              QStringLiteral("Records.json \u203A locations \u203A latitudeE7"), lat);
        s.add(QStringLiteral("Records.json"),
              QStringLiteral("Records.json \u203A locations \u203A longitudeE7"), lon);
        s.add(QStringLiteral("klant.json"), QStringLiteral("klant.json \u203A bsn"),
              {QStringLiteral("111222333")});
        s.add(QStringLiteral("klant.json"), QStringLiteral("klant.json \u203A segment"),
              {QStringLiteral("family with young children"), QStringLiteral("bargain hunter")});
        s.add(QStringLiteral("klant.json"), QStringLiteral("klant.json \u203A allergies"),
              {QStringLiteral("nuts")});
        s.add(QStringLiteral("klant.json"), QStringLiteral("klant.json \u203A zxq"),
              {QStringLiteral("1")});
        s.add(orders, orders + QStringLiteral(" \u203A Website"), {QStringLiteral("shop.example")});
        return s;
    }

    static const ExplainedField *field(const SnapshotExplanation &e, const QString &suffix)
    {
        for (const ExplainedField &f : e.fields)
            if (f.path.endsWith(suffix))
                return &f;
        return nullptr;
    }
    static QStringList alertKinds(const SnapshotExplanation &e)
    {
        QStringList kinds;
        for (const ExplainAlert &a : e.alerts)
            kinds << a.kind;
        return kinds;
    }

private slots:
    void summaryAndAlerts()
    {
        SnapshotExplainer explainer(Catalogue::builtIn(), QStringLiteral("en"));
        explainer.setToday(QDate(2026, 6, 1));
        const Result<SnapshotExplanation> e = explainer.explain(shop(), QStringLiteral("Bol"), {});
        QVERIFY(e.ok());
        QCOMPARE(e->headline, QStringLiteral("What Bol knows about you"));
        QCOMPARE(e->fields.size(), 11);
        QVERIFY2(e->summary.contains(QStringLiteral("1,204 purchases between 2012 and 2024.")),
                 qPrintable(e->summary.join(QLatin1Char('|'))));
        QVERIFY(e->summary.contains(QStringLiteral("Your location 2,000 times.")));
        QVERIFY(e->summary.contains(QStringLiteral("3 addresses.")));

        const QStringList kinds = alertKinds(*e);
        QVERIFY2(kinds.contains(QStringLiteral("special-category")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY(kinds.contains(QStringLiteral("national-id")));
        QVERIFY(kinds.contains(QStringLiteral("location-trail")));
        QCOMPARE(kinds.count(QStringLiteral("profiling")), 1);
        QVERIFY(kinds.contains(QStringLiteral("retention"))); // purchases from 2012, 7 years usual
        bool groupShown = false;
        for (const ExplainAlert &a : e->alerts)
            if (a.kind == QLatin1String("profiling")) {
                groupShown = a.text.startsWith(
                    QStringLiteral("Bol put you in 2 groups: \"family with young children\" and "
                                   "\"bargain hunter\". They worked this out from your data. The "
                                   "law calls this profiling."));
                QCOMPARE(a.action, ExplainAlert::Action::Object);
                QVERIFY(a.actionText.contains(QStringLiteral("right to object")));
            }
        QVERIFY2(groupShown, qPrintable(alertKinds(*e).join(QLatin1Char(','))));
        // No alert promises that Roer sends anything: each says what the law allows.
        for (const ExplainAlert &a : e->alerts) {
            QVERIFY(!a.fullText().contains(QStringLiteral("You can ask them to erase it")));
            QVERIFY(a.action != ExplainAlert::Action::None);
        }

        const ExplainedField *unknown = field(*e, QStringLiteral("zxq"));
        QVERIFY(unknown && !unknown->classification.recognised());
        QCOMPARE(unknown->title, QStringLiteral("Not recognised"));
        QVERIFY(!unknown->classification.question.isEmpty());
        const ExplainedField *address = field(*e, QStringLiteral("Shipping Address"));
        QVERIFY(address);
        QVERIFY2(address->purposes.contains(
                     QStringLiteral("Delivering your order (needed for your order)")),
                 qPrintable(address->purposes.join(QLatin1Char('|'))));
        QVERIFY(!address->whatYouCanDo.isEmpty() && !address->retention.isEmpty());
        const ExplainedField *date = field(*e, QStringLiteral("Order Date"));
        QVERIFY(date && date->firstDate == QDate(2012, 1, 15));
    }

    void retentionTheRetailerStates()
    {
        SnapshotExplainer explainer(Catalogue::builtIn(), QStringLiteral("en"));
        explainer.setToday(QDate(2026, 6, 1));
        // They say they keep purchases 20 years: 2012 is within that, so no retention alert for
        // purchases; location they say they keep 1 year.
        explainer.setStatedRetention(
            {{QStringLiteral("pd:PurchaseHistory"), 20}, {QStringLiteral("pd:Location"), 1}});
        const Result<SnapshotExplanation> e = explainer.explain(shop(), QStringLiteral("Bol"), {});
        QVERIFY(e.ok());
        for (const ExplainAlert &a : e->alerts)
            QVERIFY(!(a.kind == QLatin1String("retention")
                      && a.category == QLatin1String("pd:PurchaseHistory")));
    }

    void dutchTextsComeFromTheCatalogue()
    {
        SnapshotExplainer explainer(Catalogue::builtIn(), QStringLiteral("nl"));
        explainer.setToday(QDate(2026, 6, 1));
        const Result<SnapshotExplanation> e = explainer.explain(shop(), QStringLiteral("Bol"), {});
        QVERIFY(e.ok());
        const ExplainedField *bsn = field(*e, QStringLiteral("bsn"));
        QVERIFY(bsn);
        QCOMPARE(bsn->title, QStringLiteral("Je burgerservicenummer (BSN)"));
        // Numbers follow the language (Dutch groups thousands with a dot).
        QVERIFY(e->summary.join(QLatin1Char(' ')).contains(QStringLiteral("1.204")));
    }

    void correctionIsRememberedAcrossImports()
    {
        QTemporaryDir dir;
        auto vault = Vault::create(dir.path(), SecureBytes::random(32));
        QVERIFY(vault.ok());
        QVERIFY((*vault)
                    ->exec("INSERT INTO retailer (name, created_at) VALUES ('Bol', '2026-01-01')")
                    .ok());
        const qint64 retailer = (*vault)->lastInsertId();

        CorrectionStore store(**vault);
        // "Website" is filed under purchases by its name; the customer says it is a preference.
        QVERIFY(store
                    .set(retailer, QStringLiteral("export-2025/orders.csv"),
                         QStringLiteral("orders.csv \u203A Website"),
                         QStringLiteral("pd:Preference"))
                    .ok());
        QVERIFY(store
                    .set(retailer, QStringLiteral("klant.json"),
                         QStringLiteral("klant.json \u203A zxq"), QStringLiteral("pd:Preference"))
                    .ok());
        QVERIFY(store
                    .set(retailer, QStringLiteral("klant.json"),
                         QStringLiteral("klant.json \u203A zxq"),
                         QStringLiteral("none"))
                    .ok()); // changed her mind: replaces, no duplicate
        QCOMPARE(store
                     .set(retailer, QStringLiteral("klant.json"),
                          QStringLiteral("klant.json \u203A zxq"), QStringLiteral("pd:NoSuchThing"))
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        const auto corrections = store.forRetailer(retailer);
        QVERIFY(corrections.ok());
        QCOMPARE(corrections->size(), 2);

        // A later import puts the same files in another folder: the correction still applies.
        SnapshotExplainer explainer(Catalogue::builtIn(), QStringLiteral("en"));
        const Result<SnapshotExplanation> e =
            explainer.explain(shop(), QStringLiteral("Bol"), *corrections);
        QVERIFY(e.ok());
        const ExplainedField *website = field(*e, QStringLiteral("Website"));
        QCOMPARE(website->classification.category, QStringLiteral("pd:Preference"));
        QCOMPARE(website->classification.source, FieldClassification::Source::Correction);
        QCOMPARE(website->classification.confidence, 1.0);
        QCOMPARE(field(*e, QStringLiteral("zxq"))->classification.category, QStringLiteral("none"));
        QCOMPARE(field(*e, QStringLiteral("Order ID"))->classification.source,
                 FieldClassification::Source::Name);

        QVERIFY(store
                    .remove(retailer, QStringLiteral("klant.json"),
                            QStringLiteral("klant.json \u203A zxq"))
                    .ok());
        QCOMPARE(store.forRetailer(retailer)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotExplainer)
#include "TestSnapshotExplainer.moc"
