#include "SandboxFixture.h"

#include "consent/Reconciler.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ConsentTestUtil;

// Roer's consent delivery against the real roer-sandbox process over loopback (HTTP and
// HTTPS with the test CA passed explicitly), with real OAuth + PKCE and the real keychain.
// Time is a FakeClock: backoff and Retry-After are followed without waiting for them.
class TestConsentSandbox : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    FakeClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<SandboxFixture> m_f;

    QString keyOf(const OutboxEntry &e) { return e.idempotencyKey; }

    // Every committed decision was applied exactly once per Idempotency-Key.
    void verifyAppliedOnce(int expectedDecisions)
    {
        const QJsonObject d = m_sandbox.decisions();
        QHash<QString, int> applied;
        for (const QJsonValue &v : d[QLatin1String("idempotency_keys")].toArray())
            applied.insert(v[QLatin1String("key")].toString(), v[QLatin1String("applied")].toInt());
        const auto entries = Outbox(*m_f->vault).all().value();
        QCOMPARE(entries.size(), expectedDecisions);
        for (const OutboxEntry &e : entries) {
            QCOMPARE(e.status, Consent::Delivery::Confirmed);
            QVERIFY(!e.receiptId.isEmpty());
            QCOMPARE(applied.value(e.idempotencyKey), 1);
        }
        QCOMPARE(d[QLatin1String("decisions")].toArray().size(), expectedDecisions);
    }

    void decide(Consent::State state, const QStringList &channels = {QStringLiteral("email")},
                const QString &purposeId = QStringLiteral("direct-marketing"))
    {
        auto r =
            ConsentStore(*m_f->vault).decide(request(m_f->retailerId, purposeId, state, channels));
        QVERIFY2(r, r.ok() ? "" : qPrintable(r.error().message));
        m_clock.advanceMs(1000); // decisions are apart in time, as a customer's are
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
        QVERIFY(m_f->fetchPurposes());
    }

    void cleanup()
    {
        m_f.reset();
        Clock::setInstance(nullptr);
    }

    void oauthWithPkceLinksAndKeepsTokensInKeychainOnly()
    {
        QVERIFY(m_f->accounts->isLinked(m_f->retailerId));
        // The discovered API base replaced the origin the customer typed.
        QVERIFY(ConsentStore(*m_f->vault)
                    .retailer(m_f->retailerId)
                    ->apiBase.endsWith(QLatin1String("/v1/")));
        auto st = m_f->vault->prepare("SELECT token_slot FROM consent_link");
        QVERIFY(st.step().value());
        auto secret = m_f->keychain.readBlocking(QStringLiteral("retailer-token-") + st.text(0));
        QVERIFY(secret);
        const QJsonObject tokens =
            QJsonDocument::fromJson(QByteArray(secret->constChar(), qsizetype(secret->size())))
                .object();
        const QString access = tokens[QLatin1String("access_token")].toString();
        QVERIFY(!access.isEmpty());
        QVERIFY(!tokens[QLatin1String("refresh_token")].toString().isEmpty());
        // Not in the vault's tables either (the vault only knows the slot).
        auto any = m_f->vault->prepare(
            "SELECT COUNT(*) FROM consent_link WHERE token_slot LIKE '%' || ? || '%'"
            " OR scope LIKE '%' || ? || '%'");
        any.bind(1, access).bind(2, access);
        QVERIFY(any.step().value());
        QCOMPARE(any.int64(0), qint64(0));
        QVERIFY(m_f->fetchConsents());
    }

    void grantAndWithdrawRoundTripWithReceipts()
    {
        decide(Consent::State::Given, {QStringLiteral("email"), QStringLiteral("sms")});
        decide(Consent::State::Withdrawn, {});
        QVERIFY(m_f->drain(m_clock));
        verifyAppliedOnce(2);
        auto decision =
            ConsentStore(*m_f->vault).decision(m_f->retailerId, QStringLiteral("direct-marketing"));
        QCOMPARE((*decision)->delivery, Consent::Delivery::Confirmed);
        QVERIFY(!(*decision)->receiptId.isEmpty());
        auto theirs = m_f->fetchConsents();
        QVERIFY(theirs);
        bool found = false;
        for (const RemoteConsent &c : *theirs)
            if (c.purposeId == QLatin1String("direct-marketing")) {
                found = true;
                QCOMPARE(c.state, Consent::State::Withdrawn);
                QCOMPARE(c.source, QStringLiteral("roer"));
            }
        QVERIFY(found);
    }

    void reconciliationFindsMismatch()
    {
        decide(Consent::State::Withdrawn, {});
        QVERIFY(m_f->drain(m_clock));
        // The retailer records a "yes" on its own (a tick box at the till).
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/retailer-consent"),
                        {{QStringLiteral("customer_id"), QStringLiteral("c-1001")},
                         {QStringLiteral("purpose_id"), QStringLiteral("direct-marketing")},
                         {QStringLiteral("state"), QStringLiteral("given")},
                         {QStringLiteral("channels"), QJsonArray{QStringLiteral("email")}}});
        auto theirs = m_f->fetchConsents();
        QVERIFY(theirs);
        ConsentStore store(*m_f->vault);
        const auto diffs = Reconciler::compare(*store.decisions(m_f->retailerId), *theirs,
                                               *store.purposes(m_f->retailerId),
                                               QStringLiteral("en"), m_clock.now().date());
        bool stillListed = false;
        for (const auto &d : diffs)
            if (d.kind == Reconciler::Difference::StillListed
                && d.purposeId == QLatin1String("direct-marketing")) {
                stillListed = true;
                QVERIFY(d.text.startsWith(QStringLiteral("They still list you for")));
                QVERIFY(d.text.contains(QStringLiteral("which you withdrew on")));
            }
        QVERIFY(stillListed);
    }

    void faultSwitches_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::addColumn<int>("decisions");
        QTest::newRow("fail_next 500") << QJsonObject{{QStringLiteral("fail_next"), 3}} << 2;
        QTest::newRow("fail_next 503")
            << QJsonObject{{QStringLiteral("fail_next"), 2}, {QStringLiteral("fail_status"), 503}}
            << 1;
        QTest::newRow("rate_limit_next") << QJsonObject{{QStringLiteral("rate_limit_next"), 2},
                                                        {QStringLiteral("retry_after"), 5}}
                                         << 2;
        QTest::newRow("drop_after_commit_next")
            << QJsonObject{{QStringLiteral("drop_after_commit_next"), 2}} << 2;
        QTest::newRow("garbage html")
            << QJsonObject{{QStringLiteral("garbage_next"), 1},
                           {QStringLiteral("garbage_kind"), QStringLiteral("html")}}
            << 1;
        QTest::newRow("garbage wrong_shape")
            << QJsonObject{{QStringLiteral("garbage_next"), 1},
                           {QStringLiteral("garbage_kind"), QStringLiteral("wrong_shape")}}
            << 1;
        QTest::newRow("garbage truncated")
            << QJsonObject{{QStringLiteral("garbage_next"), 1},
                           {QStringLiteral("garbage_kind"), QStringLiteral("truncated")}}
            << 1;
        QTest::newRow("fail_ratio 0.3")
            << QJsonObject{{QStringLiteral("fail_ratio"), 0.3}, {QStringLiteral("seed"), 7}} << 12;
        QTest::newRow("delay_ms beyond timeout")
            << QJsonObject{{QStringLiteral("delay_ms"), 1500}} << 1;
    }
    void faultSwitches()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(int, decisions);
        const QStringList purposes{QStringLiteral("direct-marketing"),
                                   QStringLiteral("product-recommendations"),
                                   QStringLiteral("store-visit-analytics")};
        QStringList known;
        const QList<RetailerPurpose> stored =
            ConsentStore(*m_f->vault).purposes(m_f->retailerId).value();
        for (const RetailerPurpose &p : stored)
            known.append(p.id);
        for (int i = 0; i < decisions; ++i) {
            const QString purposeId = purposes.at(i % purposes.size());
            if (!known.contains(purposeId))
                QSKIP("sandbox purposes changed");
            decide(i % 2 ? Consent::State::Withdrawn : Consent::State::Given,
                   i % 2 ? QStringList()
                         : ConsentStore(*m_f->vault)
                               .purpose(m_f->retailerId, purposeId)
                               .value()
                               ->channels.mid(0, 1),
                   purposeId);
        }
        const bool delayed = faults.contains(QLatin1String("delay_ms"));
        if (delayed)
            m_f->sender->setTimeoutMs(400);
        m_sandbox.setFaults(faults);
        QVERIFY(m_f->step());
        // The first attempt met the fault: nothing is lost, nothing needs the customer.
        const auto after = Outbox(*m_f->vault).all().value();
        for (const OutboxEntry &e : after)
            QVERIFY(e.status != Consent::Delivery::NeedsAttention
                    && e.status != Consent::Delivery::Refused);
        if (faults.contains(QLatin1String("rate_limit_next"))) {
            // Retry-After (5 s) is honoured: not due one second later...
            QVERIFY(m_f->pending() > 0);
            m_clock.advanceMs(1000);
            const int before =
                m_sandbox.decisions()[QLatin1String("requests")][QLatin1String("total")].toInt();
            QVERIFY(m_f->step());
            QCOMPARE(m_sandbox.decisions()[QLatin1String("requests")][QLatin1String("total")]
                         .toInt(),
                     before);
            m_clock.advanceMs(5000);
        }
        if (delayed) {
            m_sandbox.setFaults({{QStringLiteral("delay_ms"), 0}});
            m_f->sender->setTimeoutMs(10000);
        }
        QVERIFY(m_f->drain(m_clock));
        m_sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults"));
        verifyAppliedOnce(decisions);
        if (faults.contains(QLatin1String("drop_after_commit_next"))) {
            int replayed = 0;
            for (const QJsonValue &v :
                 m_sandbox.decisions()[QLatin1String("idempotency_keys")].toArray())
                replayed += v[QLatin1String("replayed")].toInt();
            QVERIFY(replayed >= 1); // the retry got the stored receipt, not a second application
        }
    }

    void retailerDownForDaysThenDelivered()
    {
        decide(Consent::State::Withdrawn, {});
        m_sandbox.setFaults({{QStringLiteral("down"), true}});
        // Three simulated days, one look per hour: the decision waits, never given up.
        for (int hour = 0; hour < 72; ++hour) {
            QVERIFY(m_f->step());
            QCOMPARE(m_f->pending(), 1);
            const OutboxEntry e = Outbox(*m_f->vault).all()->first();
            QCOMPARE(e.status, Consent::Delivery::Waiting);
            QCOMPARE(e.httpStatus, 503);
            m_clock.advanceMs(3600 * 1000);
        }
        const OutboxEntry waiting = Outbox(*m_f->vault).all()->first();
        QVERIFY(waiting.attempts >= 36); // Retry-After: 3600 was followed, hour after hour
        m_sandbox.setFaults({{QStringLiteral("down"), false}});
        QVERIFY(m_f->drain(m_clock, 10, 3600 * 1000));
        verifyAppliedOnce(1);
        QCOMPARE(Outbox(*m_f->vault).all()->first().idempotencyKey, waiting.idempotencyKey);
    }

    void otherClientErrorsNeedAttentionAndAreNotRetried()
    {
        // Roer refuses a channel the purpose does not use before anything is stored...
        QVERIFY(!ConsentStore(*m_f->vault)
                     .decide(request(m_f->retailerId, QStringLiteral("direct-marketing"),
                                     Consent::State::Given, {QStringLiteral("phone")})));
        // ...and a 4xx answer that is not about load is shown, not retried.
        decide(Consent::State::Given, {QStringLiteral("email")});
        m_sandbox.setFaults(
            {{QStringLiteral("fail_next"), 1}, {QStringLiteral("fail_status"), 400}});
        QVERIFY(m_f->step());
        m_sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults"));
        OutboxEntry e = Outbox(*m_f->vault).all()->first();
        QCOMPARE(e.status, Consent::Delivery::NeedsAttention);
        QCOMPARE(e.httpStatus, 400);
        QVERIFY(!e.problem.isEmpty());
        const int before =
            m_sandbox.decisions()[QLatin1String("requests")][QLatin1String("total")].toInt();
        m_clock.advanceMs(24 * 3600 * 1000);
        QVERIFY(m_f->step());
        QCOMPARE(m_sandbox.decisions()[QLatin1String("requests")][QLatin1String("total")].toInt(),
                 before);
        QCOMPARE(m_f->pending(), 0);
    }

    void contractPurposeRefusedByRetailer()
    {
        // Roer refuses this itself; a retailer that still gets such a decision answers 409.
        const OutboxEntry probe = [&] {
            decide(Consent::State::Given, {QStringLiteral("email")},
                   QStringLiteral("order-delivery"));
            return Outbox(*m_f->vault).all()->first();
        }();
        QJsonObject payload = probe.payload;
        payload[QStringLiteral("state")] = QStringLiteral("withdrawn");
        std::optional<RetailerApiClient::PutOutcome> outcome;
        m_f->client()->putConsent(QStringLiteral("order-delivery"),
                                  QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  RetailerApiClient::putBody(payload),
                                  [&](RetailerApiClient::PutOutcome o) { outcome = o; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000));
        QCOMPARE(outcome->httpStatus, 409);
        QCOMPARE(outcome->kind, RetailerApiClient::PutOutcome::Refused);
    }

    void expiredTokenIsRefreshedOnce()
    {
        // Replace the stored access token with one the retailer does not know.
        auto st = m_f->vault->prepare("SELECT token_slot FROM consent_link");
        QVERIFY(st.step().value());
        const QString account = QStringLiteral("retailer-token-") + st.text(0);
        auto secret = m_f->keychain.readBlocking(account);
        QJsonObject tokens =
            QJsonDocument::fromJson(QByteArray(secret->constChar(), qsizetype(secret->size())))
                .object();
        tokens[QStringLiteral("access_token")] = QStringLiteral("at_not_valid");
        QByteArray json = QJsonDocument(tokens).toJson(QJsonDocument::Compact);
        QVERIFY(m_f->keychain.writeBlocking(account, SecureBytes::takeFrom(json)));
        m_f->sender.reset();
        m_f->accounts =
            std::make_unique<RetailerAccounts>(*m_f->vault, &m_f->keychain, &m_f->network);
        m_f->sender = std::make_unique<OutboxSender>(*m_f->vault, &m_f->network);
        m_f->sender->setTokenFetcher(m_f->accounts->tokenFetcher());
        decide(Consent::State::Withdrawn, {});
        QVERIFY(m_f->drain(m_clock, 5));
        verifyAppliedOnce(1);
    }

    void exportIsFetched()
    {
        std::optional<Result<QByteArray>> result;
        m_f->client()->fetchExport([&](Result<QByteArray> r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QVERIFY(*result);
        QCOMPARE(QJsonDocument::fromJson(**result)[QLatin1String("format")].toString(),
                 QStringLiteral("roer-export"));
    }

    void httpApiAddressOffLoopbackIsRefused()
    {
        SandboxFixture f;
        QVERIFY(f.setUp(QStringLiteral("http://shop.example")));
        auto linked = f.link();
        QVERIFY(!linked);
        QCOMPARE(linked.error().code, ErrorCode::Refused);
        QVERIFY(linked.error().message.contains(QStringLiteral("HTTPS")));
        // A decision for it is kept, and shown as needing attention instead of being sent.
        QVERIFY(ConsentStore(*f.vault).savePurposes(f.retailerId,
                                                    {purpose(QStringLiteral("m"),
                                                             QStringLiteral("dpv:Consent"), {})}));
        QVERIFY(ConsentStore(*f.vault).decide(
            request(f.retailerId, QStringLiteral("m"), Consent::State::Withdrawn)));
        QVERIFY(f.step());
        QCOMPARE(Outbox(*f.vault).all()->first().status, Consent::Delivery::NeedsAttention);
    }

    void httpsWithTestCa()
    {
        SandboxProcess tls;
        QVERIFY(tls.start(
            {QStringLiteral("--tls-cert"), SandboxProcess::tlsFile(QStringLiteral("server.pem")),
             QStringLiteral("--tls-key"), SandboxProcess::tlsFile(QStringLiteral("server.key"))}));
        QCOMPARE(tls.url().scheme(), QStringLiteral("https"));
        SandboxFixture f;
        QVERIFY(f.setUp(tls.address(), SandboxProcess::withTestCa()));
        auto linked = f.link();
        QVERIFY2(linked, linked.ok() ? "" : qPrintable(linked.error().message));
        QVERIFY(f.fetchPurposes());
        QVERIFY(ConsentStore(*f.vault).decide(
            request(f.retailerId, QStringLiteral("direct-marketing"), Consent::State::Withdrawn)));
        QVERIFY(f.drain(m_clock, 5));
        QCOMPARE(Outbox(*f.vault).all()->first().status, Consent::Delivery::Confirmed);
    }

    void untrustedCertificateIsRefused_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("withCa");
        QTest::newRow("self-signed, test CA given") << "selfsigned.pem"
                                                    << "selfsigned.key" << true;
        QTest::newRow("CA-signed, CA not given") << "server.pem"
                                                 << "server.key" << false;
    }
    void untrustedCertificateIsRefused()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(bool, withCa);
        SandboxProcess tls;
        QVERIFY(tls.start({QStringLiteral("--tls-cert"), SandboxProcess::tlsFile(cert),
                           QStringLiteral("--tls-key"), SandboxProcess::tlsFile(key)}));
        SandboxFixture f;
        QVERIFY(f.setUp(tls.address(),
                        withCa ? std::optional(SandboxProcess::withTestCa()) : std::nullopt));
        auto linked = f.link();
        QVERIFY(!linked);
        QCOMPARE(linked.error().code, ErrorCode::Refused);
        // The sender does not send either; the customer is told.
        QVERIFY(ConsentStore(*f.vault).savePurposes(f.retailerId,
                                                    {purpose(QStringLiteral("m"),
                                                             QStringLiteral("dpv:Consent"), {})}));
        QVERIFY(ConsentStore(*f.vault).decide(
            request(f.retailerId, QStringLiteral("m"), Consent::State::Withdrawn)));
        QVERIFY(f.step());
        QCOMPARE(Outbox(*f.vault).all()->first().status, Consent::Delivery::NeedsAttention);
        QVERIFY(tls.decisions()[QLatin1String("decisions")].toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsentSandbox)
#include "TestConsentSandbox.moc"
