// Consents against the real roer-sandbox over loopback: put and get, validation, idempotency
// (same key applied once, key reuse refused), order of decisions, export, reconciliation hook,
// persistence in --data across a restart.
#include "SandboxServerProcess.h"
#include "SandboxTestClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QJsonObject consentFor(const QJsonObject &consentsAnswer, const QString &purposeId)
{
    for (const QJsonValue &v : consentsAnswer.value(QLatin1String("consents")).toArray()) {
        if (v.toObject().value(QLatin1String("purpose_id")).toString() == purposeId)
            return v.toObject();
    }
    return {};
}

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

} // namespace

class TestSandboxConsents : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void putAndGetConsents();
    void putValidation_data();
    void putValidation();
    void idempotencySameKeyAppliedOnce();
    void idempotencyKeyReuseRejected();
    void recordIdIsIdempotentToo();
    void olderDecisionDoesNotOverride();
    void expiredContext();
    void exportShape();
    void retailerSideChange();
    void dataDirSurvivesRestart();
    void corruptDataRefused();
    void killedWhileWritingKeepsAcknowledged();

private:
    SandboxServerProcess m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxConsents::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.baseUrl());
}

void TestSandboxConsents::init()
{
    QCOMPARE(m_client->admin("POST", QStringLiteral("/_sandbox/reset")).status, 200);
    QVERIFY(m_client->link());
}

