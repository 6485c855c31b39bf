#include "explain/Catalogue.h"
#include "explain/PlainLanguage.h"

#include <QFile>
#include <QTest>

// The catalogue is compiled into the static roer_core: this executable only links it, so
// these tests prove the resource is found at run time, and hold every text to the
// plain-language rules in both languages.
class TestCatalogue : public QObject
{
    Q_OBJECT

    static void checkText(const LocalText &text, const QString &where, QStringList &failures)
    {
        if (!text.isComplete())
            failures << where + QStringLiteral(": missing a language");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
            const QString &t = language == QLatin1String("nl") ? text.nl : text.en;
            for (const QString &p : PlainLanguage::problems(t, language))
                failures << QStringLiteral("%1 [%2]: %3").arg(where, language, p);
        }
    }

private slots:
    void resourceIsCompiledIn()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/catalogue/categories.json")));
        QVERIFY(QFile::exists(QStringLiteral(":/catalogue/field-names.json")));
        const Catalogue &c = Catalogue::builtIn();
        QVERIFY(c.categories().size() >= 26);
        QCOMPARE(c.legalBases().size(), 6);
        QVERIFY(c.purposes().size() >= 10);
        QVERIFY(!c.fieldRules().isEmpty());
    }

    void issueCategoriesArePresent()
    {
        const QStringList ids = {QStringLiteral("pd:Name"),
                                 QStringLiteral("pd:EmailAddress"),
                                 QStringLiteral("pd:TelephoneNumber"),
                                 QStringLiteral("pd:Address"),
                                 QStringLiteral("pd:PostalCode"),
                                 QStringLiteral("pd:DateOfBirth"),
                                 QStringLiteral("pd:Gender"),
                                 QStringLiteral("pd:Identifier"),
                                 QStringLiteral("pd:NationalIdentificationNumber"),
                                 QStringLiteral("pd:BankAccount"),
                                 QStringLiteral("pd:PaymentCard"),
                                 QStringLiteral("pd:PurchaseHistory"),
                                 QStringLiteral("pd:TransactionHistory"),
                                 QStringLiteral("pd:Location"),
                                 QStringLiteral("pd:IPAddress"),
                                 QStringLiteral("pd:DeviceBased"),
                                 QStringLiteral("pd:BrowsingBehaviour"),
                                 QStringLiteral("pd:SearchHistory"),
                                 QStringLiteral("pd:MediaConsumption"),
                                 QStringLiteral("pd:SocialMedia"),
                                 QStringLiteral("pd:Communication"),
                                 QStringLiteral("pd:Preference"),
                                 QStringLiteral("pd:Profile"),
                                 QStringLiteral("pd:Health"),
                                 QStringLiteral("pd:PhysicalActivity"),
                                 QStringLiteral("none")};
        const Catalogue &c = Catalogue::builtIn();
        for (const QString &id : ids)
            QVERIFY2(c.category(id), qPrintable(id));
        QVERIFY(c.category(QStringLiteral("pd:Health"))->special);
        QVERIFY(c.category(QStringLiteral("pd:NationalIdentificationNumber"))->sensitive);
        for (const char *p :
             {"dpv:ServiceProvision", "dpv:DeliveryOfGoods", "dpv:PaymentManagement",
              "dpv:CustomerCare", "dpv:DirectMarketing", "dpv:PersonalisedAdvertising",
              "dpv:ProvideProductRecommendations", "dpv:FraudPreventionAndDetection",
              "dpv:LegalCompliance", "dpv:ImproveExistingProductsAndServices"})
            QVERIFY2(c.purpose(QLatin1String(p)), p);
        for (const char *b : {"a", "b", "c", "d", "e", "f"})
            QVERIFY(c.legalBasis(QStringLiteral("eu-gdpr:A6-1-") + QLatin1String(b)));
    }

    void referencesResolve()
    {
        const Catalogue &c = Catalogue::builtIn();
        for (const Catalogue::Category &cat : c.categories())
            for (const QString &p : cat.purposes)
                QVERIFY2(c.purpose(p), qPrintable(cat.id + QLatin1String(" -> ") + p));
        for (const Catalogue::Purpose &p : c.purposes())
            QVERIFY2(c.legalBasis(p.legalBasis), qPrintable(p.id));
        for (const Catalogue::NameRule &r : c.fieldRules() + c.fileRules()) {
            QVERIFY2(c.category(r.category), qPrintable(r.category));
            QVERIFY(!r.names.isEmpty() || !r.contains.isEmpty());
        }
    }

    void everyTextIsPlainInBothLanguages()
    {
        const Catalogue &c = Catalogue::builtIn();
        QStringList failures;
        int texts = 0;
        for (const Catalogue::Category &cat : c.categories()) {
            for (const auto &[text, field] : {std::pair{&cat.title, "title"},
                                              {&cat.explanation, "explanation"},
                                              {&cat.whatYouCanDo, "whatYouCanDo"},
                                              {&cat.retention, "retention"}}) {
                checkText(*text, cat.id + QLatin1Char('.') + QLatin1String(field), failures);
                texts += 2;
            }
        }
        for (const Catalogue::Purpose &p : c.purposes()) {
            checkText(p.title, p.id + QLatin1String(".title"), failures);
            checkText(p.explanation, p.id + QLatin1String(".explanation"), failures);
            texts += 4;
        }
        for (const Catalogue::LegalBasis &b : c.legalBases()) {
            checkText(b.title, b.id + QLatin1String(".title"), failures);
            checkText(b.explanation, b.id + QLatin1String(".explanation"), failures);
            checkText(b.whatYouCanDo, b.id + QLatin1String(".whatYouCanDo"), failures);
            texts += 6;
        }
        qInfo("checked %d texts", texts);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // The messages the code adds (tr) obey the same rules, in English and in the Dutch the
    // coordinator merges from translations/nl/explain.tsv.
    void messagesArePlainInBothLanguages()
    {
        QFile tsv(QStringLiteral("%1/../../translations/nl/explain.tsv")
                      .arg(qEnvironmentVariable("ROER_TEST_DATA")));
        QVERIFY(tsv.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList failures;
        int lines = 0;
        while (!tsv.atEnd()) {
            const QString line = QString::fromUtf8(tsv.readLine()).chopped(1);
            const QStringList cols = line.split(QLatin1Char('\t'));
            QCOMPARE(cols.size(), 3);
            ++lines;
            for (const QString &p : PlainLanguage::problems(cols.at(1), QStringLiteral("en")))
                failures << cols.at(1) + QStringLiteral(": ") + p;
            for (const QString &p : PlainLanguage::problems(cols.at(2), QStringLiteral("nl")))
                failures << cols.at(2) + QStringLiteral(": ") + p;
            QCOMPARE(cols.at(1).count(QLatin1Char('%')), cols.at(2).count(QLatin1Char('%')));
        }
        QVERIFY(lines > 50);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // The rules themselves catch what they promise to catch.
    void rulesCatchBadTexts()
    {
        QVERIFY(!PlainLanguage::problems(QString(), QStringLiteral("en")).isEmpty());
        const QString longSentence = QStringLiteral(
            "This sentence goes on and on with many words because the writer did not stop at "
            "a sensible place and kept adding more words to it.");
        QVERIFY(!PlainLanguage::problems(longSentence, QStringLiteral("en")).isEmpty());
        QVERIFY(
            !PlainLanguage::problems(QStringLiteral("De verwerkingsverantwoordelijke bewaart het."),
                                     QStringLiteral("nl"))
                 .isEmpty());
        QVERIFY(PlainLanguage::problems(QStringLiteral(
                                            "De verwerkingsverantwoordelijke (het bedrijf dat "
                                            "over je gegevens beslist) bewaart het."),
                                        QStringLiteral("nl"))
                    .isEmpty());
        QVERIFY(
            !PlainLanguage::problems(QStringLiteral("Wij bewaren uw adres."), QStringLiteral("nl"))
                 .isEmpty());
        QVERIFY(
            PlainLanguage::problems(QStringLiteral("The law calls this consent. You can say no."),
                                    QStringLiteral("en"))
                .isEmpty());
        QCOMPARE(PlainLanguage::sentences(QStringLiteral("One. Two words! Three? ")).size(), 3);
        QCOMPARE(PlainLanguage::wordCount(QStringLiteral("Je kunt nee zeggen — altijd.")), 5);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "TestCatalogue.moc"
