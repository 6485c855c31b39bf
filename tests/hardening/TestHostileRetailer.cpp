// Hostile retailer campaign (issue 13): roer-sandbox --hostile MODE answers over real
// loopback HTTPS, at 1 Gbit/s, with huge bodies, endless streams, slow drips, redirects to another
// origin and JSON labelled as HTML; HTTPS with an untrusted, a wrong-name and an expired
// certificate. Every call of the API client is refused within its limits (size caps, the
// transfer timeout and the deadline for the whole answer, no cross-origin redirect, JSON
// only), and a decision in the outbox stays there, undelivered and not lost.
#include "../consent/SandboxProcess.h"
#include "Campaign.h"

#include "consent/ConsentStore.h"
#include "consent/Outbox.h"
#include "consent/OutboxSender.h"
#include "consent/RetailerApiClient.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

namespace {
constexpr int kTransferTimeoutMs = 1500;
constexpr int kDeadlineMs = 3000;
constexpr int kExportDeadlineMs = 4000;
constexpr qint64 kMaxAnswer = 256 * 1024;
constexpr qint64 kMaxExport = 1024 * 1024;
} // namespace

class TestHostileRetailer : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    int m_refusals = 0;

    // The peak resident memory of this process so far (VmHWM), in KiB.
    static qint64 peakRssKiB()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        return 0;
    }

    // Linux sets the peak (VmHWM) back to the current size when "5" is written to clear_refs,
    // so each mode measures its own peak, not the largest of the modes before it.
    static void resetPeakRss()
    {
        QFile refs(QStringLiteral("/proc/self/clear_refs"));
        if (refs.open(QIODevice::WriteOnly))
            refs.write("5");
    }

    struct Outcome
    {
        QString call;
        bool refused = false;
        QString message;
        qint64 ms = 0;
    };

    // The customer links at the plain sandbox behind the hostile front (same store), with
    // the authorization code flow, to get a token the front accepts.
    QByteArray tokenFrom(const QUrl &inner)
    {
        const QByteArray verifier(48, 'k');
        const QByteArray challenge =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QUrl authorize = inner;
        authorize.setPath(QStringLiteral("/oauth/authorize"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("roer"));
        q.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/cb"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
        authorize.setQuery(q);
        QNetworkRequest r(authorize);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(r);
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        reply->deleteLater();
        const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
        QUrl tokenUrl = inner;
        tokenUrl.setPath(QStringLiteral("/oauth/token"));
        QNetworkRequest t(tokenUrl);
        t.setHeader(QNetworkRequest::ContentTypeHeader,
                    QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *answer = m_network.post(t,
                                               "grant_type=authorization_code&client_id=roer&"
                                               "redirect_uri=http://127.0.0.1:9/cb&code_verifier="
                                                   + verifier + "&code=" + code.toLatin1());
        (void)QTest::qWaitFor([&] { return answer->isFinished(); }, 10000);
        answer->deleteLater();
        return QJsonDocument::fromJson(answer->readAll())
            .object()[QLatin1String("access_token")]
            .toString()
            .toLatin1();
    }

    // Every call of the client at once; each must be refused, within its limits.
    QList<Outcome> callEverything(RetailerApiClient &client)
    {
        QList<Outcome> out;
        int pending = 0;
        QElapsedTimer clock;
        clock.start();
        auto add = [&](const QString &name) {
            out.append({name, false, {}, 0});
            ++pending;
            return qsizetype(out.size() - 1);
        };
        auto finish = [&](qsizetype i, bool refused, const QString &message) {
            out[i].refused = refused;
            out[i].message = message;
            out[i].ms = clock.elapsed();
            --pending;
        };
        const qsizetype d = add(QStringLiteral("discover"));
        client.discover([&, d](auto r) { finish(d, !r, r ? QString() : r.error().message); });
        const qsizetype p = add(QStringLiteral("purposes"));
        client.fetchPurposes([&, p](auto r) { finish(p, !r, r ? QString() : r.error().message); });
        const qsizetype c = add(QStringLiteral("consents"));
        client.fetchConsents([&, c](auto r) { finish(c, !r, r ? QString() : r.error().message); });
        const qsizetype e = add(QStringLiteral("export"));
        client.fetchExport([&, e](auto r) { finish(e, !r, r ? QString() : r.error().message); });
        const qsizetype t = add(QStringLiteral("token"));
        QUrl tokenEndpoint = client.origin();
        tokenEndpoint.setPath(QStringLiteral("/oauth/token"));
        client.postTokenRequest(tokenEndpoint,
                                QUrlQuery(QStringLiteral(
                                    "grant_type=refresh_token&client_id=roer&refresh_token=x")),
                                [&, t](auto r) {
                                    finish(t, !r, r ? QString() : r.error().message);
                                });
        const qsizetype u = add(QStringLiteral("put"));
        const QJsonObject body = RetailerApiClient::putBody(
            QJsonObject{{QStringLiteral("state"), QStringLiteral("withdrawn")},
                        {QStringLiteral("channels"), QJsonArray{}},
                        {QStringLiteral("decided_at"), QStringLiteral("2026-03-03T09:00:00Z")},
                        {QStringLiteral("record_id"),
                         QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        client.putConsent(QStringLiteral("direct-marketing"),
                          QUuid::createUuid().toString(QUuid::WithoutBraces), body,
                          [&, u](const RetailerApiClient::PutOutcome &o) {
                              finish(u,
                                     o.kind != RetailerApiClient::PutOutcome::Confirmed
                                         && o.kind != RetailerApiClient::PutOutcome::Accepted,
                                     o.problem);
                          });
        (void)QTest::qWaitFor([&] { return pending == 0; }, kExportDeadlineMs + 10000);
        return out;
    }

    // A decision in a real vault, sent by the real sender to the hostile front: it stays.
    void outboxStaysIntact(const QUrl &front, const QByteArray &token, const QString &mode,
                           const std::optional<QSslConfiguration> &ssl = std::nullopt)
    {
        QTemporaryDir dir;
        auto vault = Vault::create(dir.path(), SecureBytes::random(Vault::kKeySize));
        QVERIFY(vault);
        auto st = (*vault)->prepare("INSERT INTO retailer (name, api_base, created_at) "
                                    "VALUES ('Vijandig', ?, '2026-01-01T00:00:00Z')");
        st.bind(1, front.toString());
        QVERIFY(st.exec());
        const qint64 retailer = (*vault)->lastInsertId();
        RetailerPurpose marketing;
        marketing.id = QStringLiteral("direct-marketing");
        marketing.dpvPurpose = QStringLiteral("dpv:DirectMarketing");
        marketing.legalBasis = QStringLiteral("dpv:Consent");
        marketing.channels = {QStringLiteral("email")};
        QVERIFY(ConsentStore(**vault).savePurposes(retailer, {marketing}));
        DecisionRequest request;
        request.retailerId = retailer;
        request.purposeId = QStringLiteral("direct-marketing");
        request.state = Consent::State::Withdrawn;
        request.method = QStringLiteral("roer-test");
        auto record = ConsentStore(**vault).decide(request);
        QVERIFY(record);
        OutboxSender sender(**vault, &m_network);
        if (ssl)
            sender.setSslConfiguration(*ssl);
        sender.setTimeoutMs(kTransferTimeoutMs);
        sender.setDeadlineMs(kDeadlineMs);
        sender.setBackoff(60000, 60000); // one attempt in this test
        sender.setTokenFetcher([token](qint64, bool, auto done) { done(token); });
        sender.sendDue();
        QVERIFY(QTest::qWaitFor([&] { return sender.inFlight() == 0; }, kDeadlineMs + 10000));
        const auto entries = Outbox(**vault).all();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        const OutboxEntry &e = entries->first();
        QCOMPARE(e.recordId, record->recordId);
        QVERIFY2(e.status != Consent::Delivery::Confirmed,
                 qPrintable(mode + QStringLiteral(": a hostile answer counted as delivered")));
        QVERIFY(e.attempts >= 1);
        QVERIFY(!e.problem.isEmpty());
        Campaign::figure(QStringLiteral("hostile"), mode + QStringLiteral("/outbox"),
                         QStringLiteral("%1, \"%2\"")
                             .arg(Consent::deliveryId(e.status), e.problem));
    }

    // Each call refused with a message. How long the refusal took is a figure, not a check:
    // no test asserts a time (the deadlines themselves are what the refusals show).
    void check(const QString &mode, const QList<Outcome> &outcomes)
    {
        for (const Outcome &o : outcomes) {
            Campaign::figure(QStringLiteral("hostile"), mode + u'/' + o.call,
                             QStringLiteral("%1 ms \"%2\"").arg(o.ms).arg(o.message));
            QVERIFY2(o.refused,
                     qPrintable(mode + QStringLiteral(": ") + o.call
                                + QStringLiteral(" was accepted")));
            QVERIFY2(!o.message.isEmpty(),
                     qPrintable(mode + QStringLiteral(": ") + o.call
                                + QStringLiteral(" without a message")));
            ++m_refusals;
        }
    }

    void configure(RetailerApiClient &client, const QUrl &front, const QByteArray &token)
    {
        QVERIFY(client.setAddress(front.toString()));
        client.setAccessToken(token);
        client.setTimeoutMs(kTransferTimeoutMs);
        client.setDeadlineMs(kDeadlineMs);
        client.setExportDeadlineMs(kExportDeadlineMs);
        client.setMaxAnswerBytes(kMaxAnswer);
        client.setMaxExportBytes(kMaxExport);
    }

private slots:
    void hostileAnswers_data()
    {
        QTest::addColumn<QString>("mode");
        for (const char *m : {"huge-body", "endless", "slow-drip", "redirect", "wrong-type"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }

    void hostileAnswers()
    {
        QFETCH(QString, mode);
        resetPeakRss();
        const qint64 startPeakMiB = peakRssKiB() >> 10;
        SandboxProcess sandbox;
        // Over HTTPS with a certificate the client trusts (Roer talks plain HTTP to loopback
        // only), at the speed of a fast home connection, 1 Gbit/s. Faster than Qt's HTTP
        // thread can read (loopback, over 1 GB/s), that thread reads without a limit: an
        // endless chunked answer filled 1.6-2.3 GiB. Open finding, docs/reliability.md.
        QVERIFY(sandbox.start(
            {QStringLiteral("--log"), QStringLiteral("--hostile"), mode,
             QStringLiteral("--drip-ms"), QStringLiteral("200"), QStringLiteral("--link-mbit"),
             QStringLiteral("1000"), QStringLiteral("--tls-cert"),
             SandboxProcess::tlsFile(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
             SandboxProcess::tlsFile(QStringLiteral("server.key"))}));
        const QUrl inner(
            sandbox.admin("GET", QStringLiteral("/_sandbox/hostile"))[QLatin1String("inner_url")]
                .toString());
        const QByteArray token = tokenFrom(inner);
        QVERIFY(!token.isEmpty());
        RetailerApiClient client(&m_network);
        client.setSslConfiguration(SandboxProcess::withTestCa());
        configure(client, sandbox.url(), token);
        // The export has a deadline of its own; the other calls share one.
        check(mode, callEverything(client));
        outboxStaysIntact(sandbox.url(), token, mode, SandboxProcess::withTestCa());

        const QJsonObject stats = sandbox.admin("GET", QStringLiteral("/_sandbox/hostile"));
        Campaign::figure(QStringLiteral("hostile"), mode + QStringLiteral("/server"),
                         QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact)));
        QCOMPARE(stats[QLatin1String("redirect_followed")].toInt(), 0);
        // What the client held: its peak memory stays near where it started. The answers are
        // refused at 256 KiB and 1 MiB, but Qt's HTTP thread reads ahead of the refusal
        // (measured up to 23 MB sent on one connection, 61 MiB more memory, at 1 Gbit/s).
        const qint64 peakMiB = peakRssKiB() >> 10;
        Campaign::figure(QStringLiteral("hostile"), mode + QStringLiteral("/client-peak-rss-mib"),
                         peakMiB);
        const QString grew = QStringLiteral("the client's memory grew from %1 to %2 MiB")
                                 .arg(startPeakMiB)
                                 .arg(peakMiB);
        QVERIFY2(peakMiB < startPeakMiB + 128, qPrintable(grew));
        if (mode == QLatin1String("huge-body") || mode == QLatin1String("endless"))
            QVERIFY(stats[QLatin1String("aborted_by_client")].toInt() >= 6);
    }

    void invalidTls_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::newRow("untrusted (self-signed)") << QStringLiteral("selfsigned");
        QTest::newRow("wrong host name") << QStringLiteral("wronghost");
        QTest::newRow("expired") << QStringLiteral("expired");
    }

    void invalidTls()
    {
        QFETCH(QString, certificate);
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--tls-cert"),
                               SandboxProcess::tlsFile(certificate + QStringLiteral(".pem")),
                               QStringLiteral("--tls-key"),
                               SandboxProcess::tlsFile(certificate + QStringLiteral(".key"))}));
        RetailerApiClient client(&m_network);
        client.setSslConfiguration(SandboxProcess::withTestCa()); // trusted CA; checks stay on
        configure(client, sandbox.url(), "at_unused");
        const QList<Outcome> outcomes = callEverything(client);
        check(QStringLiteral("tls-") + certificate, outcomes);
        for (const Outcome &o : outcomes)
            QVERIFY2(o.message.contains(QLatin1String("could not be checked as safe")),
                     qPrintable(o.call + QStringLiteral(": ") + o.message));
        outboxStaysIntact(sandbox.url(), "at_unused", QStringLiteral("tls-") + certificate,
                          SandboxProcess::withTestCa());
    }

    void cleanupTestCase()
    {
        Campaign::figure(QStringLiteral("hostile"), QStringLiteral("refusals"), m_refusals);
    }
};

QTEST_GUILESS_MAIN(TestHostileRetailer)
#include "TestHostileRetailer.moc"
