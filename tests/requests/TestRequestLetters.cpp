#include "explain/PlainLanguage.h"
#include "requests/CalendarFile.h"
#include "requests/ComplaintPack.h"
#include "requests/Deadline.h"
#include "requests/RequestLetter.h"
#include "requests/RequestTypes.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QXmlStreamReader>

namespace {
const QList<Requests::Kind> kKinds = {Requests::Kind::Access,      Requests::Kind::Erasure,
                                      Requests::Kind::Objection,   Requests::Kind::Rectification,
                                      Requests::Kind::Restriction, Requests::Kind::Portability};

Retailer shop()
{
    Retailer r;
    r.id = 1;
    r.name = QStringLiteral("Blendle B.V.");
    r.website = QStringLiteral("https://blendle.com");
    r.privacyEmail = QStringLiteral("contact@blendle.com");
    r.postalAddress = QStringLiteral("Catharijnesingel 52\n3511 GC Utrecht\nThe Netherlands");
    return r;
}

RightsRequest request(Requests::Kind kind)
{
    RightsRequest r;
    r.id = QStringLiteral("5b0e6a44-1c1e-4bb5-9d55-2f4a3c1b8e01");
    r.retailerId = 1;
    r.retailerName = shop().name;
    r.kind = kind;
    r.createdAt = QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc());
    r.details.objectTo =
        kind == Requests::Kind::Objection ? Requests::ObjectTo::Both : Requests::ObjectTo::Nothing;
    if (kind == Requests::Kind::Rectification) {
        r.details.wrongValue = QStringLiteral("Kerkstraat 1, Utrecht");
        r.details.correctValue = QStringLiteral("Kerkstraat 10, Utrecht.");
    }
    return r;
}

Requester me()
{
    return {QStringLiteral("Anna de Vries"), QStringLiteral("Voorbeeldstraat 1\n1234 AB Utrecht"),
            QStringLiteral("anna@example.invalid")};
}
} // namespace

