#include "explain/detectors/AddressDetector.h"
#include "explain/detectors/BsnDetector.h"
#include "explain/detectors/DateOfBirthDetector.h"
#include "explain/detectors/EmailDetector.h"
#include "explain/detectors/GeoDetector.h"
#include "explain/detectors/IbanDetector.h"
#include "explain/detectors/IpAddressDetector.h"
#include "explain/detectors/PaymentCardDetector.h"
#include "explain/detectors/PhoneDetector.h"
#include "explain/detectors/PostcodeDetector.h"

#include <QTest>

// Valid and invalid values for every value detector. Numbers are public test numbers
// (example IBANs from the banks' documentation, card issuers' test cards, BSNs made to
// pass the 11-proef), never real people's.
class TestDetectors : public QObject
{
    Q_OBJECT

    using Check = bool (*)(QStringView);
    static void table(const QList<std::pair<const char *, bool>> &rows)
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("expected");
        for (const auto &[value, expected] : rows)
            QTest::newRow(value) << QString::fromUtf8(value) << expected;
    }
    static void run(Check check)
    {
        QFETCH(QString, value);
        QFETCH(bool, expected);
        QCOMPARE(check(value), expected);
    }

private slots:
    void iban_data()
    {
        table({{"NL91ABNA0417164300", true},
               {"NL91 ABNA 0417 1643 00", true},
               {"nl91abna0417164300", true},
               {"BE68539007547034", true},
               {"DE89370400440532013000", true},
               {"GB82WEST12345698765432", true},
               {"NL91ABNA0417164301", false},
               {"NL91ABNA041716430", false},
               {"NL91ABNA04171643001", false},
               {"0417164300", false},
               {"NL91-ABNA-0417164300", false},
               {"", false},
               {"XX00", false}});
    }
    void iban() { run(IbanDetector::isValid); }

    void bsn_data()
    {
        table({{"111222333", true},
               {"123456782", true},
               {"1112.22.333", true},
               {"11222333", false},
               {"123456789", false},
               {"000000000", false},
               {"12345678", false},
               {"1234567820", false},
               {"12345678a", false}});
    }
    void bsn() { run(BsnDetector::isValid); }

    void card_data()
    {
        table({{"4111111111111111", true},
               {"4111 1111 1111 1111", true},
               {"5500-0000-0000-0004", true},
               {"378282246310005", true},
               {"4111111111111112", false},
               {"**** **** **** 1111", false},
               {"1111111111111117", false},
               {"411111111111", false},
               {"0", false}});
    }
    void card() { run(PaymentCardDetector::isValid); }

    void luhn()
    {
        QVERIFY(PaymentCardDetector::luhnValid(u"79927398713"));
        QVERIFY(!PaymentCardDetector::luhnValid(u"79927398710"));
        QVERIFY(!PaymentCardDetector::luhnValid(u""));
    }

    void postcode_data()
    {
        table({{"1234 AB", true},
               {"1234AB", true},
               {"9999zz", true},
               {"0123 AB", false},
               {"1234 SS", false},
               {"1234 SA", false},
               {"12345", false},
               {"1234 ABC", false},
               {"SW1A 1AA", false}});
    }
    void postcode() { run(PostcodeDetector::isDutch); }

    void phone_data()
    {
        table({{"0612345678", true},
               {"06-12345678", true},
               {"+31 6 12345678", true},
               {"+31 (0)6 1234 5678", true},
               {"0031612345678", true},
               {"020-1234567", true},
               {"+44 20 7946 0958", true},
               {"+1 (555) 123-4567", true},
               {"0049 30 123456", true},
               {"061234567", false},
               {"12345678", false},
               {"+31 6 1234", false},
               {"2012-03-04", false},
               {"06 1234 5678 x", false},
               {"123-4567890-1234567", false}});
    }
    void phone() { run(PhoneDetector::looksLike); }

    void dutchAndInternationalAreTold()
    {
        QVERIFY(PhoneDetector::isDutch(u"+31612345678"));
        QVERIFY(PhoneDetector::isInternational(u"+31612345678"));
        QVERIFY(!PhoneDetector::isDutch(u"+442079460958"));
        QVERIFY(!PhoneDetector::isInternational(u"0612345678"));
    }

    void email_data()
    {
        table({{"jan.jansen@example.nl", true},
               {"a+b@sub.example.com", true},
               {"O'Brien@example.ie", true},
               {"jan@example", false},
               {"@example.nl", false},
               {"jan jansen@example.nl", false},
               {"jan@@example.nl", false},
               {"jan.example.nl", false}});
    }
    void email() { run(EmailDetector::looksLike); }

    void geo_data()
    {
        table({{"52.3702", true},
               {"-4.8952", true},
               {"179.123456", true},
               {"52.37, 4.89", false},
               {"12.99", false},
               {"190.12345", false},
               {"52", false}});
    }
    void geo() { run(GeoDetector::isDecimalDegree); }

    void coordinatePairs_data()
    {
        table({{"52.3702, 4.8952", true},
               {"geo:52.3702,4.8952", true},
               {"(51.9225; 4.47917)", true},
               {"95.000, 4.000", false},
               {"52.3, 4.8", false},
               {"a, b", false}});
    }
    void coordinatePairs() { run(GeoDetector::isCoordinatePair); }

    void e7_data()
    {
        table({{"523702000", true},
               {"-48952000", true},
               {"1799999999", true},
               {"1900000000", false},
               {"12", false},
               {"52.37", false},
               {"abc", false}});
    }
    void e7() { run(GeoDetector::isE7); }

    void ip_data()
    {
        table({{"192.168.1.10", true},
               {"8.8.8.8", true},
               {"2001:db8::1", true},
               {"fe80::1ff:fe23:4567:890a", true},
               {"::ffff:192.0.2.1", true},
               {"256.1.1.1", false},
               {"1.2.3", false},
               {"01.2.3.4", false},
               {"12:30", false},
               {"2001:db8::g", false},
               {"10:00:00", false}});
    }
    void ip() { run(IpAddressDetector::looksLike); }

    void dateOfBirth()
    {
        const QDate today(2026, 6, 1);
        QVERIFY(DateOfBirthDetector::isPlausible(u"1980-05-17", today));
        QVERIFY(DateOfBirthDetector::isPlausible(u"17-05-1980", today));
        QVERIFY(DateOfBirthDetector::isPlausible(u"17/05/1980", today));
        QVERIFY(!DateOfBirthDetector::isPlausible(u"2020-05-17", today)); // a child of 6: an event
        QVERIFY(!DateOfBirthDetector::isPlausible(u"1890-05-17", today)); // 136 years old
        QVERIFY(!DateOfBirthDetector::isPlausible(u"1980-05-17T10:00:00Z", today));
        QVERIFY(!DateOfBirthDetector::isPlausible(u"1980-13-45", today));
        QVERIFY(!DateOfBirthDetector::isPlausible(u"yesterday", today));
    }

    void address_data()
    {
        table({{"Dorpsstraat 12", true},
               {"Kerkstraat 1a, 1234 AB Ergens", true},
               {"Stationsweg 100", true},
               {"Prinsengracht 263", true},
               {"12 High Street, London", true},
               {"221B Baker St", true},
               {"Singel 250, 1016 AB Amsterdam", true},
               {"Amsterdam", false},
               {"Dorpsstraat", false},
               {"Order 12", false},
               {"12 items", false},
               {"Product 1234 AB", false}});
    }
    void address() { run(AddressDetector::looksLike); }
};

QTEST_GUILESS_MAIN(TestDetectors)
#include "TestDetectors.moc"
