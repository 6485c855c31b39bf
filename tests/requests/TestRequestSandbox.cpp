#include "../consent/SandboxFixture.h"

#include "requests/RequestHistoryVerifier.h"
#include "requests/RequestOutbox.h"
#include "requests/RequestSender.h"
#include "requests/RequestStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ConsentTestUtil;

// Rights requests through the real roer-sandbox over loopback, with real OAuth and the real
// keychain: delivered once whatever the retailer does on the way, followed up as the shop
// moves them along, and the copy of an access request stored as a snapshot.
class TestRequestSandbox : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    FakeClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<SandboxFixture> m_f;
    std::unique_ptr<RequestSender> m_sender;

    RightsRequest make(Requests::Kind kind, RequestDetails details = {})
    {
        RequestStore::NewRequest n;
        n.retailerId = m_f->retailerId;
        n.kind = kind;
        n.details = details;
        n.language = QStringLiteral("nl");
        auto r = RequestStore(*m_f->vault).create(n);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? *r : RightsRequest();
    }
    RightsRequest reread(const QString &id) { return RequestStore(*m_f->vault).find(id).value(); }
    int pending() { return RequestOutbox(*m_f->vault).pendingCount().value(); }

    bool step()
    {
        m_sender->sendDue();
        return QTest::qWaitFor([&] { return m_sender->inFlight() == 0; }, 20000);
    }
    bool drain(int rounds = 100)
    {
        for (int i = 0; i < rounds && pending() > 0; ++i) {
            if (!step())
                return false;
            if (pending() > 0)
                m_clock.advanceMs(10000);
        }
        return pending() == 0;
    }
    bool followUp()
    {
        m_sender->followUp();
        return QTest::qWaitFor([&] { return !m_sender->isFollowingUp(); }, 20000);
    }
    QJsonObject advance(const QString &id, const QString &action, const QJsonObject &body = {})
    {
        return m_sandbox.admin("POST", QStringLiteral("/_sandbox/requests/%1/%2").arg(id, action),
                               body);
    }
    // How often the sandbox applied each Idempotency-Key of our outbox.
    void verifyTakenOnce(int expected)
    {
        const QJsonObject all = m_sandbox.admin("GET", QStringLiteral("/_sandbox/requests"));
        QHash<QString, int> applied;
        for (const QJsonValue &v : all[QLatin1String("idempotency_keys")].toArray())
            applied.insert(v[QLatin1String("key")].toString(), v[QLatin1String("applied")].toInt());
        const auto entries = RequestOutbox(*m_f->vault).all().value();
        QCOMPARE(entries.size(), expected);
        for (const RequestOutboxEntry &e : entries) {
            QCOMPARE(e.status, Consent::Delivery::Confirmed);
            QCOMPARE(applied.value(e.idempotencyKey), 1);
        }
        QCOMPARE(all[QLatin1String("requests")].toArray().size(), expected);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(SandboxProcess::executable()), "build roer-sandbox first");
        QVERIFY(m_sandbox.start());
    }
    void init()
    {
        Clock::setInstance(&m_clock);
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset"));
        m_f = std::make_unique<SandboxFixture>();
        QVERIFY(m_f->setUp(m_sandbox.address()));
        auto linked = m_f->link();
        QVERIFY2(linked, linked.ok() ? "" : qPrintable(linked.error().message));
        m_sender = std::make_unique<RequestSender>(*m_f->vault, &m_f->network);
        m_sender->setTokenFetcher(m_f->accounts->tokenFetcher());
        m_sender->setBackoff(10, 200);
    }
    void cleanup()
    {
        m_sender.reset();
        m_f.reset();
        Clock::setInstance(nullptr);
    }

    void accessRequestFromSentToTheCopyAsASnapshot()
    {
        const RightsRequest made = make(Requests::Kind::Access);
        QCOMPARE(made.delivery, Requests::Delivery::Api);
        QCOMPARE(made.status, Requests::Status::Waiting);
        QCOMPARE(pending(), 1);
        QVERIFY(step());
        QCOMPARE(pending(), 0);
        RightsRequest r = reread(made.id);
        QCOMPARE(r.status, Requests::Status::Received);
        QVERIFY(r.receivedOn.isValid());
        QVERIFY(r.dueOn > r.receivedOn);
        QCOMPARE(r.sentBy, std::optional(Requests::SentBy::Api));
        verifyTakenOnce(1);

        // Nothing new at the shop: a follow-up changes nothing.
        QVERIFY(followUp());
        QCOMPARE(reread(made.id).status, Requests::Status::Received);
        advance(made.id, QStringLiteral("start"));
        QVERIFY(followUp());
        QCOMPARE(reread(made.id).status, Requests::Status::InProgress);
        advance(made.id, QStringLiteral("complete"));
        QVERIFY(followUp());
        r = reread(made.id);
        QCOMPARE(r.status, Requests::Status::Completed);
        QVERIFY(r.resultSnapshotId > 0);
        QVERIFY(r.accessInformation.contains(QLatin1String("purposes")));
        auto files = m_f->vault->prepare("SELECT path FROM data_file WHERE snapshot_id = ?");
        files.bind(1, r.resultSnapshotId);
        QStringList paths;
        while (files.step().value())
            paths.append(files.text(0));
        QVERIFY2(paths.contains(QStringLiteral("access_information.json")),
                 qPrintable(paths.join(QLatin1Char(','))));
        QVERIFY(paths.size() >= 2);
        // Asking again later neither fetches nor stores the copy twice.
        QVERIFY(followUp());
        QCOMPARE(reread(made.id).resultSnapshotId, r.resultSnapshotId);
        auto report = RequestHistoryVerifier::verify(*m_f->vault);
        QVERIFY(report && report->intact());
    }

    void faultsOnTheWay_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::newRow("fail_next 500") << QJsonObject{{QStringLiteral("fail_next"), 3}};
        QTest::newRow("rate_limit_next") << QJsonObject{{QStringLiteral("rate_limit_next"), 2},
                                                        {QStringLiteral("retry_after"), 5}};
        QTest::newRow("drop_after_commit_next")
            << QJsonObject{{QStringLiteral("drop_after_commit_next"), 2}};
        QTest::newRow("garbage wrong_shape")
            << QJsonObject{{QStringLiteral("garbage_next"), 1},
                           {QStringLiteral("garbage_kind"), QStringLiteral("wrong_shape")}};
        QTest::newRow("garbage truncated")
            << QJsonObject{{QStringLiteral("garbage_next"), 1},
                           {QStringLiteral("garbage_kind"), QStringLiteral("truncated")}};
        QTest::newRow("down") << QJsonObject{{QStringLiteral("down"), true}};
    }
    void faultsOnTheWay()
    {
        QFETCH(QJsonObject, faults);
        RequestDetails objectTo;
        objectTo.objectTo = Requests::ObjectTo::DirectMarketing;
        const RightsRequest a = make(Requests::Kind::Erasure);
        const RightsRequest b = make(Requests::Kind::Objection, objectTo);
        QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
        m_sandbox.setFaults(faults);
        QVERIFY(step());
        // The first attempt met the fault: nothing lost, nothing waits for the customer.
        for (const RequestOutboxEntry &e : RequestOutbox(*m_f->vault).all().value())
            QVERIFY(e.status != Consent::Delivery::NeedsAttention);
        if (faults.contains(QLatin1String("down"))) {
            for (int hour = 0; hour < 24; ++hour) {
                QVERIFY(step());
                QCOMPARE(pending(), 2);
                m_clock.advanceMs(3600 * 1000);
            }
            m_sandbox.setFaults({{QStringLiteral("down"), false}});
        }
        QVERIFY(drain());
        m_sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults"));
        verifyTakenOnce(2);
        QCOMPARE(reread(a.id).status, Requests::Status::Received);
        QCOMPARE(reread(b.id).status, Requests::Status::Received);
    }

    void extendedAndRefusedAreFollowed()
    {
        const RightsRequest erase = make(Requests::Kind::Erasure);
        RequestDetails restrict;
        restrict.reason = QStringLiteral("Ik betwist de juistheid.");
        const RightsRequest limit = make(Requests::Kind::Restriction, restrict);
        QVERIFY(drain());
        advance(erase.id, QStringLiteral("extend"));
        advance(limit.id, QStringLiteral("refuse"),
                {{QStringLiteral("reason"),
                  QJsonObject{{QStringLiteral("nl"), QStringLiteral("Wij doen dit niet.")},
                              {QStringLiteral("en"), QStringLiteral("We do not do this.")}}}});
        // An expired token on the way: refreshed once, the follow-up still works.
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/expire-tokens"));
        QVERIFY(followUp());
        const RightsRequest e = reread(erase.id);
        QCOMPARE(e.status, Requests::Status::Extended);
        QVERIFY(e.extendedDueOn > e.dueOn);
        QVERIFY(e.extensionCounts());
        const RightsRequest l = reread(limit.id);
        QCOMPARE(l.status, Requests::Status::Refused);
        QCOMPARE(l.reasonText(QStringLiteral("nl")), QStringLiteral("Wij doen dit niet."));
        QVERIFY(l.closedAt.isValid());
        // Closed requests are not asked about again; the history holds each step once.
        const int before = RequestStore(*m_f->vault).history(limit.id)->size();
        QVERIFY(followUp());
        QCOMPARE(RequestStore(*m_f->vault).history(limit.id)->size(), before);
    }

    void aRefusedDeliveryWaitsForTheCustomerThenGoesAgain()
    {
        const RightsRequest r = make(Requests::Kind::Access);
        // A 400 is not retried by itself: the customer sees it and may try again.
        m_sandbox.setFaults(
            {{QStringLiteral("fail_next"), 1}, {QStringLiteral("fail_status"), 400}});
        QVERIFY(step());
        auto entry = RequestOutbox(*m_f->vault).forRequest(r.id).value();
        QVERIFY(entry);
        QCOMPARE(entry->status, Consent::Delivery::NeedsAttention);
        QVERIFY(!entry->problem.isEmpty());
        QCOMPARE(reread(r.id).status, Requests::Status::Waiting);
        m_clock.advanceMs(3600 * 1000);
        QVERIFY(step());
        QCOMPARE(RequestOutbox(*m_f->vault).forRequest(r.id).value()->status,
                 Consent::Delivery::NeedsAttention);
        QVERIFY(RequestOutbox(*m_f->vault).retryNow(entry->id, m_clock.nowMs()));
        QVERIFY(drain());
        verifyTakenOnce(1);
        QCOMPARE(RequestOutbox(*m_f->vault).forRequest(r.id).value()->idempotencyKey,
                 entry->idempotencyKey);
        QCOMPARE(reread(r.id).status, Requests::Status::Received);
    }

    void erasureWithdrawsEveryConsentInTheSameCommit()
    {
        QVERIFY(m_f->fetchPurposes());
        ConsentStore consents(*m_f->vault);
        const auto marketing =
            consents.purpose(m_f->retailerId, QStringLiteral("direct-marketing")).value();
        QVERIFY(marketing);
        QVERIFY(consents.decide(
            ConsentTestUtil::request(m_f->retailerId, QStringLiteral("direct-marketing"),
                                     Consent::State::Given, marketing->channels.mid(0, 1))));
        QVERIFY(m_f->drain(m_clock));
        m_clock.advanceMs(60000);

        RequestDetails all;
        all.withdrawConsents = true;
        const RightsRequest r = make(Requests::Kind::Erasure, all);
        QVERIFY(!r.id.isEmpty());
        // Committed with the request: Roer's own choice is "withdrawn", and it waits to be sent.
        QCOMPARE(
            consents.decision(m_f->retailerId, QStringLiteral("direct-marketing")).value()->state,
            Consent::State::Withdrawn);
        QCOMPARE(m_f->pending(), 1);
        QVERIFY(m_f->drain(m_clock));
        QVERIFY(drain());
        verifyTakenOnce(1);
        const auto remote = m_f->fetchConsents();
        QVERIFY(remote);
        bool withdrawn = false;
        for (const RemoteConsent &c : *remote)
            if (c.purposeId == QLatin1String("direct-marketing"))
                withdrawn = c.state == Consent::State::Withdrawn;
        QVERIFY(withdrawn);
        const QJsonObject sent = m_sandbox.admin("GET", QStringLiteral("/_sandbox/requests"));
        QVERIFY(QJsonDocument(sent)
                    .toJson(QJsonDocument::Compact)
                    .contains("\"withdraw_consents\":true"));
    }
};

QTEST_GUILESS_MAIN(TestRequestSandbox)
#include "TestRequestSandbox.moc"
