#include "../consent/ConsentTestUtil.h"

#include "TestSupport.h"
#include "core/Logging.h"
#include "requests/RequestAgenda.h"
#include "requests/RequestHistory.h"
#include "requests/RequestHistoryExport.h"
#include "requests/RequestHistoryVerifier.h"
#include "requests/RequestOutbox.h"
#include "requests/RequestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace ConsentTestUtil;

// Rights requests in a real SQLCipher vault: a request, its first history event and its
// outbox entry commit together; the customer's steps and the shop's answers move it along
// under the deadline rules; the history is hash-chained and tampering is found.
class TestRequestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    qint64 m_api = 0;
    qint64 m_letter = 0;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc())};

    RequestStore::NewRequest newRequest(qint64 retailer, Requests::Kind kind)
    {
        RequestStore::NewRequest n;
        n.retailerId = retailer;
        n.kind = kind;
        n.language = QStringLiteral("en");
        if (kind == Requests::Kind::Objection)
            n.details.objectTo = Requests::ObjectTo::DirectMarketing;
        return n;
    }

private slots:
    void init()
    {
        Clock::setInstance(&m_clock);
        m_clock.set(QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc()));
        m_dir.remove();
        QVERIFY(QDir().mkpath(m_dir.path()));
        m_vault = makeVault(m_dir.path());
        QVERIFY(m_vault);
        m_api = addRetailer(*m_vault, QStringLiteral("Zandbak"),
                            QStringLiteral("https://zandbak.example"));
        m_letter = addRetailer(*m_vault, QStringLiteral("Papier"), QString());
        QVERIFY(m_api && m_letter);
    }
    void cleanup()
    {
        m_vault.reset();
        Clock::setInstance(nullptr);
    }

    void letterRequestIsMadeWithoutOutbox()
    {
        RequestStore store(*m_vault);
        auto n = newRequest(m_letter, Requests::Kind::Access);
        n.details.scope = QStringLiteral("my loyalty card");
        auto r = store.create(n);
        QVERIFY2(r, r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->status, Requests::Status::LetterMade);
        QCOMPARE(r->delivery, Requests::Delivery::Letter);
        QVERIFY(r->letterMadeAt.isValid());
        QVERIFY(!QUuid::fromString(r->id).isNull());
        QCOMPARE(RequestOutbox(*m_vault).all()->size(), 0);
        auto found = store.find(r->id.left(8));
        QVERIFY(found);
        QCOMPARE(found->details.scope, QStringLiteral("my loyalty card"));
        QCOMPARE(found->retailerName, QStringLiteral("Papier"));
        auto history = store.history(r->id);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().event, QString::fromLatin1(RequestEvent::kCreated));
        QCOMPARE(history->first().status, QStringLiteral("letter_made"));
        QCOMPARE(history->first().previousHash, ConsentRecord::genesisHash());
        // The first characters must be unique and at least 6.
        QCOMPARE(store.find(QStringLiteral("abc")).error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.find(QStringLiteral("ffffffff")).error().code, ErrorCode::NotFound);
    }

    void apiRequestCommitsWithItsOutboxEntry()
    {
        RequestStore store(*m_vault);
        auto n = newRequest(m_api, Requests::Kind::Erasure);
        n.details.scope = QStringLiteral("the location trail");
        n.details.categories = {QStringLiteral("pd:Location")};
        auto r = store.create(n);
        QVERIFY(r);
        QCOMPARE(r->status, Requests::Status::Waiting);
        QCOMPARE(r->delivery, Requests::Delivery::Api);
        auto entries = RequestOutbox(*m_vault).all();
        QCOMPARE(entries->size(), 1);
        const RequestOutboxEntry e = entries->first();
        QCOMPARE(e.requestId, r->id);
        QVERIFY(!QUuid::fromString(e.idempotencyKey).isNull());
        QCOMPARE(e.payload.value(QLatin1String("request_id")).toString(), r->id);
        QCOMPARE(e.payload.value(QLatin1String("type")).toString(), QStringLiteral("erasure"));
        QCOMPARE(e.payload.value(QLatin1String("details"))
                     .toObject()
                     .value(QLatin1String("categories"))
                     .toArray()
                     .size(),
                 1);
        // "By letter" is the customer's choice even at a shop with the API.
        n.byLetter = true;
        QCOMPARE(store.create(n)->delivery, Requests::Delivery::Letter);
    }

    void nothingIsHalfWritten()
    {
        // The outbox refuses the entry: the request and its history are not there either.
        QVERIFY(m_vault->exec("CREATE TRIGGER fail_outbox BEFORE INSERT ON request_outbox"
                              " BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        RequestStore store(*m_vault);
        QVERIFY(!store.create(newRequest(m_api, Requests::Kind::Access)));
        QCOMPARE(store.list()->size(), 0);
        auto events = m_vault->prepare("SELECT COUNT(*) FROM request_event");
        QVERIFY(*events.step());
        QCOMPARE(events.int64(0), 0);
    }

    void checksWhatARequestNeeds()
    {
        RequestStore store(*m_vault);
        auto rect = newRequest(m_letter, Requests::Kind::Rectification);
        QCOMPARE(store.create(rect).error().code, ErrorCode::InvalidInput);
        rect.details.wrongValue = QStringLiteral("Kerkstraat 1");
        QVERIFY(store.create(rect));
        auto objection = newRequest(m_letter, Requests::Kind::Objection);
        objection.details.objectTo = Requests::ObjectTo::Nothing;
        QCOMPARE(store.create(objection).error().code, ErrorCode::InvalidInput);
        auto unknown = newRequest(12345, Requests::Kind::Access);
        QCOMPARE(store.create(unknown).error().code, ErrorCode::NotFound);
        auto german = newRequest(m_letter, Requests::Kind::Access);
        german.language = QStringLiteral("de");
        QCOMPARE(store.create(german).error().code, ErrorCode::InvalidInput);
    }

    void markSentStartsTheDeadline()
    {
        RequestStore store(*m_vault);
        auto r = store.create(newRequest(m_letter, Requests::Kind::Access));
        QVERIFY(r);
        // Not in the future, not before it was made.
        QCOMPARE(store.markSent(r->id, QDate(2026, 3, 4), Requests::SentBy::Email).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(store.markSent(r->id, QDate(2026, 3, 2), Requests::SentBy::Email).error().code,
                 ErrorCode::InvalidInput);
        auto sent = store.markSent(r->id, QDate(2026, 3, 3), Requests::SentBy::Email, "ab12");
        QVERIFY(sent);
        QCOMPARE(sent->status, Requests::Status::Sent);
        QCOMPARE(sent->receivedOn, QDate(2026, 3, 3));
        QCOMPARE(sent->dueOn, QDate(2026, 4, 3));
        // By post: it arrives two days later, so the shop's month starts later.
        auto post = store.create(newRequest(m_letter, Requests::Kind::Erasure));
        auto posted = store.markSent(post->id, QDate(2026, 3, 3), Requests::SentBy::Post);
        QCOMPARE(posted->receivedOn, QDate(2026, 3, 5));
        QCOMPARE(posted->dueOn, QDate(2026, 4, 7)); // 5 April is a Sunday, 6 April Easter Monday
        // An API request is not sent by the customer.
        auto api = store.create(newRequest(m_api, Requests::Kind::Access));
        QCOMPARE(store.markSent(api->id, QDate(2026, 3, 3), Requests::SentBy::Email).error().code,
                 ErrorCode::InvalidInput);
        auto history = store.history(r->id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().details.value(QLatin1String("letter_sha256")).toString(),
                 QStringLiteral("ab12"));
        QCOMPARE(history->last().previousEventId, history->first().eventId);
    }

    void answersMoveItAlongAndNeverBack()
    {
        RequestStore store(*m_vault);
        auto r = store.create(newRequest(m_letter, Requests::Kind::Access));
        RequestAnswer received;
        received.status = Requests::Status::Received;
        QCOMPARE(store.recordAnswer(r->id, received).error().code, ErrorCode::InvalidInput);
        QVERIFY(store.markSent(r->id, QDate(2026, 3, 3), Requests::SentBy::Email));
        QCOMPARE(store.recordAnswer(r->id, received)->status, Requests::Status::Received);

        // Within the first month the shop says it needs two more months: that counts.
        m_clock.set(QDateTime(QDate(2026, 3, 30), QTime(10, 0), QTimeZone::utc()));
        RequestAnswer extended;
        extended.status = Requests::Status::Extended;
        extended.reason = QJsonObject{{QStringLiteral("en"), QStringLiteral("Many requests.")}};
        auto e = store.recordAnswer(r->id, extended);
        QVERIFY(e);
        QCOMPARE(e->status, Requests::Status::Extended);
        QVERIFY(e->extensionCounts());
        QCOMPARE(e->deadline(), QDate(2026, 6, 3));
        QCOMPARE(e->reasonText(QStringLiteral("nl")), QStringLiteral("Many requests."));

        // "Received" after "extended" does not move it back, and adds nothing to the history.
        const int events = store.history(r->id)->size();
        QCOMPARE(store.recordAnswer(r->id, received)->status, Requests::Status::Extended);
        QCOMPARE(store.history(r->id)->size(), events);

        RequestAnswer done;
        done.status = Requests::Status::Completed;
        auto c = store.recordAnswer(r->id, done);
        QCOMPARE(c->status, Requests::Status::Completed);
        QVERIFY(c->closedAt.isValid());
        QCOMPARE(store.recordAnswer(r->id, done).error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.cancel(r->id).error().code, ErrorCode::InvalidInput);
    }

    void lateExtensionDoesNotCount()
    {
        RequestStore store(*m_vault);
        auto r = store.create(newRequest(m_letter, Requests::Kind::Erasure));
        QVERIFY(store.markSent(r->id, QDate(2026, 3, 3), Requests::SentBy::Email));
        m_clock.set(QDateTime(QDate(2026, 4, 10), QTime(10, 0), QTimeZone::utc()));
        RequestAnswer extended;
        extended.status = Requests::Status::Extended;
        extended.extendedUntil = QDate(2026, 5, 15);
        auto e = store.recordAnswer(r->id, extended);
        QVERIFY(e);
        QVERIFY(!e->extensionCounts());
        QCOMPARE(e->deadline(), QDate(2026, 4, 3));
        QVERIFY(e->isLate(QDate(2026, 4, 10)));
        auto last = store.history(r->id)->last();
        QCOMPARE(last.details.value(QLatin1String("extension_counts")).toBool(), false);
    }

    void reminderAndComplaintOnlyWhenDue()
    {
        RequestStore store(*m_vault);
        auto r = store.create(newRequest(m_letter, Requests::Kind::Access));
        QVERIFY(store.markSent(r->id, QDate(2026, 3, 3), Requests::SentBy::Email));
        QCOMPARE(store.recordReminderMade(r->id, "aa").error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.recordComplaintMade(r->id, "bb").error().code, ErrorCode::InvalidInput);
        m_clock.set(QDateTime(QDate(2026, 4, 6), QTime(10, 0), QTimeZone::utc())); // due 3 April
        auto reminded = store.recordReminderMade(r->id, "aa");
        QVERIFY(reminded);
        QVERIFY(reminded->reminderMadeAt.isValid());
        QVERIFY(store.recordComplaintMade(r->id, "bb"));
        // A refusal may go to the AP too.
        auto other = store.create(newRequest(m_letter, Requests::Kind::Erasure));
        QVERIFY(store.markSent(other->id, QDate(2026, 4, 6), Requests::SentBy::Email));
        RequestAnswer refused;
        refused.status = Requests::Status::Refused;
        refused.reason = QJsonObject{{QStringLiteral("en"), QStringLiteral("We need it.")}};
        QVERIFY(store.recordAnswer(other->id, refused));
        QVERIFY(store.recordComplaintMade(other->id, "cc"));
    }

    void cancelStopsTheOutbox()
    {
        RequestStore store(*m_vault);
        auto r = store.create(newRequest(m_api, Requests::Kind::Access));
        auto c = store.cancel(r->id);
        QVERIFY(c);
        QCOMPARE(c->status, Requests::Status::Cancelled);
        QCOMPARE(RequestOutbox(*m_vault).pendingCount().value(), 0);
    }

    void historyChainIsIntactAndExportable()
    {
        RequestStore store(*m_vault);
        auto a = store.create(newRequest(m_letter, Requests::Kind::Access));
        auto b = store.create(newRequest(m_letter, Requests::Kind::Erasure));
        QVERIFY(store.markSent(a->id, QDate(2026, 3, 3), Requests::SentBy::Email));
        QVERIFY(store.create(newRequest(m_api, Requests::Kind::Objection)));
        auto report = RequestHistoryVerifier::verify(*m_vault);
        QVERIFY(report);
        QCOMPARE(report->eventsChecked, 4);
        QVERIFY(report->intact());

        // Anyone can re-check the chain from the export alone.
        const QByteArray json =
            RequestHistoryExport::toJson(*store.list(m_letter),
                                         *RequestHistory(*m_vault).ofRetailer(m_letter), true,
                                         m_clock.now(), QStringLiteral("en"));
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o.value(QLatin1String("format")).toString(),
                 QStringLiteral("roer-request-history"));
        QCOMPARE(o.value(QLatin1String("requests")).toArray().size(), 2);
        QByteArray previous = ConsentRecord::genesisHash();
        for (const QJsonValue &v : o.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QLatin1String("previous_hash")).toString().toLatin1(), previous);
            const QByteArray canonical = e.value(QLatin1String("canonical")).toString().toUtf8();
            const QByteArray hash = e.value(QLatin1String("hash")).toString().toLatin1();
            QCOMPARE(ConsentRecord::hashOf(canonical, previous), hash);
            previous = hash;
        }
        Q_UNUSED(b)
    }

    void verifierFindsTampering_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("text changed")
            << QByteArray("UPDATE request_event SET canonical = replace(canonical, 'email', "
                          "'post') WHERE seq = 2");
        QTest::newRow("middle event removed")
            << QByteArray("DELETE FROM request_event WHERE seq = 2");
        QTest::newRow("newest event removed")
            << QByteArray("DELETE FROM request_event WHERE seq = 3");
        QTest::newRow("events swapped") << QByteArray(
            "UPDATE request_event SET seq = seq + 100 WHERE seq = 1; UPDATE request_event SET "
            "seq = 1 WHERE seq = 2; UPDATE request_event SET seq = 2 WHERE seq = 101");
    }
    void verifierFindsTampering()
    {
        QFETCH(QByteArray, sql);
        RequestStore store(*m_vault);
        auto r = store.create(newRequest(m_letter, Requests::Kind::Access));
        QVERIFY(store.markSent(r->id, QDate(2026, 3, 3), Requests::SentBy::Email));
        RequestAnswer received;
        received.status = Requests::Status::Received;
        QVERIFY(store.recordAnswer(r->id, received));
        QVERIFY(RequestHistoryVerifier::verify(*m_vault)->intact());
        // Someone with the key edits the file behind Roer's back.
        QVERIFY(m_vault->exec("DROP TRIGGER request_event_append_only"));
        QVERIFY(m_vault->exec(sql.constData()));
        auto report = RequestHistoryVerifier::verify(*m_vault);
        QVERIFY(report);
        QVERIFY(!report->intact());
    }

    void eventsAreAppendOnly()
    {
        RequestStore store(*m_vault);
        QVERIFY(store.create(newRequest(m_letter, Requests::Kind::Access)));
        QVERIFY(!m_vault->exec("UPDATE request_event SET canonical = '{}'"));
    }

    void agendaListsWhatIsDueOrLate()
    {
        RequestStore store(*m_vault);
        auto late = store.create(newRequest(m_letter, Requests::Kind::Access));
        QVERIFY(store.markSent(late->id, QDate(2026, 3, 3), Requests::SentBy::Email));
        m_clock.set(QDateTime(QDate(2026, 3, 30), QTime(10, 0), QTimeZone::utc()));
        auto soon = store.create(newRequest(m_letter, Requests::Kind::Erasure));
        QVERIFY(store.markSent(soon->id, QDate(2026, 3, 30), Requests::SentBy::Email));
        auto unsent = store.create(newRequest(m_letter, Requests::Kind::Portability));
        QVERIFY(store.create(newRequest(m_letter, Requests::Kind::Restriction)));

        // Roer was closed for weeks: at the next start the dates say what is due.
        const QDate today(2026, 4, 24);
        auto items = RequestAgenda::items(*m_vault, today, QStringLiteral("en"));
        QVERIFY(items);
        QCOMPARE(items->size(), 4);
        QCOMPARE(items->at(0).kind, RequestAgenda::Kind::Late);
        QCOMPARE(items->at(0).request.id, late->id);
        QVERIFY(items->at(0).text.contains(QStringLiteral("days late")));
        QCOMPARE(items->at(1).kind, RequestAgenda::Kind::DueSoon);
        QCOMPARE(items->at(1).request.id, soon->id);
        QCOMPARE(items->at(2).kind, RequestAgenda::Kind::NotSent);
        QVERIFY(items->at(2).request.id == unsent->id || items->at(3).request.id == unsent->id);
        // Told the letter was sent: the nudge goes away.
        QVERIFY(store.markSent(unsent->id, QDate(2026, 3, 30), Requests::SentBy::Email));
        QCOMPARE(RequestAgenda::items(*m_vault, today, QStringLiteral("en"))->size(), 4);
    }

    void requesterIsKeptInTheVaultOnly()
    {
        RequestStore store(*m_vault);
        QVERIFY(store.requester()->isEmpty());
        const Requester me{QStringLiteral("Anna Canaryname"),
                           QStringLiteral("Kerkstraat 1\nUtrecht"),
                           QStringLiteral("anna@example.invalid")};
        QVERIFY(store.saveRequester(me));
        QCOMPARE(store.requester()->name, me.name);
        QVERIFY(store.saveRequester({QStringLiteral("Anna Canaryname"), QString(), QString()}));
        QCOMPARE(store.requester()->address, QString());
        auto rect = newRequest(m_letter, Requests::Kind::Rectification);
        rect.details.wrongValue = QStringLiteral("Canarystraat 99");
        QVERIFY(store.create(rect));
        m_vault.reset();
        const QByteArray disk = TestSupport::vaultFilesBytes(m_dir.path());
        QVERIFY(!disk.isEmpty());
        QVERIFY(!disk.contains("Canaryname"));
        QVERIFY(!disk.contains("Canarystraat"));
    }
};

QTEST_GUILESS_MAIN(TestRequestStore)
#include "TestRequestStore.moc"
