#include "requests/DateWords.h"
#include "requests/Deadline.h"
#include "requests/RightsRequest.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// Deadline arithmetic of Art. 12(3) the EU way (Regulation 1182/71): month ends, leap days,
// weekends and Dutch public holidays, the extension rules, and plain words in both languages.
class TestRequestDeadline : public QObject
{
    Q_OBJECT

private slots:
    void oneMonthAcrossMonthEndsAndLeapDays_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("due");
        // Same date a month later.
        QTest::newRow("plain") << QDate(2026, 3, 10) << QDate(2026, 4, 10);
        // 31 March: April has 30 days, so its last day (a Thursday).
        QTest::newRow("31 March") << QDate(2026, 3, 31) << QDate(2026, 4, 30);
        // 31 January 2026: 28 February is a Saturday, so Monday 2 March.
        QTest::newRow("31 January, weekend") << QDate(2026, 1, 31) << QDate(2026, 3, 2);
        // Leap year: 31 January 2028 ends on 29 February (a Tuesday).
        QTest::newRow("leap year") << QDate(2028, 1, 31) << QDate(2028, 2, 29);
        // From a leap day: 29 February 2024 + 1 month = 29 March 2024 (Good Friday is not a
        // public holiday in the Algemene termijnenwet).
        QTest::newRow("from leap day") << QDate(2024, 2, 29) << QDate(2024, 3, 29);
        // 30 January in a leap year ends on 29 February, not 1 March.
        QTest::newRow("30 January leap") << QDate(2028, 1, 30) << QDate(2028, 2, 29);
        // Across the year end, onto a Sunday: Monday 26 January.
        QTest::newRow("year end") << QDate(2025, 12, 25) << QDate(2026, 1, 26);
        // Boxing Day (Friday), then the weekend: Monday 29 December.
        QTest::newRow("boxing day") << QDate(2025, 11, 26) << QDate(2025, 12, 29);
        // King's Day 2026 is Monday 27 April: Tuesday 28 April.
        QTest::newRow("king's day") << QDate(2026, 3, 27) << QDate(2026, 4, 28);
        // Ascension Day 2026 (Thursday 14 May): Friday 15 May.
        QTest::newRow("ascension") << QDate(2026, 4, 14) << QDate(2026, 5, 15);
    }
    void oneMonthAcrossMonthEndsAndLeapDays()
    {
        QFETCH(QDate, received);
        QFETCH(QDate, due);
        QCOMPARE(Deadline::due(received), due);
    }

    void publicHolidays()
    {
        QCOMPARE(Deadline::easterSunday(2024), QDate(2024, 3, 31));
        QCOMPARE(Deadline::easterSunday(2025), QDate(2025, 4, 20));
        QCOMPARE(Deadline::easterSunday(2026), QDate(2026, 4, 5));
        QCOMPARE(Deadline::easterSunday(2027), QDate(2027, 3, 28));
        QCOMPARE(Deadline::easterSunday(2000), QDate(2000, 4, 23));
        QVERIFY(Deadline::isDutchPublicHoliday(QDate(2026, 1, 1)));
        QVERIFY(Deadline::isDutchPublicHoliday(QDate(2026, 4, 6)));  // Easter Monday
        QVERIFY(Deadline::isDutchPublicHoliday(QDate(2026, 5, 5)));  // Liberation Day
        QVERIFY(Deadline::isDutchPublicHoliday(QDate(2026, 5, 14))); // Ascension Day
        QVERIFY(Deadline::isDutchPublicHoliday(QDate(2026, 5, 25))); // Whit Monday
        QVERIFY(Deadline::isDutchPublicHoliday(QDate(2026, 12, 25)));
        QVERIFY(Deadline::isDutchPublicHoliday(QDate(2026, 12, 26)));
        // King's Day moves to the 26th when the 27th is a Sunday (2025).
        QVERIFY(Deadline::isDutchPublicHoliday(QDate(2025, 4, 26)));
        QVERIFY(!Deadline::isDutchPublicHoliday(QDate(2025, 4, 27)));
        QVERIFY(!Deadline::isDutchPublicHoliday(QDate(2024, 3, 29))); // Good Friday
        QVERIFY(!Deadline::isWorkingDay(QDate(2026, 2, 28)));
        QVERIFY(Deadline::isWorkingDay(QDate(2026, 3, 2)));
    }

    void extensionRules()
    {
        const QDate received(2026, 1, 15);
        QCOMPARE(Deadline::due(received), QDate(2026, 2, 16)); // the 15th is a Sunday
        QCOMPARE(Deadline::latestExtended(received), QDate(2026, 4, 15));

        // Told within the first month: the extension counts.
        auto e = Deadline::extension(received, QDate(2026, 2, 10), QDate(2026, 3, 31));
        QVERIFY(e.valid);
        QCOMPARE(e.due, QDate(2026, 3, 31));
        QVERIFY(!e.shortened);
        // On the last day of the first month still counts.
        QVERIFY(Deadline::extension(received, QDate(2026, 2, 16), QDate()).valid);
        // "Two more months" without a date: three months after receipt.
        QCOMPARE(Deadline::extension(received, QDate(2026, 2, 1), QDate()).due, QDate(2026, 4, 15));
        // More than the law allows: cut back to three months.
        e = Deadline::extension(received, QDate(2026, 2, 1), QDate(2026, 6, 1));
        QVERIFY(e.valid && e.shortened);
        QCOMPARE(e.due, QDate(2026, 4, 15));
        // Told after the first month: it does not count, the first deadline holds.
        e = Deadline::extension(received, QDate(2026, 2, 17), QDate(2026, 4, 1));
        QVERIFY(!e.valid);
        QCOMPARE(e.due, QDate(2026, 2, 16));

        RightsRequest r;
        r.status = Requests::Status::Extended;
        r.receivedOn = received;
        r.dueOn = Deadline::due(received);
        r.extendedDueOn = QDate(2026, 4, 1);
        r.extensionNoticeOn = QDate(2026, 2, 17);
        QVERIFY(!r.extensionCounts());
        QCOMPARE(r.deadline(), QDate(2026, 2, 16));
        QVERIFY(r.isLate(QDate(2026, 2, 17)));
        r.extensionNoticeOn = QDate(2026, 2, 2);
        QVERIFY(r.extensionCounts());
        QCOMPARE(r.deadline(), QDate(2026, 4, 1));
        QVERIFY(!r.isLate(QDate(2026, 3, 1)));
        QVERIFY(!r.isLate(QDate(2026, 4, 1))); // the last day itself is not late
        QVERIFY(r.isLate(QDate(2026, 4, 2)));
        r.status = Requests::Status::Completed;
        QVERIFY(!r.isLate(QDate(2026, 5, 1)));
    }

    void dateWordsInBothLanguages()
    {
        const QDate d(2026, 3, 2);
        QCOMPARE(DateWords::date(d, QStringLiteral("en")), QStringLiteral("2 March 2026"));
        QCOMPARE(DateWords::date(d, QStringLiteral("nl")), QStringLiteral("2 maart 2026"));
        QCOMPARE(DateWords::dateWithDay(d, QStringLiteral("en")),
                 QStringLiteral("Monday 2 March 2026"));
        QCOMPARE(DateWords::dateWithDay(d, QStringLiteral("nl")),
                 QStringLiteral("maandag 2 maart 2026"));
        QCOMPARE(DateWords::dateWithDay(QDate(2028, 2, 29), QStringLiteral("nl")),
                 QStringLiteral("dinsdag 29 februari 2028"));
        QCOMPARE(DateWords::date(QDate(), QStringLiteral("nl")), QString());
    }

    void daysLeftInPlainWords()
    {
        const QDate due(2026, 3, 2);
        QCOMPARE(Deadline::daysLeft(due, QDate(2026, 2, 20)), 10);
        QCOMPARE(Deadline::shortText(due, QDate(2026, 2, 20)), QStringLiteral("10 days left"));
        QCOMPARE(Deadline::shortText(due, QDate(2026, 3, 1)), QStringLiteral("1 day left"));
        QCOMPARE(Deadline::shortText(due, due), QStringLiteral("Due today"));
        QCOMPARE(Deadline::shortText(due, QDate(2026, 3, 3)), QStringLiteral("1 day late"));
        QCOMPARE(Deadline::shortText(due, QDate(2026, 3, 5)), QStringLiteral("3 days late"));
        QCOMPARE(Deadline::sentence(due, QDate(2026, 2, 20), QStringLiteral("en")),
                 QStringLiteral("10 days left. The shop must answer by Monday 2 March 2026."));
        QCOMPARE(Deadline::sentence(due, QDate(2026, 3, 5), QStringLiteral("en")),
                 QStringLiteral("3 days late. The shop had to answer by Monday 2 March 2026."));
    }

    void dutchSentences()
    {
        QTranslator nl;
        QVERIFY(nl.load(QStringLiteral("roer_nl"),
                        qEnvironmentVariable("ROER_BINARY_DIR") + QStringLiteral("/translations")));
        QCoreApplication::installTranslator(&nl);
        const QDate due(2026, 3, 2);
        QCOMPARE(Deadline::sentence(due, QDate(2026, 3, 5), QStringLiteral("nl")),
                 QStringLiteral("3 dagen te laat. De winkel moest uiterlijk maandag 2 maart 2026 "
                                "antwoorden."));
        QCOMPARE(Deadline::sentence(due, QDate(2026, 2, 20), QStringLiteral("nl")),
                 QStringLiteral("Nog 10 dagen. De winkel moet uiterlijk maandag 2 maart 2026 "
                                "antwoorden."));
        QCOMPARE(Deadline::shortText(due, due), QStringLiteral("Vandaag"));
        QCoreApplication::removeTranslator(&nl);
    }
};

QTEST_GUILESS_MAIN(TestRequestDeadline)
#include "TestRequestDeadline.moc"
