#include "ConsentTestUtil.h"

#include "consent/ConsentHistoryExport.h"
#include "consent/ConsentHistoryVerifier.h"
#include "consent/DecisionLetter.h"
#include "consent/OAuthLoopbackFlow.h"
#include "consent/Outbox.h"
#include "consent/OutboxSender.h"
#include "consent/Reconciler.h"
#include "consent/RetailerApiClient.h"
#include "vault/VaultTransaction.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ConsentTestUtil;

// The consent model in a real SQLCipher vault: decisions, hash-chained records, the outbox
// written in the same transaction, tamper detection, exports, reconciliation and letters.
class TestConsentStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    qint64 m_api = 0;
    qint64 m_letter = 0;
    FakeClock m_clock;

private slots:
    void init()
    {
        Clock::setInstance(&m_clock);
        m_dir.remove();
        QVERIFY(QDir().mkpath(m_dir.path()));
        m_vault = makeVault(m_dir.path());
        QVERIFY(m_vault);
        m_api = addRetailer(*m_vault, QStringLiteral("Zandbak"),
                            QStringLiteral("https://zandbak.example"));
        m_letter = addRetailer(*m_vault, QStringLiteral("Papier"), QString());
        QVERIFY(m_api && m_letter);
        ConsentStore store(*m_vault);
        QVERIFY(store.savePurposes(
            m_api,
            {purpose(QStringLiteral("direct-marketing"), QStringLiteral("dpv:Consent"),
                     {QStringLiteral("email"), QStringLiteral("sms")}),
             purpose(QStringLiteral("order-delivery"), QStringLiteral("dpv:Contract"),
                     {QStringLiteral("email")}, true),
             purpose(QStringLiteral("ads"), QStringLiteral("dpv:LegitimateInterest"), {})}));
    }
    void cleanup()
    {
        m_vault.reset();
        Clock::setInstance(nullptr);
    }

    void decisionRecordAndOutboxCommitTogether()
    {
        ConsentStore store(*m_vault);
        auto rec =
            store.decide(request(m_api, QStringLiteral("direct-marketing"), Consent::State::Given,
                                 {QStringLiteral("sms"), QStringLiteral("email")}));
        QVERIFY2(rec, rec.ok() ? "" : qPrintable(rec.error().message));
        QCOMPARE(rec->channels, (QStringList{QStringLiteral("email"), QStringLiteral("sms")}));
        QCOMPARE(rec->previousHash, ConsentRecord::genesisHash());
        auto entries = Outbox(*m_vault).all();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const OutboxEntry e = entries->first();
        QCOMPARE(e.recordId, rec->recordId);
        QCOMPARE(e.status, Consent::Delivery::Waiting);
        QVERIFY(!QUuid::fromString(e.idempotencyKey).isNull());
        auto decision = store.decision(m_api, QStringLiteral("direct-marketing"));
        QVERIFY(decision && *decision);
        QCOMPARE((*decision)->recordId, rec->recordId);
        QCOMPARE((*decision)->delivery, Consent::Delivery::Waiting);

        // The key stays the same through attempts and retries.
        Outbox outbox(*m_vault);
        QVERIFY(outbox.markSent(e.id, 1));
        QVERIFY(outbox.scheduleRetry(e.id, 5, 500, QStringLiteral("x"), 2));
        QVERIFY(outbox.markSent(e.id, 6));
        auto again = outbox.byId(e.id);
        QCOMPARE((*again)->idempotencyKey, e.idempotencyKey);
        QCOMPARE((*again)->attempts, 2);
    }

    void failedDecisionLeavesNothing()
    {
        // A decision that fails inside the transaction leaves no record, decision or outbox entry.
        QVERIFY(m_vault->exec("CREATE TRIGGER fail_outbox BEFORE INSERT ON consent_outbox"
                              " BEGIN SELECT RAISE(ABORT, 'test'); END"));
        ConsentStore store(*m_vault);
        QVERIFY(!store.decide(request(m_api, QStringLiteral("direct-marketing"),
                                      Consent::State::Given, {QStringLiteral("email")})));
        QCOMPARE(store.history(m_api)->size(), 0);
        QCOMPARE(store.decisions(m_api)->size(), 0);
    }

    void contractPurposeCannotBeSwitchedOff()
    {
        ConsentStore store(*m_vault);
        auto r = store.decide(
            request(m_api, QStringLiteral("order-delivery"), Consent::State::Withdrawn));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!store.decide(
            request(m_api, QStringLiteral("unknown-purpose"), Consent::State::Given)));
        QVERIFY(!store.decide(request(m_api, QStringLiteral("direct-marketing"),
                                      Consent::State::Given, {QStringLiteral("pigeon")})));
        // "Yes" must name ways of contact the purpose really uses.
        QVERIFY(!store.decide(
            request(m_api, QStringLiteral("direct-marketing"), Consent::State::Given, {})));
        QVERIFY(!store.decide(request(m_api, QStringLiteral("direct-marketing"),
                                      Consent::State::Given, {QStringLiteral("post")})));
        QCOMPARE(store.history(m_api)->size(), 0);
    }

    void historyIsChainedAndVerified()
    {
        ConsentStore store(*m_vault);
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            m_clock.advanceMs(60000);
            auto r = store.decide(request(m_api, QStringLiteral("direct-marketing"),
                                          i % 2 ? Consent::State::Withdrawn : Consent::State::Given,
                                          {QStringLiteral("email")}));
            QVERIFY(r);
            ids.append(r->recordId);
        }
        QVERIFY(store.decide(
            request(m_letter, QStringLiteral("newsletter"), Consent::State::Withdrawn)));
        auto history = store.history(m_api);
        QCOMPARE(history->size(), 4);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(history->at(i).previousRecordId, ids.at(i - 1));
            QCOMPARE(history->at(i).previousHash, history->at(i - 1).hash);
            QCOMPARE(history->at(i).computeHash(), history->at(i).hash);
        }
        auto report = ConsentHistoryVerifier::verify(*m_vault);
        QVERIFY(report);
        QCOMPARE(report->recordsChecked, 5);
        QVERIFY(report->intact());
        // Records are append-only.
        QVERIFY(!m_vault->exec("UPDATE consent_record SET hash = 'x'"));
    }

    void verifierDetectsTampering_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("state changed")
            << QByteArray("UPDATE consent_record SET canonical = replace(canonical, "
                          "'ConsentWithdrawn', 'ConsentGiven') WHERE seq = 2");
        QTest::newRow("hash recomputed without chain")
            << QByteArray("UPDATE consent_record SET previous_hash = hash WHERE seq = 3");
        QTest::newRow("middle record removed")
            << QByteArray("DELETE FROM consent_record WHERE seq = 2");
        QTest::newRow("last record removed")
            << QByteArray("DELETE FROM consent_record WHERE seq = 3");
        QTest::newRow("records swapped")
            << QByteArray("UPDATE consent_record SET seq = seq + 100 WHERE seq = 1; UPDATE "
                          "consent_record SET seq = 1 WHERE seq = 2;"
                          " UPDATE consent_record SET seq = 2 WHERE seq = 101");
    }
    void verifierDetectsTampering()
    {
        QFETCH(QByteArray, sql);
        ConsentStore store(*m_vault);
        QVERIFY(store.decide(request(m_api, QStringLiteral("direct-marketing"),
                                     Consent::State::Given, {QStringLiteral("email")})));
        QVERIFY(store.decide(
            request(m_api, QStringLiteral("direct-marketing"), Consent::State::Withdrawn)));
        QVERIFY(store.decide(request(m_api, QStringLiteral("ads"), Consent::State::Withdrawn)));
        QVERIFY(ConsentHistoryVerifier::verify(*m_vault)->intact());
        // Someone with the key edits the file behind Roer's back.
        QVERIFY(m_vault->exec("DROP TRIGGER consent_record_append_only"));
        QVERIFY(m_vault->exec(sql.constData()));
        auto report = ConsentHistoryVerifier::verify(*m_vault);
        QVERIFY(report);
        QVERIFY(!report->intact());
    }

    void exportJsonAndHtml()
    {
        ConsentStore store(*m_vault);
        QVERIFY(store.decide(request(m_api, QStringLiteral("direct-marketing"),
                                     Consent::State::Given, {QStringLiteral("email")})));
        QVERIFY(store.decide(
            request(m_api, QStringLiteral("direct-marketing"), Consent::State::Withdrawn)));
        auto retailer = store.retailer(m_api);
        auto history = store.history(m_api);
        const QByteArray json =
            ConsentHistoryExport::toJson(*retailer, *history, true, m_clock.now());
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(o[QLatin1String("records")].toArray().size(), 2);
        // Anyone can re-check the chain from the export alone.
        const QJsonArray records = o[QLatin1String("records")].toArray();
        QByteArray previous = ConsentRecord::genesisHash();
        for (const QJsonValue &v : records) {
            QJsonObject r = v.toObject();
            const QByteArray hash = r.take(QLatin1String("hash")).toString().toLatin1();
            QCOMPARE(r.take(QLatin1String("previous_hash")).toString().toLatin1(), previous);
            QCOMPARE(ConsentRecord::hashOf(QJsonDocument(r).toJson(QJsonDocument::Compact),
                                           previous),
                     hash);
            previous = hash;
        }
        const QByteArray html =
            ConsentHistoryExport::toHtml(*retailer, *history, true, m_clock.now());
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(html.contains("Offers and news"));
    }

    void htmlEscapesRetailerText()
    {
        auto st = m_vault->prepare("UPDATE retailer SET name = '<script>x</script>' WHERE id = ?");
        QVERIFY(st.bind(1, m_letter).exec());
        ConsentStore store(*m_vault);
        QVERIFY(store.decide(
            request(m_letter, QStringLiteral("newsletter"), Consent::State::Withdrawn)));
        const QByteArray html =
            ConsentHistoryExport::toHtml(*store.retailer(m_letter), *store.history(m_letter), true,
                                         m_clock.now());
        QVERIFY(!html.contains("<script>"));
    }

    void retailerWithoutApiGetsALetter()
    {
        ConsentStore store(*m_vault);
        auto rec = store.decide(request(m_letter, QStringLiteral("newsletter"),
                                        Consent::State::Withdrawn, {QStringLiteral("email")}));
        QVERIFY(rec);
        QCOMPARE(Outbox(*m_vault).all()->size(), 0);
        auto d = store.decision(m_letter, QStringLiteral("newsletter"));
        QCOMPARE((*d)->delivery, Consent::Delivery::ByLetter);
        QVERIFY(store.markLetterSent(m_letter, QStringLiteral("newsletter"), m_clock.now()));
        d = store.decision(m_letter, QStringLiteral("newsletter"));
        QVERIFY((*d)->letterSentAt.isValid());
        QVERIFY((*d)->deliveryText().startsWith(QStringLiteral("Sent by you on")));

        RetailerPurpose consentPurpose =
            purpose(QStringLiteral("newsletter"), QStringLiteral("dpv:Consent"), {});
        auto en = DecisionLetter::make(*store.retailer(m_letter), consentPurpose, *rec,
                                       QStringLiteral("en"));
        QCOMPARE(en.kind, DecisionLetter::Kind::Withdrawal);
        QVERIFY(en.body.contains(QStringLiteral("Article 7(3)")));
        QCOMPARE(en.to, QStringLiteral("privacy@example.invalid"));
        auto nl = DecisionLetter::make(*store.retailer(m_letter), consentPurpose, *rec,
                                       QStringLiteral("nl"));
        QVERIFY(nl.body.contains(QStringLiteral("artikel 7, lid 3")));
        QVERIFY(nl.body.contains(QStringLiteral("Aanbiedingen en nieuws")));

        RetailerPurpose interest =
            purpose(QStringLiteral("ads"), QStringLiteral("dpv:LegitimateInterest"), {});
        auto objection =
            DecisionLetter::make(*store.retailer(m_letter), interest, *rec, QStringLiteral("en"));
        QCOMPARE(objection.kind, DecisionLetter::Kind::Objection);
        QVERIFY(
            objection.body.contains(QStringLiteral("Article 21(3)"))); // direct marketing: absolute
        interest.dpvPurpose = QStringLiteral("dpv:FraudPreventionAndDetection");
        interest.id = QStringLiteral("fraud");
        auto plain =
            DecisionLetter::make(*store.retailer(m_letter), interest, *rec, QStringLiteral("en"));
        QVERIFY(!plain.body.contains(QStringLiteral("21(3)")));
        QVERIFY(plain.body.contains(QStringLiteral("Article 21")));
    }

    void expiredWhenUntilPassed()
    {
        ConsentStore store(*m_vault);
        DecisionRequest r = request(m_api, QStringLiteral("direct-marketing"),
                                    Consent::State::Given, {QStringLiteral("email")});
        r.context.until = QDate(2026, 3, 10);
        QVERIFY(store.decide(r));
        auto d = store.decision(m_api, QStringLiteral("direct-marketing"));
        QCOMPARE((*d)->effectiveState(QDate(2026, 3, 10)), Consent::State::Given);
        QCOMPARE((*d)->effectiveState(QDate(2026, 3, 11)), Consent::State::Expired);
    }

    void reconciliationSaysWhatDiffers()
    {
        ConsentStore store(*m_vault);
        QVERIFY(store.decide(
            request(m_api, QStringLiteral("direct-marketing"), Consent::State::Withdrawn)));
        // Delivered: mark the entry confirmed so the difference is a real one.
        const OutboxEntry e = Outbox(*m_vault).all()->first();
        QVERIFY(Outbox(*m_vault).markConfirmed(e.id, QStringLiteral("r"), QString(), {}, 1));
        RemoteConsent theirs;
        theirs.purposeId = QStringLiteral("direct-marketing");
        theirs.state = Consent::State::Given;
        theirs.channels = {QStringLiteral("email")};
        RemoteConsent extra;
        extra.purposeId = QStringLiteral("ads");
        extra.state = Consent::State::Given;
        const auto diffs =
            Reconciler::compare(*store.decisions(m_api), {theirs, extra}, *store.purposes(m_api),
                                QStringLiteral("en"), QDate(2026, 3, 20));
        QCOMPARE(diffs.size(), 2);
        QCOMPARE(diffs[0].kind, Reconciler::Difference::StillListed);
        QCOMPARE(
            diffs[0].text,
            QStringLiteral(
                "They still list you for \"Offers and news\", which you withdrew on 3 March."));
        QCOMPARE(diffs[1].kind, Reconciler::Difference::OnlyAtRetailer);
        // Agreement gives no differences.
        theirs.state = Consent::State::Withdrawn;
        QVERIFY(Reconciler::compare(*store.decisions(m_api), {theirs}, {}, QStringLiteral("en"),
                                    QDate(2026, 3, 20))
                    .isEmpty());
    }

    void addressRules_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << "https://shop.example" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8470" << true;
        QTest::newRow("http loopback 127/8") << "http://127.1.2.3:8470" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8470" << true;
        QTest::newRow("http localhost") << "http://localhost:8470/v1/" << true;
        QTest::newRow("http remote") << "http://shop.example" << false;
        QTest::newRow("http private net") << "http://192.168.1.10" << false;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.evil.example" << false;
        QTest::newRow("ftp") << "ftp://shop.example" << false;
        QTest::newRow("credentials") << "https://user:pw@shop.example" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }
    void addressRules()
    {
        QFETCH(QString, address);
        QFETCH(bool, accepted);
        auto r = RetailerApiClient::checkAddress(address);
        QCOMPARE(r.ok(), accepted);
        if (!accepted)
            QVERIFY(!r.error().message.isEmpty());
    }

    void pkceChallengeMatchesRfc7636()
    {
        // RFC 7636 Appendix B.
        QCOMPARE(OAuthLoopbackFlow::codeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QByteArray v = OAuthLoopbackFlow::makeCodeVerifier();
        QVERIFY(v.size() >= 43);
        QVERIFY(v != OAuthLoopbackFlow::makeCodeVerifier());
    }

    void retryAfterParsing()
    {
        QCOMPARE(RetailerApiClient::parseRetryAfter("120", 0).value(), qint64(120000));
        const qint64 now =
            QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(RetailerApiClient::parseRetryAfter("Tue, 03 Mar 2026 09:01:00 GMT", now).value(),
                 qint64(60000));
        QVERIFY(!RetailerApiClient::parseRetryAfter("soon", 0));
    }

    void backoffHasFullJitterAndCap()
    {
        for (int attempt = 1; attempt < 60; ++attempt) {
            const qint64 b = OutboxSender::backoffMs(attempt, 1000, 60000);
            QVERIFY(b >= 0 && b <= 60000);
        }
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i)
            seen.insert(OutboxSender::backoffMs(10, 1000, 3600000));
        QVERIFY(seen.size() > 10); // jittered, not a fixed ladder
    }

    void orderIsKeptPerPurpose()
    {
        ConsentStore store(*m_vault);
        QVERIFY(store.decide(request(m_api, QStringLiteral("direct-marketing"),
                                     Consent::State::Given, {QStringLiteral("email")})));
        QVERIFY(store.decide(
            request(m_api, QStringLiteral("direct-marketing"), Consent::State::Withdrawn)));
        QVERIFY(store.decide(request(m_api, QStringLiteral("ads"), Consent::State::Withdrawn)));
        auto due = Outbox(*m_vault).due(m_clock.nowMs(), 10);
        QCOMPARE(due->size(), 2); // the second marketing decision waits for the first
        QCOMPARE(due->at(0).purposeId, QStringLiteral("direct-marketing"));
        QCOMPARE(due->at(1).purposeId, QStringLiteral("ads"));
    }
};

QTEST_GUILESS_MAIN(TestConsentStore)
#include "TestConsentStore.moc"