void TestSandboxConsents::putAndGetConsents()
{
    // The invented customer c-1001 gave e-mail consent at checkout (the retailer's own record).
    auto before = m_client->getAuthed(QStringLiteral("/v1/consents"));
    QCOMPARE(before.status, 200);
    QCOMPARE(consentFor(before.json, QStringLiteral("direct-marketing"))
                 .value(QLatin1String("source"))
                 .toString(),
             QStringLiteral("retailer"));

    const QString recordId = SandboxTestClient::uuid();
    const QByteArray key = SandboxTestClient::uuid().toLatin1();
    const auto put =
        m_client->putDecision(QStringLiteral("direct-marketing"), key,
                              SandboxTestClient::decision(QStringLiteral("withdrawn"),
                                                          {QStringLiteral("email")},
                                                          QStringLiteral("2026-03-03T09:00:00Z"),
                                                          recordId));
    QCOMPARE(put.status, 200);
    QVERIFY(put.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(put.json.value(QLatin1String("record_id")).toString(), recordId);
    QCOMPARE(put.json.value(QLatin1String("purpose_id")).toString(),
             QStringLiteral("direct-marketing"));
    QCOMPARE(put.json.value(QLatin1String("state")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(put.json.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(put.json.value(QLatin1String("receipt_id")).toString().size(), 36);
    QVERIFY(QDateTime::fromString(put.json.value(QLatin1String("received_at")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());

    const QJsonObject view = consentFor(m_client->getAuthed(QStringLiteral("/v1/consents")).json,
                                        QStringLiteral("direct-marketing"));
    QCOMPARE(view.value(QLatin1String("state")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(view.value(QLatin1String("source")).toString(), QStringLiteral("roer"));
    QCOMPARE(view.value(QLatin1String("record_id")).toString(), recordId);
    QCOMPARE(view.value(QLatin1String("decided_at")).toString(),
             QStringLiteral("2026-03-03T09:00:00Z"));

    // Give again, for SMS only, in the store only, until a date, while using the app.
    QJsonObject given =
        SandboxTestClient::decision(QStringLiteral("given"), {QStringLiteral("sms")},
                                    QStringLiteral("2026-03-04T09:00:00Z"));
    given.insert(QStringLiteral("previous_record_id"), recordId);
    given.insert(QStringLiteral("context"),
                 QJsonObject{{QStringLiteral("until"), QStringLiteral("2099-12-31")},
                             {QStringLiteral("where"), QStringLiteral("in_store")},
                             {QStringLiteral("while_using_app"), true}});
    QCOMPARE(m_client
                 ->putDecision(QStringLiteral("direct-marketing"),
                               SandboxTestClient::uuid().toLatin1(), given)
                 .status,
             200);
    const QJsonObject after = consentFor(m_client->getAuthed(QStringLiteral("/v1/consents")).json,
                                         QStringLiteral("direct-marketing"));
    QCOMPARE(after.value(QLatin1String("state")).toString(), QStringLiteral("given"));
    QCOMPARE(after.value(QLatin1String("channels")).toArray(), QJsonArray{QStringLiteral("sms")});
    QCOMPARE(
        after.value(QLatin1String("context")).toObject().value(QLatin1String("where")).toString(),
        QStringLiteral("in_store"));
    QCOMPARE(
        after.value(QLatin1String("context")).toObject().value(QLatin1String("until")).toString(),
        QStringLiteral("2099-12-31"));
    QVERIFY(after.value(QLatin1String("context"))
                .toObject()
                .value(QLatin1String("while_using_app"))
                .toBool());

    const QJsonObject inspection =
        m_client->admin("GET", QStringLiteral("/_sandbox/decisions")).json;
    const QJsonArray decisions = inspection.value(QLatin1String("decisions")).toArray();
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(decisions.at(1).toObject().value(QLatin1String("previous_record_id")).toString(),
             recordId);
    QCOMPARE(decisions.at(0).toObject().value(QLatin1String("idempotency_key")).toString(),
             QString::fromLatin1(key));
}

void TestSandboxConsents::putValidation_data()
{
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray key = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    const QByteArray ok =
        R"({"state":"given","channels":["email"],"decided_at":"2026-01-01T10:00:00Z","record_id":"1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b"})";
    QTest::newRow("no key") << "direct-marketing" << QByteArray() << ok << 400
                            << "missing_idempotency_key";
    QTest::newRow("key not uuid") << "direct-marketing" << QByteArray("abc") << ok << 400
                                  << "invalid_request";
    QTest::newRow("unknown purpose") << "no-such-purpose" << key << ok << 404 << "unknown_purpose";
    QTest::newRow("not json") << "direct-marketing" << key << QByteArray("state=given") << 400
                              << "invalid_request";
    QTest::newRow("bad state") << "direct-marketing" << key
                               << QByteArray(ok).replace("\"given\"", "\"maybe\"") << 400
                               << "invalid_request";
    QTest::newRow("bad channel") << "direct-marketing" << key
                                 << QByteArray(ok).replace("\"email\"", "\"pigeon\"") << 400
                                 << "invalid_request";
    QTest::newRow("channel not offered")
        << "direct-marketing" << key << QByteArray(ok).replace("\"email\"", "\"app\"") << 422
        << "channel_not_offered";
    QTest::newRow("given without channels")
        << "direct-marketing" << key << QByteArray(ok).replace("[\"email\"]", "[]") << 400
        << "invalid_request";
    QTest::newRow("time without offset")
        << "direct-marketing" << key << QByteArray(ok).replace("10:00:00Z", "10:00:00") << 400
        << "invalid_request";
    QTest::newRow("record id not uuid")
        << "direct-marketing" << key << QByteArray(ok).replace("1b2c3d4e-", "zz") << 400
        << "invalid_request";
    QTest::newRow("bad where")
        << "direct-marketing" << key
        << QByteArray(
               R"({"state":"given","channels":["email"],"context":{"where":"moon"},"decided_at":"2026-01-01T10:00:00Z","record_id":"1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b"})")
        << 400 << "invalid_request";
    QTest::newRow("bad until")
        << "direct-marketing" << key
        << QByteArray(
               R"({"state":"given","channels":["email"],"context":{"until":"next year"},"decided_at":"2026-01-01T10:00:00Z","record_id":"1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b"})")
        << 400 << "invalid_request";
    QTest::newRow("contract purpose withdrawn")
        << "order-delivery" << key << QByteArray(ok).replace("\"given\"", "\"withdrawn\"") << 409
        << "purpose_needed_for_contract";
}

void TestSandboxConsents::putValidation()
{
    QFETCH(QString, purpose);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxTestClient::Headers headers = m_client->bearer();
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key});
    const auto r = m_client->send("PUT", QStringLiteral("/v1/consents/") + purpose, body, headers);
    QCOMPARE(r.status, status);
    QCOMPARE(errorCode(r), code);
    // Nothing was applied.
    QVERIFY(m_client->admin("GET", QStringLiteral("/_sandbox/decisions"))
                .json.value(QLatin1String("decisions"))
                .toArray()
                .isEmpty());
}

void TestSandboxConsents::idempotencySameKeyAppliedOnce()
{
    const QByteArray key = SandboxTestClient::uuid().toLatin1();
    const QJsonObject d =
        SandboxTestClient::decision(QStringLiteral("given"),
                                    {QStringLiteral("email"), QStringLiteral("app")},
                                    QStringLiteral("2026-05-01T12:00:00+02:00"));
    const auto first = m_client->putDecision(QStringLiteral("product-recommendations"), key, d);
    QCOMPARE(first.status, 200);
    for (int i = 0; i < 3; ++i) {
        const auto again = m_client->putDecision(QStringLiteral("product-recommendations"), key, d);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.json, first.json); // the same receipt, byte for byte
    }
    const QJsonObject inspection =
        m_client->admin("GET", QStringLiteral("/_sandbox/decisions")).json;
    QCOMPARE(inspection.value(QLatin1String("decisions")).toArray().size(), 1);
    const QJsonObject stats = keyStats(inspection, key);
    QCOMPARE(stats.value(QLatin1String("applied")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("replayed")).toInt(), 3);
    QCOMPARE(stats.value(QLatin1String("rejected")).toInt(), 0);
}

void TestSandboxConsents::idempotencyKeyReuseRejected()
{
    const QByteArray key = SandboxTestClient::uuid().toLatin1();
    const QJsonObject d =
        SandboxTestClient::decision(QStringLiteral("given"), {QStringLiteral("email")},
                                    QStringLiteral("2026-05-01T12:00:00Z"));
    QCOMPARE(m_client->putDecision(QStringLiteral("direct-marketing"), key, d).status, 200);
    QJsonObject other = d;
    other.insert(QStringLiteral("state"), QStringLiteral("withdrawn"));
    auto r = m_client->putDecision(QStringLiteral("direct-marketing"), key, other);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorCode(r), QStringLiteral("idempotency_key_reused"));
    // The same body for another purpose is another request too.
    r = m_client->putDecision(QStringLiteral("product-recommendations"), key, d);
    QCOMPARE(r.status, 422);
    QCOMPARE(consentFor(m_client->getAuthed(QStringLiteral("/v1/consents")).json,
                        QStringLiteral("direct-marketing"))
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("given"));
    const QJsonObject stats =
        keyStats(m_client->admin("GET", QStringLiteral("/_sandbox/decisions")).json, key);
    QCOMPARE(stats.value(QLatin1String("applied")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("rejected")).toInt(), 2);
}

void TestSandboxConsents::recordIdIsIdempotentToo()
{
    const QJsonObject d = SandboxTestClient::decision(QStringLiteral("refused"), {},
                                                      QStringLiteral("2026-05-01T12:00:00Z"));
    const auto first = m_client->putDecision(QStringLiteral("personalised-ads"),
                                             SandboxTestClient::uuid().toLatin1(), d);
    QCOMPARE(first.status, 200);
    const auto same = m_client->putDecision(QStringLiteral("personalised-ads"),
                                            SandboxTestClient::uuid().toLatin1(), d);
    QCOMPARE(same.status, 200);
    QCOMPARE(same.json.value(QLatin1String("receipt_id")),
             first.json.value(QLatin1String("receipt_id")));
    QJsonObject changed = d;
    changed.insert(QStringLiteral("state"), QStringLiteral("given"));
    changed.insert(QStringLiteral("channels"), QJsonArray{QStringLiteral("app")});
    QCOMPARE(m_client
                 ->putDecision(QStringLiteral("personalised-ads"),
                               SandboxTestClient::uuid().toLatin1(), changed)
                 .status,
             422);
    QCOMPARE(m_client->admin("GET", QStringLiteral("/_sandbox/decisions"))
                 .json.value(QLatin1String("decisions"))
                 .toArray()
                 .size(),
             1);
}

void TestSandboxConsents::olderDecisionDoesNotOverride()
{
    const auto newer = SandboxTestClient::decision(QStringLiteral("withdrawn"), {},
                                                   QStringLiteral("2026-06-02T08:00:00Z"));
    const auto older =
        SandboxTestClient::decision(QStringLiteral("given"), {QStringLiteral("email")},
                                    QStringLiteral("2026-06-01T08:00:00Z"));
    QCOMPARE(m_client
                 ->putDecision(QStringLiteral("direct-marketing"),
                               SandboxTestClient::uuid().toLatin1(), newer)
                 .status,
             200);
    const auto late = m_client->putDecision(QStringLiteral("direct-marketing"),
                                            SandboxTestClient::uuid().toLatin1(), older);
    QCOMPARE(late.status, 200); // receipted ...
    const QJsonObject view = consentFor(m_client->getAuthed(QStringLiteral("/v1/consents")).json,
                                        QStringLiteral("direct-marketing"));
    QCOMPARE(view.value(QLatin1String("state")).toString(),
             QStringLiteral("withdrawn")); // ... but not in force
    QCOMPARE(m_client->admin("GET", QStringLiteral("/_sandbox/decisions"))
                 .json.value(QLatin1String("decisions"))
                 .toArray()
                 .size(),
             2);
}

void TestSandboxConsents::expiredContext()
{
    QJsonObject d = SandboxTestClient::decision(QStringLiteral("given"), {QStringLiteral("app")},
                                                QStringLiteral("2020-01-01T08:00:00Z"));
    d.insert(QStringLiteral("context"),
             QJsonObject{{QStringLiteral("until"), QStringLiteral("2020-01-31")}});
    QCOMPARE(m_client
                 ->putDecision(QStringLiteral("store-visit-analytics"),
                               SandboxTestClient::uuid().toLatin1(), d)
                 .status,
             200);
    const QJsonObject view = consentFor(m_client->getAuthed(QStringLiteral("/v1/consents")).json,
                                        QStringLiteral("store-visit-analytics"));
    QCOMPARE(view.value(QLatin1String("state")).toString(), QStringLiteral("expired"));
}

void TestSandboxConsents::exportShape()
{
    const auto r = m_client->getAuthed(QStringLiteral("/v1/export"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("format")).toString(), QStringLiteral("roer-export"));
    QCOMPARE(r.json.value(QLatin1String("format_version")).toInt(), 1);
    QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(r.json.value(QLatin1String("customer_id")).toString(), QStringLiteral("c-1001"));
    QCOMPARE(r.json.value(QLatin1String("request_id")).toString().size(), 36);
    QVERIFY(r.json.value(QLatin1String("consents")).isArray());
    const QJsonArray datasets = r.json.value(QLatin1String("datasets")).toArray();
    QVERIFY(datasets.size() >= 5);
    QStringList purposeIds;
    for (const QJsonValue &p : m_client->getAuthed(QStringLiteral("/v1/purposes"))
                                   .json.value(QLatin1String("purposes"))
                                   .toArray())
        purposeIds.append(p.toObject().value(QLatin1String("id")).toString());
    for (const QJsonValue &v : datasets) {
        const QJsonObject ds = v.toObject();
        QVERIFY(!ds.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(!ds.value(QLatin1String("title"))
                     .toObject()
                     .value(QLatin1String("nl"))
                     .toString()
                     .isEmpty());
        QVERIFY(ds.value(QLatin1String("retention")).toString().startsWith(QLatin1Char('P')));
        for (const QJsonValue &p : ds.value(QLatin1String("purposes")).toArray())
            QVERIFY2(purposeIds.contains(p.toString()), qPrintable(p.toString()));
        const QJsonArray records = ds.value(QLatin1String("records")).toArray();
        QVERIFY(!records.isEmpty());
        for (const QJsonValue &rec : records) {
            const QJsonObject o = rec.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                QVERIFY2(!it.value().isObject() && !it.value().isArray(), "records are flat");
        }
    }
}

void TestSandboxConsents::retailerSideChange()
{
    const auto r =
        m_client->admin("POST", QStringLiteral("/_sandbox/retailer-consent"),
                        QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("c-1001")},
                                    {QStringLiteral("purpose_id"),
                                     QStringLiteral("product-recommendations")},
                                    {QStringLiteral("state"), QStringLiteral("given")},
                                    {QStringLiteral("channels"),
                                     QJsonArray{QStringLiteral("email")}}});
    QCOMPARE(r.status, 200);
    const QJsonObject view = consentFor(m_client->getAuthed(QStringLiteral("/v1/consents")).json,
                                        QStringLiteral("product-recommendations"));
    QCOMPARE(view.value(QLatin1String("state")).toString(), QStringLiteral("given"));
    QCOMPARE(view.value(QLatin1String("source")).toString(), QStringLiteral("retailer"));
    const auto dated = m_client->admin(
        "POST", QStringLiteral("/_sandbox/retailer-consent"),
        QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("c-1001")},
                    {QStringLiteral("purpose_id"), QStringLiteral("direct-marketing")},
                    {QStringLiteral("state"), QStringLiteral("given")},
                    {QStringLiteral("channels"), QJsonArray{QStringLiteral("sms")}},
                    {QStringLiteral("context"),
                     QJsonObject{{QStringLiteral("where"), QStringLiteral("online")}}},
                    {QStringLiteral("decided_at"), QStringLiteral("2026-03-10T12:00:00Z")}});
    QCOMPARE(dated.status, 200);
    const QJsonObject marketing =
        consentFor(m_client->getAuthed(QStringLiteral("/v1/consents")).json,
                   QStringLiteral("direct-marketing"));
    QCOMPARE(marketing.value(QLatin1String("decided_at")).toString(),
             QStringLiteral("2026-03-10T12:00:00Z"));
    QCOMPARE(marketing.value(QLatin1String("context"))
                 .toObject()
                 .value(QLatin1String("where"))
                 .toString(),
             QStringLiteral("online"));
    // Another customer's view is untouched.
    QVERIFY(m_client->link(QStringLiteral("c-1002")));
    QVERIFY(m_client->getAuthed(QStringLiteral("/v1/consents"))
                .json.value(QLatin1String("consents"))
                .toArray()
                .isEmpty());
}

void TestSandboxConsents::dataDirSurvivesRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args{QStringLiteral("--data"), dir.path()};
    auto sandbox = std::make_unique<SandboxServerProcess>();
    QVERIFY2(sandbox->start(SandboxServerProcess::Tls::None, args),
             qPrintable(sandbox->errorText()));
    SandboxTestClient client(sandbox->baseUrl());
    QVERIFY(client.link(QStringLiteral("c-1002")));
    const QByteArray key = SandboxTestClient::uuid().toLatin1();
    const QJsonObject d =
        SandboxTestClient::decision(QStringLiteral("given"), {QStringLiteral("post")},
                                    QStringLiteral("2026-07-01T10:00:00Z"));
    const auto first = client.putDecision(QStringLiteral("direct-marketing"), key, d);
    QCOMPARE(first.status, 200);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("state.json"))));
    const QString token = client.accessToken();
    sandbox->kill(); // no clean shutdown: the decision was committed before the answer

    sandbox = std::make_unique<SandboxServerProcess>();
    QVERIFY2(sandbox->start(SandboxServerProcess::Tls::None, args),
             qPrintable(sandbox->errorText()));
    SandboxTestClient again(sandbox->baseUrl());
    again.setAccessToken(token); // tokens survive too
    const QJsonObject view = consentFor(again.getAuthed(QStringLiteral("/v1/consents")).json,
                                        QStringLiteral("direct-marketing"));
    QCOMPARE(view.value(QLatin1String("state")).toString(), QStringLiteral("given"));
    const auto replay = again.putDecision(QStringLiteral("direct-marketing"), key, d);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json, first.json);
    QCOMPARE(keyStats(again.admin("GET", QStringLiteral("/_sandbox/decisions")).json, key)
                 .value(QLatin1String("applied"))
                 .toInt(),
             1);
}

