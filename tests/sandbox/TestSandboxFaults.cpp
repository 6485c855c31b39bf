// Every fault switch of roer-sandbox, switched at runtime through /_sandbox/faults and from the
// command line, and the inspection endpoint that proves each key was applied once.
#include "SandboxServerProcess.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

namespace {

QString errorCode(const SandboxTestClient::Result &r)
{
    return r.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QJsonObject keyStats(const QJsonObject &inspection, const QByteArray &key)
{
    for (const QJsonValue &v : inspection.value(QLatin1String("idempotency_keys")).toArray()) {
        if (v.toObject().value(QLatin1String("key")).toString() == QLatin1String(key))
            return v.toObject();
    }
    return {};
}

// One decision with a fresh record id; a retry must send the same object again.
QJsonObject aDecision()
{
    return SandboxTestClient::decision(QStringLiteral("given"), {QStringLiteral("email")},
                                       QStringLiteral("2026-02-01T10:00:00Z"));
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void failNext();
    void failStatusChoice();
    void rateLimitWithRetryAfter();
    void garbage_data();
    void garbage();
    void dropAfterCommit();
    void delay();
    void downAndBackUp();
    void failRatio();
    void badSwitchesRefused();
    void switchesFromCommandLine();

private:
    QJsonObject inspection()
    {
        return m_client->admin("GET", QStringLiteral("/_sandbox/decisions")).json;
    }
    SandboxTestClient::Result setFaults(const QJsonObject &patch)
    {
        return m_client->admin("POST", QStringLiteral("/_sandbox/faults"), patch);
    }

    SandboxServerProcess m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFaults::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.baseUrl());
}

void TestSandboxFaults::init()
{
    QCOMPARE(m_client->admin("POST", QStringLiteral("/_sandbox/reset")).status, 200);
    QVERIFY(m_client->link());
}

void TestSandboxFaults::failNext()
{
    QCOMPARE(setFaults({{QStringLiteral("fail_next"), 2}})
                 .json.value(QLatin1String("fail_next"))
                 .toInt(),
             2);
    const QByteArray key = SandboxTestClient::uuid().toLatin1();
    const QJsonObject d = aDecision();
    for (int i = 0; i < 2; ++i) {
        const auto r = m_client->putDecision(QStringLiteral("direct-marketing"), key, d);
        QCOMPARE(r.status, 500);
        QCOMPARE(errorCode(r), QStringLiteral("internal_error"));
    }
    QVERIFY(inspection().value(QLatin1String("decisions")).toArray().isEmpty()); // nothing applied
    const auto ok = m_client->putDecision(QStringLiteral("direct-marketing"), key, d);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.header("Idempotent-Replayed").isEmpty());
    const QJsonObject info = inspection();
    QCOMPARE(keyStats(info, key).value(QLatin1String("applied")).toInt(), 1);
    const QJsonObject requests = info.value(QLatin1String("requests")).toObject();
    QVERIFY(requests.value(QLatin1String("faulted")).toInt() >= 2);
    QCOMPARE(m_client->admin("GET", QStringLiteral("/_sandbox/faults"))
                 .json.value(QLatin1String("fail_next"))
                 .toInt(),
             0);
}

void TestSandboxFaults::failStatusChoice()
{
    setFaults({{QStringLiteral("fail_next"), 1}, {QStringLiteral("fail_status"), 503}});
    const auto r = m_client->getAuthed(QStringLiteral("/v1/purposes"));
    QCOMPARE(r.status, 503);
    QCOMPARE(errorCode(r), QStringLiteral("unavailable"));
    QCOMPARE(m_client->getAuthed(QStringLiteral("/v1/purposes")).status, 200);
}

void TestSandboxFaults::rateLimitWithRetryAfter()
{
    setFaults({{QStringLiteral("rate_limit_next"), 1}, {QStringLiteral("retry_after"), 7}});
    const QByteArray key = SandboxTestClient::uuid().toLatin1();
    const QJsonObject d = aDecision();
    const auto r = m_client->putDecision(QStringLiteral("direct-marketing"), key, d);
    QCOMPARE(r.status, 429);
    QCOMPARE(errorCode(r), QStringLiteral("rate_limited"));
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));
    QCOMPARE(m_client->putDecision(QStringLiteral("direct-marketing"), key, d).status, 200);
    QCOMPARE(keyStats(inspection(), key).value(QLatin1String("applied")).toInt(), 1);
}