// Letters in both languages for every kind of request, the reminder, the AP complaint pack,
// the calendar file and mailto: the articles named, B1 texts, nothing of the customer where it
// does not belong.
class TestRequestLetters : public QObject
{
    Q_OBJECT

private slots:
    void everyLetterNamesItsArticleAndTheRules_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        for (Requests::Kind k : kKinds)
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("nl")})
                QTest::newRow(qPrintable(Requests::kindId(k) + QLatin1Char('-') + lang))
                    << int(k) << lang;
    }
    void everyLetterNamesItsArticleAndTheRules()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        const auto k = Requests::Kind(kind);
        const bool nl = language == QLatin1String("nl");
        const RequestLetter l =
            RequestLetter::make(request(k), shop(), me(), language, QDate(2026, 3, 3));
        const QString text = l.plainText();
        const QString article = Requests::kindArticle(k);
        QVERIFY2(l.subject.contains((nl ? QStringLiteral("artikel ") : QStringLiteral("Article "))
                                    + article),
                 qPrintable(l.subject));
        QVERIFY(text.contains(nl ? QStringLiteral("artikel 12, lid 3")
                                 : QStringLiteral("Article 12(3)")));
        // What a shop may ask to check who you are; Roer adds no copy of an ID.
        QVERIFY(text.contains(nl ? QStringLiteral("artikel 12, lid 6")
                                 : QStringLiteral("Article 12(6)")));
        QVERIFY(text.contains(nl ? QStringLiteral("geen kopie van mijn identiteitsbewijs")
                                 : QStringLiteral("I did not add a copy of my ID")));
        // The shop's privacy address from the directory, the customer's details.
        QVERIFY(text.contains(QStringLiteral("Catharijnesingel 52\n3511 GC Utrecht")));
        QVERIFY(text.contains(QStringLiteral("Anna de Vries")));
        QVERIFY(
            text.contains(nl ? QStringLiteral("3 maart 2026") : QStringLiteral("3 March 2026")));
        QCOMPARE(l.to, QStringLiteral("contact@blendle.com"));
        QVERIFY(!text.contains(QStringLiteral("..")));
        QVERIFY(!text.contains(QStringLiteral("%1")));
        // B1: short sentences, legal terms explained where they first appear, "je".
        for (const QString &p : l.prose()) {
            const QStringList problems = PlainLanguage::problems(p, language);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(problems.join(QStringLiteral("; ")) + QLatin1Char('\n') + p));
        }
        if (nl)
            QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\b(u|uw)\\b"))));
    }

    void accessAsksForEveryArticle15Item()
    {
        const RequestLetter l = RequestLetter::make(request(Requests::Kind::Access), shop(), me(),
                                                    QStringLiteral("en"), QDate(2026, 3, 3));
        const QString text = l.plainText();
        for (const char *item : {"(Article 15(1)(a))", "(b)", "(c)", "(d)", "(e, f)", "(g)", "(h)",
                                 "(Article 15(2))", "Article 15(3)"})
            QVERIFY2(text.contains(QLatin1String(item)), item);
    }

    void erasureCanWithdrawAndObjectInOneLetter()
    {
        RightsRequest r = request(Requests::Kind::Erasure);
        r.details.withdrawConsents = true;
        r.details.objectTo = Requests::ObjectTo::Both;
        r.details.scope = QStringLiteral("the location trail.");
        const QString en =
            RequestLetter::make(r, shop(), me(), QStringLiteral("en"), QDate(2026, 3, 3))
                .plainText();
        QVERIFY(en.contains(QStringLiteral("Please erase this data: the location trail.")));
        QVERIFY(en.contains(QStringLiteral("Article 7(3)")));
        QVERIFY(en.contains(QStringLiteral("Article 21(3)")));
        QVERIFY(en.contains(QStringLiteral("Article 21(1)")));
        QVERIFY(en.contains(QStringLiteral("(Article 19)")));
        const QString nl =
            RequestLetter::make(r, shop(), me(), QStringLiteral("nl"), QDate(2026, 3, 3))
                .plainText();
        QVERIFY(nl.contains(QStringLiteral("artikel 7, lid 3")));
        QVERIFY(nl.contains(QStringLiteral("artikel 21, lid 3")));
    }

    void missingDetailsStayAsBlanks()
    {
        Retailer noAddress = shop();
        noAddress.postalAddress.clear();
        const RequestLetter l =
            RequestLetter::make(request(Requests::Kind::Access), noAddress, Requester(),
                                QStringLiteral("nl"), QDate(2026, 3, 3));
        const QString text = l.plainText();
        QVERIFY(text.startsWith(QStringLiteral("[Je naam]\n[Je adres]\n")));
        QVERIFY(text.contains(QStringLiteral("[Het postadres van Blendle B.V.]")));
        QVERIFY(
            text.contains(QStringLiteral("[Het e-mailadres dat je bij Blendle B.V. gebruikt]")));
    }

    void mailtoGetsAShortBodyAndTheRestIsCopied()
    {
        RightsRequest r = request(Requests::Kind::Erasure);
        r.details.withdrawConsents = true;
        r.details.objectTo = Requests::ObjectTo::Both;
        const RequestLetter l =
            RequestLetter::make(r, shop(), me(), QStringLiteral("en"), QDate(2026, 3, 3));
        const QString shortBody = l.shortEmailBody();
        QVERIFY(shortBody.contains(l.paragraphs.first()));
        QVERIFY(shortBody.contains(QStringLiteral("Roer copied it for you")));
        // Well under the ~2000 characters mail programs accept in a link.
        QVERIFY(QUrl::toPercentEncoding(shortBody).size() < 1500);
        QVERIFY(QUrl::toPercentEncoding(l.emailBody()).size() > 1500);
        // Short body + pasted rest = the whole e-mail.
        QString joined = shortBody;
        joined.replace(QStringLiteral(
                           "[Paste the rest of the letter from Roer here. Roer copied it "
                           "for you.]\n\n"),
                       l.restOfEmail() + QLatin1Char('\n'));
        QCOMPARE(joined, l.emailBody());
    }

    void reminderNamesTheFirstRequestAndTheNextStep()
    {
        RightsRequest r = request(Requests::Kind::Access);
        r.status = Requests::Status::Sent;
        r.sentOn = QDate(2026, 3, 3);
        r.receivedOn = r.sentOn;
        r.dueOn = Deadline::due(r.receivedOn);
        const RequestLetter l =
            RequestLetter::reminder(r, shop(), me(), QStringLiteral("nl"), QDate(2026, 4, 8));
        const QString text = l.plainText();
        QVERIFY(l.subject.contains(QStringLiteral("3 maart 2026")));
        QVERIFY(text.contains(QStringLiteral("3 april 2026")));
        QVERIFY(text.contains(QStringLiteral("Autoriteit Persoonsgegevens")));
        QVERIFY(text.contains(QStringLiteral("binnen 14 dagen")));
        // The first request goes along, as it was sent.
        QVERIFY(text.contains(QStringLiteral("Verzoek om een kopie van mijn persoonsgegevens")));
        for (const QString &p : l.prose())
            QVERIFY2(PlainLanguage::problems(p, QStringLiteral("nl")).isEmpty(), qPrintable(p));
        const RequestLetter en =
            RequestLetter::reminder(r, shop(), me(), QStringLiteral("en"), QDate(2026, 4, 8));
        for (const QString &p : en.prose())
            QVERIFY2(PlainLanguage::problems(p, QStringLiteral("en")).isEmpty(), qPrintable(p));
    }

    void complaintPackIsDutchWithProof()
    {
        RightsRequest r = request(Requests::Kind::Erasure);
        r.status = Requests::Status::Sent;
        r.sentOn = QDate(2026, 3, 3);
        r.sentBy = Requests::SentBy::Email;
        r.receivedOn = r.sentOn;
        r.dueOn = Deadline::due(r.receivedOn);
        r.reminderMadeAt = QDateTime(QDate(2026, 4, 8), QTime(10, 0), QTimeZone::utc());
        RequestEvent sent;
        sent.event = QString::fromLatin1(RequestEvent::kSent);
        sent.time = QDateTime(QDate(2026, 3, 3), QTime(10, 0), QTimeZone::utc());
        sent.details = QJsonObject{{QStringLiteral("sent_on"), QStringLiteral("2026-03-03")},
                                   {QStringLiteral("sent_by"), QStringLiteral("email")}};
        RequestEvent reminder;
        reminder.event = QString::fromLatin1(RequestEvent::kReminderMade);
        reminder.time = r.reminderMadeAt;
        DirectoryEntry ap;
        ap.webform =
            QStringLiteral("https://autoriteitpersoonsgegevens.nl/nl/meldingsformulier-klachten");
        ap.postalAddress = QStringLiteral("Postbus 93374\n2509 AJ DEN HAAG");
        const ComplaintPack pack =
            ComplaintPack::make(r, shop(), me(), {sent, reminder}, "{}", &ap, QDate(2026, 4, 30));
        const QString text = pack.text();
        QVERIFY(text.contains(QStringLiteral("bewijs dat je eerst zelf contact had")));
        QVERIFY(!text.contains(QStringLiteral("B.V..")));
        QVERIFY(text.contains(QStringLiteral("3 maart 2026: Ik stuurde mijn verzoek per e-mail")));
        QVERIFY(text.contains(QStringLiteral("3 april 2026: De termijn liep af")));
        QVERIFY(text.contains(QStringLiteral("8 april 2026: Ik maakte een herinnering")));
        QVERIFY(text.contains(QStringLiteral("Naam: Anna de Vries")));
        QVERIFY(text.contains(QStringLiteral("Postbus 93374, 2509 AJ DEN HAAG")));
        QVERIFY(text.contains(ap.webform));
        QVERIFY(text.indexOf(QStringLiteral("3 maart")) < text.indexOf(QStringLiteral("3 april")));
        for (const QString &p : pack.guidance)
            QVERIFY2(PlainLanguage::problems(p, QStringLiteral("nl")).isEmpty(), qPrintable(p));
        QCOMPARE(pack.attachments.size(), 3);

        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("klacht"));
        QVERIFY(pack.writeTo(folder));
        for (const char *name :
             {"0-klacht.txt", "1-verzoek.txt", "2-herinnering.txt", "3-geschiedenis.json"})
            QVERIFY2(QFile::exists(QDir(folder).filePath(QLatin1String(name))), name);
        QFile letter(QDir(folder).filePath(QStringLiteral("1-verzoek.txt")));
        QVERIFY(letter.open(QIODevice::ReadOnly));
        QVERIFY(letter.readAll().contains("Article 17")); // the letter as it was sent
        QCOMPARE(pack.sha256().size(), 64);
        // A folder Roer cannot write to: a message, no crash.
        QVERIFY(!pack.writeTo(QStringLiteral("/proc/roer-cannot-write-here")));
    }

    void calendarFileFollowsRfc5545()
    {
        RightsRequest r = request(Requests::Kind::Access);
        QVERIFY(CalendarFile::forRequest(r, QDateTime::currentDateTimeUtc()).isEmpty());
        r.status = Requests::Status::Sent;
        r.receivedOn = QDate(2026, 3, 3);
        r.dueOn = Deadline::due(r.receivedOn);
        r.retailerName = QStringLiteral("Shop; with, commas and a very long name that needs "
                                        "folding ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓");
        const QByteArray ics =
            CalendarFile::forRequest(r,
                                     QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(ics.contains("DTSTART;VALUE=DATE:20260403\r\n"));
        QVERIFY(ics.contains("DTEND;VALUE=DATE:20260404\r\n"));
        QVERIFY(ics.contains("UID:roer-request-5b0e6a44-1c1e-4bb5-9d55-2f4a3c1b8e01-deadline\r\n"));
        QVERIFY(ics.contains("DTSTAMP:20260303T090000Z\r\n"));
        QVERIFY(ics.contains("Shop\\; with\\, commas"));
        QVERIFY(ics.contains("BEGIN:VALARM"));
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData());     // 75 octets + the CR
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // no character cut in two
        }
        QVERIFY(!ics.contains("Anna"));
    }

    // Every text of the requests screens, dialogs and roer-cli, in English and in Dutch.
    void screenTextsArePlainInBothLanguages()
    {
        const QStringList contexts = {QStringLiteral("Requests"),
                                      QStringLiteral("RequestsPage"),
                                      QStringLiteral("RequestPanel"),
                                      QStringLiteral("NewRequestDialog"),
                                      QStringLiteral("RequestLetterDialog"),
                                      QStringLiteral("MarkSentDialog"),
                                      QStringLiteral("AnswerDialog"),
                                      QStringLiteral("ComplaintDialog"),
                                      QStringLiteral("RequestAgendaCard"),
                                      QStringLiteral("LetterPrinter")};
        QFile file(QDir(qEnvironmentVariable("ROER_TEST_DATA"))
                       .filePath(QStringLiteral("../../translations/roer_nl.ts")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        QStringList failures;
        int checked = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && contexts.contains(context)) {
                const QString dutch = xml.readElementText();
                ++checked;
                for (const QString &p : PlainLanguage::problems(source, QStringLiteral("en")))
                    failures << QStringLiteral("%1 [en] %2: %3").arg(context, p, source);
                for (const QString &p : PlainLanguage::problems(dutch, QStringLiteral("nl")))
                    failures << QStringLiteral("%1 [nl] %2: %3").arg(context, p, dutch);
            }
        }
        QVERIFY(checked > 150);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void kindTextsArePlain()
    {
        for (Requests::Kind k : kKinds) {
            QVERIFY(PlainLanguage::problems(Requests::kindHelp(k), QStringLiteral("en")).isEmpty());
            QVERIFY(!Requests::kindLabel(k).isEmpty());
            QCOMPARE(Requests::kindFromId(Requests::kindId(k)), k);
        }
        for (const auto s : {Requests::Status::Waiting, Requests::Status::Refused})
            QCOMPARE(Requests::statusFromId(Requests::statusId(s)), s);
    }
};

QTEST_GUILESS_MAIN(TestRequestLetters)
#include "TestRequestLetters.moc"