void TestSandboxConsents::corruptDataRefused()
{
    // A damaged state file stops the sandbox; it never starts over silently.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("state.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"roer-sandbox-state\", \"decis");
    f.close();
    SandboxServerProcess sandbox;
    QVERIFY(
        !sandbox.start(SandboxServerProcess::Tls::None, {QStringLiteral("--data"), dir.path()}));
    QVERIFY2(sandbox.errorText().contains(QLatin1String("not a sandbox state file")),
             qPrintable(sandbox.errorText()));
    QFile check(dir.filePath(QStringLiteral("state.json")));
    QVERIFY(check.open(QIODevice::ReadOnly));
    QVERIFY(check.readAll().endsWith("\"decis")); // left as it was
}

void TestSandboxConsents::killedWhileWritingKeepsAcknowledged()
{
    // SIGKILL the sandbox at random moments while a decision is being written: the state file
    // always loads again and keeps every decision that was answered with a receipt.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args{QStringLiteral("--data"), dir.path()};
    QStringList acknowledged;
    QString token;
    for (int run = 0; run < 20; ++run) {
        SandboxServerProcess sandbox;
        QVERIFY2(sandbox.start(SandboxServerProcess::Tls::None, args),
                 qPrintable(sandbox.errorText()));
        SandboxTestClient client(sandbox.baseUrl());
        if (token.isEmpty())
            QVERIFY(client.link(QStringLiteral("c-1002")));
        else
            client.setAccessToken(token);
        token = client.accessToken();
        const QJsonObject view = consentFor(client.getAuthed(QStringLiteral("/v1/consents")).json,
                                            QStringLiteral("direct-marketing"));
        const QJsonArray decisions = client.admin("GET", QStringLiteral("/_sandbox/decisions"))
                                         .json.value(QLatin1String("decisions"))
                                         .toArray();
        QStringList stored;
        for (const QJsonValue &d : decisions)
            stored.append(d.toObject().value(QLatin1String("record_id")).toString());
        for (const QString &recordId : std::as_const(acknowledged))
            QVERIFY2(stored.contains(recordId),
                     qPrintable(QStringLiteral("run %1 lost %2").arg(run).arg(recordId)));
        if (!acknowledged.isEmpty())
            QVERIFY(!view.isEmpty());

        // One acknowledged decision, then one in flight when the process dies.
        const QJsonObject d =
            SandboxTestClient::decision(QStringLiteral("given"), {QStringLiteral("email")},
                                        QStringLiteral("2026-08-01T10:00:00Z"));
        QCOMPARE(client
                     .putDecision(QStringLiteral("direct-marketing"),
                                  SandboxTestClient::uuid().toLatin1(), d)
                     .status,
                 200);
        acknowledged.append(d.value(QLatin1String("record_id")).toString());
        QNetworkAccessManager nam;
        QNetworkRequest request(
            sandbox.baseUrl().resolved(QUrl(QStringLiteral("/v1/consents/direct-marketing"))));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("Idempotency-Key", SandboxTestClient::uuid().toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QJsonObject inFlight =
            SandboxTestClient::decision(QStringLiteral("withdrawn"), {},
                                        QStringLiteral("2026-08-02T10:00:00Z"));
        QNetworkReply *reply =
            nam.put(request, QJsonDocument(inFlight).toJson(QJsonDocument::Compact));
        QTest::qWait(int(QRandomGenerator::global()->bounded(40)));
        if (reply->isFinished()
            && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
            acknowledged.append(inFlight.value(QLatin1String("record_id")).toString());
        sandbox.kill();
        delete reply;
    }
}

QTEST_GUILESS_MAIN(TestSandboxConsents)
#include "TestSandboxConsents.moc"