void TestSandboxFaults::garbage_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("html") << "html";
    QTest::newRow("wrong_shape") << "wrong_shape";
    QTest::newRow("truncated") << "truncated";
}

void TestSandboxFaults::garbage()
{
    QFETCH(QString, kind);
    setFaults({{QStringLiteral("garbage_next"), 1}, {QStringLiteral("garbage_kind"), kind}});
    const QByteArray key = SandboxTestClient::uuid().toLatin1();
    const QJsonObject d = aDecision();
    const auto r = m_client->putDecision(QStringLiteral("direct-marketing"), key, d);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains(QLatin1String("receipt_id"))); // not a receipt, whatever it is
    if (kind == QLatin1String("html"))
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
    QVERIFY(inspection().value(QLatin1String("decisions")).toArray().isEmpty()); // nothing applied
    const auto ok = m_client->putDecision(QStringLiteral("direct-marketing"), key, d);
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.json.contains(QLatin1String("receipt_id")));
}

void TestSandboxFaults::dropAfterCommit()
{
    // Qt may resend a request once on a reused connection that closes without an answer, so
    // drop twice: whatever the client library does, it gets no answer, and the decision stays
    // applied exactly once.
    setFaults({{QStringLiteral("drop_after_commit_next"), 2}});
    const QByteArray key = SandboxTestClient::uuid().toLatin1();
    const QJsonObject d = aDecision();
    const auto lost = m_client->putDecision(QStringLiteral("direct-marketing"), key, d);
    QCOMPARE(lost.status, 0);
    QVERIFY(lost.error != QNetworkReply::NoError);
    setFaults({{QStringLiteral("drop_after_commit_next"), 0}});

    QJsonObject info = inspection();
    QCOMPARE(info.value(QLatin1String("decisions")).toArray().size(),
             1); // committed before the drop
    QCOMPARE(keyStats(info, key).value(QLatin1String("applied")).toInt(), 1);

    const auto retry = m_client->putDecision(QStringLiteral("direct-marketing"), key, d);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(retry.json.value(QLatin1String("receipt_id")).toString(),
             info.value(QLatin1String("decisions"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("receipt_id"))
                 .toString());
    QCOMPARE(keyStats(inspection(), key).value(QLatin1String("applied")).toInt(), 1);
}

void TestSandboxFaults::delay()
{
    setFaults({{QStringLiteral("delay_ms"), 1500}});
    // A client that gives up sooner sees a timeout; the one that waits gets its answer.
    const auto impatient =
        m_client->send("GET", QStringLiteral("/v1/purposes"), {}, m_client->bearer(), 200);
    QCOMPARE(impatient.status, 0);
    QCOMPARE(impatient.error, QNetworkReply::OperationCanceledError);
    setFaults({{QStringLiteral("delay_ms"), 50}});
    QCOMPARE(m_client->getAuthed(QStringLiteral("/v1/purposes")).status, 200);
    setFaults({{QStringLiteral("delay_ms"), 0}});
}

void TestSandboxFaults::downAndBackUp()
{
    setFaults({{QStringLiteral("down"), true}});
    for (const QString &path :
         {QStringLiteral("/.well-known/roer-privacy"), QStringLiteral("/v1/consents")}) {
        const auto r = m_client->getAuthed(path);
        QCOMPARE(r.status, 503);
        QCOMPARE(errorCode(r), QStringLiteral("unavailable"));
        QVERIFY(!r.header("Retry-After").isEmpty());
    }
    const QByteArray key = SandboxTestClient::uuid().toLatin1();
    const QJsonObject d = aDecision();
    QCOMPARE(m_client->putDecision(QStringLiteral("direct-marketing"), key, d).status, 503);
    QCOMPARE(m_client
                 ->send("POST", QStringLiteral("/oauth/token"), "grant_type=refresh_token",
                        {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
             503);
    QVERIFY(inspection()
                .value(QLatin1String("decisions"))
                .toArray()
                .isEmpty()); // the test endpoints still work

    setFaults({{QStringLiteral("down"), false}});
    QCOMPARE(m_client->putDecision(QStringLiteral("direct-marketing"), key, d).status, 200);
    QCOMPARE(keyStats(inspection(), key).value(QLatin1String("applied")).toInt(), 1);
}

void TestSandboxFaults::failRatio()
{
    setFaults({{QStringLiteral("fail_ratio"), 0.5}, {QStringLiteral("seed"), 7}});
    int failed = 0;
    int ok = 0;
    QList<QByteArray> keys;
    for (int i = 0; i < 40; ++i) {
        const QByteArray key = SandboxTestClient::uuid().toLatin1();
        const QJsonObject d = aDecision();
        keys.append(key);
        // Retry each until it gets through, as a client would (same key every time).
        for (int attempt = 0; attempt < 50; ++attempt) {
            const int status =
                m_client->putDecision(QStringLiteral("direct-marketing"), key, d).status;
            if (status == 200) {
                ++ok;
                break;
            }
            QCOMPARE(status, 500);
            ++failed;
        }
    }
    QCOMPARE(ok, 40);
    QVERIFY(failed > 0);
    const QJsonObject info = inspection();
    QCOMPARE(info.value(QLatin1String("decisions")).toArray().size(), 40);
    for (const QByteArray &key : keys)
        QCOMPARE(keyStats(info, key).value(QLatin1String("applied")).toInt(), 1);
    QCOMPARE(
        info.value(QLatin1String("requests")).toObject().value(QLatin1String("faulted")).toInt(),
        failed);
    QCOMPARE(m_client->admin("DELETE", QStringLiteral("/_sandbox/faults"))
                 .json.value(QLatin1String("fail_ratio"))
                 .toDouble(),
             0.0);
}

void TestSandboxFaults::badSwitchesRefused()
{
    QCOMPARE(setFaults({{QStringLiteral("fail_next"), -1}}).status, 400);
    QCOMPARE(setFaults({{QStringLiteral("garbage_kind"), QStringLiteral("poetry")}}).status, 400);
    QCOMPARE(setFaults({{QStringLiteral("explode"), true}}).status, 400);
    QCOMPARE(setFaults({{QStringLiteral("fail_ratio"), 2}}).status, 400);
    // A refused patch changes nothing.
    QCOMPARE(setFaults({{QStringLiteral("fail_next"), 3}, {QStringLiteral("fail_ratio"), 2}})
                 .status,
             400);
    QCOMPARE(m_client->admin("GET", QStringLiteral("/_sandbox/faults"))
                 .json.value(QLatin1String("fail_next"))
                 .toInt(),
             0);
}

void TestSandboxFaults::switchesFromCommandLine()
{
    SandboxServerProcess flagged;
    QVERIFY2(flagged.start(SandboxServerProcess::Tls::None,
                           {QStringLiteral("--fail-next"), QStringLiteral("1"),
                            QStringLiteral("--rate-limit-next"), QStringLiteral("1"),
                            QStringLiteral("--retry-after"), QStringLiteral("3"),
                            QStringLiteral("--garbage-next"), QStringLiteral("1"),
                            QStringLiteral("--drop-after-commit-next"), QStringLiteral("4"),
                            QStringLiteral("--delay-ms"), QStringLiteral("1")}),
             qPrintable(flagged.errorText()));
    SandboxTestClient client(flagged.baseUrl());
    const QJsonObject faults = client.admin("GET", QStringLiteral("/_sandbox/faults")).json;
    QCOMPARE(faults.value(QLatin1String("fail_next")).toInt(), 1);
    QCOMPARE(faults.value(QLatin1String("rate_limit_next")).toInt(), 1);
    QCOMPARE(faults.value(QLatin1String("retry_after")).toInt(), 3);
    QCOMPARE(faults.value(QLatin1String("garbage_next")).toInt(), 1);
    QCOMPARE(faults.value(QLatin1String("drop_after_commit_next")).toInt(), 4);
    QCOMPARE(faults.value(QLatin1String("delay_ms")).toInt(), 1);
    QVERIFY(client.link()); // OAuth is not affected by API faults
    QCOMPARE(client.getAuthed(QStringLiteral("/v1/purposes")).status, 500);
    QCOMPARE(client.getAuthed(QStringLiteral("/v1/purposes")).status, 429);
    QCOMPARE(client.getAuthed(QStringLiteral("/v1/purposes")).status,
             200); // garbage, 200 without purposes
    QCOMPARE(client.getAuthed(QStringLiteral("/v1/purposes"))
                 .json.value(QLatin1String("purposes"))
                 .toArray()
                 .isEmpty(),
             false);

    SandboxServerProcess down;
    QVERIFY2(down.start(SandboxServerProcess::Tls::None, {QStringLiteral("--down")}),
             qPrintable(down.errorText()));
    QCOMPARE(
        SandboxTestClient(down.baseUrl()).get(QStringLiteral("/.well-known/roer-privacy")).status,
        503);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
