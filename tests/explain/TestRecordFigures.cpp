#include "MemorySnapshot.h"
#include "directory/RetailerStore.h"
#include "explain/Catalogue.h"
#include "explain/RetailerExplainer.h"
#include "explain/SnapshotExplainer.h"
#include "importing/Importer.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const ExplainedField *field(const SnapshotExplanation &e, const QString &suffix)
{
    for (const ExplainedField &f : e.fields)
        if (f.path.endsWith(suffix))
            return &f;
    return nullptr;
}

QStringList alertsOf(const SnapshotExplanation &e, const QString &kind)
{
    QStringList out;
    for (const ExplainAlert &a : e.alerts)
        if (a.kind == kind)
            out << a.category + QStringLiteral(": ") + a.fullText();
    return out;
}

} // namespace

// Issue 15, "False 'old data' alerts and wrong counts", on files as a customer imports them:
// a profile with a date of birth and loyalty points, 4 orders paid with iDEAL, Klarna and a
// credit card, and a payments file that names the orders. Counts and dates come from the
// records they talk about. (Roer before this work said "7 purchases between 1987 and 2024",
// "3 payment cards" and "still keeps data from 1987 about what you bought".)
class TestRecordFigures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    qint64 m_retailer = 0;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

    SnapshotExplanation explainShop()
    {
        const QStringList files =
            {write(
                 QStringLiteral("profiel.json"),
                 "{\"klantnummer\": \"K-1001\", \"naam\": \"Jan Jansen\", \"geboortedatum\": "
                 "\"1987-04-12\", \"favoriete_winkel\": \"Utrecht Centrum\", \"spaarpunten\": 340, "
                 "\"klant_sinds\": "
                 "\"2019-01-01\"}"),
             write(QStringLiteral("bestellingen.csv"),
                   "Ordernummer;Besteldatum;Totaal;Betaalmethode\n"
                   "W-1;12-03-2022;24,95;iDEAL\n"
                   "W-2;30-06-2023;8,40;Klarna\n"
                   "W-3;05-01-2024;61,00;Creditcard\n"
                   "W-4;17-03-2024;5,10;iDEAL\n"),
             write(QStringLiteral("betalingen.csv"),
                   "Ordernummer;Betaaldatum;Bedrag;Betaalmethode\n"
                   "W-0;02-02-2016;12,00;iDEAL\n"
                   "W-1;12-03-2022;24,95;iDEAL\n")};
        Importer importer(*m_vault);
        const auto summary = importer.run(m_retailer, files);
        [&] { QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message)); }();
        RetailerExplainer explainer(*m_vault, QStringLiteral("en"));
        explainer.setToday(QDate(2026, 6, 1));
        const auto e = explainer.explainLatest(m_retailer, QStringLiteral("Winkel"));
        [&] { QVERIFY(e && e->has_value()); }();
        return e && e->has_value() ? **e : SnapshotExplanation();
    }

private slots:
    void initTestCase()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("vault"));
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("vault")),
                                   SecureBytes::random(Vault::kKeySize));
        QVERIFY(vault);
        m_vault = std::move(vault).value();
        Retailer r;
        r.name = QStringLiteral("Winkel");
        const auto id = RetailerStore(*m_vault).add(r);
        QVERIFY(id);
        m_retailer = *id;
    }

    // A date of birth is never the date of purchases or of anything else.
    void dateOfBirthIsNeverAnEventDate()
    {
        const SnapshotExplanation e = explainShop();
        const QString summary = e.summary.join(QLatin1Char('|'));
        QVERIFY2(!summary.contains(QStringLiteral("1987")), qPrintable(summary));
        for (const ExplainAlert &a : e.alerts)
            QVERIFY2(!a.text.contains(QStringLiteral("1987")), qPrintable(a.text));
        QCOMPARE(field(e, QStringLiteral("geboortedatum"))->classification.category,
                 QStringLiteral("pd:DateOfBirth"));
    }

    // "6 purchases for 4 orders": the payments file names the orders, the profile a favourite
    // shop, but neither adds purchases. The span is that of the orders themselves.
    void countsNeverMergeRecordsAcrossFiles()
    {
        const SnapshotExplanation e = explainShop();
        QVERIFY2(e.summary.contains(QStringLiteral("4 purchases between 2022 and 2024.")),
                 qPrintable(e.summary.join(QLatin1Char('|'))));
    }

    // Retention looks at the dates of the records it talks about: the 2016 payment is old
    // payment data, not old purchase data; the customer's "since 2019" dates no purchase.
    void retentionUsesTheDatesOfItsOwnRecords()
    {
        const SnapshotExplanation e = explainShop();
        const QStringList retention = alertsOf(e, QStringLiteral("retention"));
        QVERIFY2(retention.size() == 1, qPrintable(retention.join(QLatin1Char('\n'))));
        QVERIFY(retention.first().startsWith(QStringLiteral("pd:TransactionHistory: ")));
        QVERIFY(retention.first().contains(QStringLiteral("from 2016 about your payments")));
        // And it says what the law allows, without promising that Roer sends the request.
        QVERIFY(retention.first().contains(QStringLiteral("You have the right to have it erased")));
        QVERIFY(!retention.first().contains(QStringLiteral("You can ask them to erase it")));
    }

    // A column of ways to pay is how you paid, not "your payment card".
    void paymentMethodIsNotAPaymentCard()
    {
        const SnapshotExplanation e = explainShop();
        for (const ExplainedField &f : e.fields)
            if (f.path.endsWith(QStringLiteral("Betaalmethode")))
                QCOMPARE(f.classification.category, QStringLiteral("pd:TransactionHistory"));
        for (const QString &s : e.summary)
            QVERIFY2(!s.contains(QStringLiteral("payment card")), qPrintable(s));
        QVERIFY(alertsOf(e, QStringLiteral("full-card-number")).isEmpty());
    }

    // The same rules on a snapshot written for the explainer: a record is counted once,
    // however many values of the category it holds (an order with three product lines).
    void aRecordCountsOnce()
    {
        MemorySnapshot s;
        const RecordRule orders{RecordRule::Kind::ListItem, QStringLiteral("orders"), {}, 3};
        s.add(QStringLiteral("shop.json"), QStringLiteral("shop.json \u203A orders \u203A id"),
              {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, orders);
        s.add(QStringLiteral("shop.json"), QStringLiteral("shop.json \u203A orders \u203A date"),
              {QStringLiteral("2024-01-02"), QStringLiteral("2024-02-03"),
               QStringLiteral("2025-03-04")},
              orders);
        SnapshotExplainer explainer(Catalogue::builtIn(), QStringLiteral("en"));
        explainer.setToday(QDate(2026, 6, 1));
        const auto e = explainer.explain(s, QStringLiteral("Shop"), {});
        QVERIFY(e);
        QVERIFY2(e->summary.contains(QStringLiteral("3 purchases between 2024 and 2025.")),
                 qPrintable(e->summary.join(QLatin1Char('|'))));
        QCOMPARE(field(*e, QStringLiteral("id"))->part, QStringLiteral("orders"));
        QVERIFY(field(*e, QStringLiteral("id"))->recordRule.contains(QStringLiteral("\"orders\"")));
    }
};

QTEST_GUILESS_MAIN(TestRecordFigures)
#include "TestRecordFigures.moc"
