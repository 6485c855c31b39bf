#include "explain/Catalogue.h"
#include "explain/FieldClassifier.h"

#include <QTest>

// The classifier on inputs written for it: names in Dutch and English, export vocabulary,
// values that decide on their own, and fields it must admit it does not know.
class TestFieldClassifier : public QObject
{
    Q_OBJECT

    static FieldClassification classify(const QString &file, const QString &path,
                                        const QStringList &sample = {})
    {
        FieldClassifier classifier(Catalogue::builtIn());
        classifier.setToday(QDate(2026, 6, 1));
        return classifier.classify({file, path, sample});
    }

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("category");
        const auto row = [](const char *file, const char *path, const char *category) {
            QTest::newRow(path) << QString::fromUtf8(file) << QString::fromUtf8(path)
                                << QString::fromUtf8(category);
        };
        row("Retail.OrderHistory.1.csv", "Retail.OrderHistory.1.csv \u203A Order ID",
            "pd:PurchaseHistory");
        row("Retail.OrderHistory.1.csv", "Retail.OrderHistory.1.csv \u203A ASIN",
            "pd:PurchaseHistory");
        row("Retail.OrderHistory.1.csv", "Retail.OrderHistory.1.csv \u203A Product Name",
            "pd:PurchaseHistory");
        row("Retail.OrderHistory.1.csv", "Retail.OrderHistory.1.csv \u203A Shipping Address",
            "pd:Address");
        row("Retail.OrderHistory.1.csv", "Retail.OrderHistory.1.csv \u203A Payment Instrument Type",
            "pd:PaymentCard");
        row("klant.json", "klant.json \u203A e-mailadres", "pd:EmailAddress");
        row("klant.json", "klant.json \u203A geboortedatum", "pd:DateOfBirth");
        row("klant.json", "klant.json \u203A Bonuskaart", "pd:Identifier");
        row("klant.json", "klant.json \u203A klant \u203A voornaam", "pd:Name");
        row("klant.json", "klant.json \u203A klant \u203A naam", "pd:Name");
        row("klant.json", "klant.json \u203A product \u203A naam", "pd:PurchaseHistory");
        row("klant.json", "klant.json \u203A Telefoonnummer", "pd:TelephoneNumber");
        row("klant.json", "klant.json \u203A postcode", "pd:PostalCode");
        row("Records.json", "Records.json \u203A locations \u203A latitudeE7", "pd:Location");
        row("StreamingHistory0.json", "StreamingHistory0.json \u203A ms_played",
            "pd:MediaConsumption");
        row("StreamingHistory0.json", "StreamingHistory0.json \u203A master_metadata_track_name",
            "pd:MediaConsumption");
        row("segments.json", "segments.json \u203A 1P_Custom_Segment", "pd:Profile");
        row("profile.json", "profile.json \u203A interesses", "pd:Profile");
        row("allergies.json", "allergies.json \u203A allergieën", "pd:Health");
        row("x.json", "x.json \u203A ip_address", "pd:IPAddress");
        row("x.json", "x.json \u203A burgerservicenummer", "pd:NationalIdentificationNumber");
        row("x.json", "x.json \u203A IBAN", "pd:BankAccount");
        row("x.json", "x.json \u203A searchQuery", "pd:SearchHistory");
        row("x.json", "x.json \u203A schemaVersion", "none");
    }
    void names()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QString, category);
        const FieldClassification c = classify(file, path);
        QCOMPARE(c.category, category);
        QVERIFY(c.confidence > 0.3 && c.confidence < 1.0);
        QVERIFY(!c.reason.isEmpty());
    }

    void valuesDecideWithoutAName()
    {
        QStringList mails;
        for (int i = 0; i < 8; ++i)
            mails << QStringLiteral("person%1@example.nl").arg(i);
        mails << QStringLiteral("n/a") << QStringLiteral("-");
        const FieldClassification c =
            classify(QStringLiteral("x.csv"), QStringLiteral("x.csv \u203A kolom7"), mails);
        QCOMPARE(c.category, QStringLiteral("pd:EmailAddress"));
        QCOMPARE(c.source, FieldClassification::Source::Values);
        QCOMPARE(c.detector, QStringLiteral("email"));
        QCOMPARE(c.reason, QStringLiteral("8 of 10 values look like e-mail addresses."));
        QVERIFY(c.confidence > 0.7);

        QCOMPARE(classify(QStringLiteral("x.csv"), QStringLiteral("veld"),
                          {QStringLiteral("NL91ABNA0417164300"),
                           QStringLiteral("NL20INGB0001234567")})
                     .category,
                 QStringLiteral("pd:BankAccount"));
        QCOMPARE(classify(QStringLiteral("x.csv"), QStringLiteral("veld"),
                          {QStringLiteral("111222333"), QStringLiteral("123456782")})
                     .category,
                 QStringLiteral("pd:NationalIdentificationNumber"));
        QCOMPARE(classify(QStringLiteral("x.csv"), QStringLiteral("veld"),
                          {QStringLiteral("4111 1111 1111 1111")})
                     .category,
                 QStringLiteral("pd:PaymentCard"));
        QCOMPARE(classify(QStringLiteral("x.csv"), QStringLiteral("veld"),
                          {QStringLiteral("1234 AB"), QStringLiteral("9999ZZ")})
                     .category,
                 QStringLiteral("pd:PostalCode"));
        QCOMPARE(classify(QStringLiteral("x.csv"), QStringLiteral("veld"),
                          {QStringLiteral("52.3702, 4.8952")})
                     .category,
                 QStringLiteral("pd:Location"));
        QCOMPARE(classify(QStringLiteral("x.csv"), QStringLiteral("veld"),
                          {QStringLiteral("Dorpsstraat 12, 1234 AB Ergens")})
                     .category,
                 QStringLiteral("pd:Address"));
        QCOMPARE(classify(QStringLiteral("x.csv"), QStringLiteral("veld"),
                          {QStringLiteral("1980-05-17")})
                     .category,
                 QStringLiteral("pd:DateOfBirth"));
    }

    void nameAndValuesAgree()
    {
        const FieldClassification c =
            classify(QStringLiteral("Records.json"), QStringLiteral("latitudeE7"),
                     {QStringLiteral("523702000"), QStringLiteral("523710000")});
        QCOMPARE(c.category, QStringLiteral("pd:Location"));
        QCOMPARE(c.detector, QStringLiteral("e7"));
        QVERIFY(c.reason.contains(QStringLiteral("2 of 2")));
        const FieldClassification named = classify(QStringLiteral("x.csv"), QStringLiteral("email"),
                                                   {QStringLiteral("a@example.nl")});
        QVERIFY(named.confidence
                > classify(QStringLiteral("x.csv"), QStringLiteral("email")).confidence);
    }

    // Many different dates are events, not a birthday; an order number is not a card.
    void noFalseFriends()
    {
        QStringList dates;
        for (int y = 1980; y < 1990; ++y)
            dates << QStringLiteral("%1-03-04").arg(y);
        QVERIFY(classify(QStringLiteral("x.csv"), QStringLiteral("veld"), dates).category
                != QLatin1String("pd:DateOfBirth"));
        QStringList orders;
        for (int i = 0; i < 20; ++i)
            orders << QStringLiteral("171-%1-%2").arg(1000000 + i * 7919).arg(2000000 + i * 104729);
        QCOMPARE(classify(QStringLiteral("x.csv"), QStringLiteral("Order ID"), orders).category,
                 QStringLiteral("pd:PurchaseHistory"));
    }

    void fileGivesAWeakHint()
    {
        const FieldClassification c =
            classify(QStringLiteral("Retail.OrderHistory.1.csv"),
                     QStringLiteral("Retail.OrderHistory.1.csv \u203A Foo Bar"));
        QCOMPARE(c.category, QStringLiteral("pd:PurchaseHistory"));
        QCOMPARE(c.source, FieldClassification::Source::File);
        QVERIFY(c.confidence < 0.5);
    }

    void unknownFieldsGetAQuestion()
    {
        const FieldClassification c = classify(QStringLiteral("export/misc.json"),
                                               QStringLiteral("misc.json \u203A zxq_flag"),
                                               {QStringLiteral("1"), QStringLiteral("0")});
        QVERIFY(!c.recognised());
        QCOMPARE(c.confidence, 0.0);
        QCOMPARE(c.question,
                 QStringLiteral("What is the field \"zxq_flag\" in the file \"misc.json\", and why "
                                "do you keep it?"));
    }

    void segments()
    {
        QCOMPARE(FieldClassifier::pathSegments(QStringLiteral("locations[0].latitudeE7")),
                 QStringList({QStringLiteral("locations"), QStringLiteral("latitudeE7")}));
        QCOMPARE(FieldClassifier::pathSegments(QStringLiteral("My orders.csv \u203A Order ID"),
                                               QStringLiteral("a/My orders.csv")),
                 QStringList({QStringLiteral("Order ID")}));
    }
};

QTEST_GUILESS_MAIN(TestFieldClassifier)
#include "TestFieldClassifier.moc"
