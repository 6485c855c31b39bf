// Rights requests against the real roer-sandbox over loopback (docs/protocol §7): create with
// Idempotency-Key (applied once, reuse refused, request_id as a key of its own), validation,
// status, the test hook that moves a request along, results for access and portability,
// erasure that really erases, the scope, faults and persistence across a restart.
#include "SandboxServerProcess.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
QString errorCode(const SandboxTestClient::Result &r)
{
    return r.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QJsonObject body(const QString &type, const QString &requestId = SandboxTestClient::uuid())
{
    QJsonObject details{{QStringLiteral("scope"), QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("categories"), QJsonArray()},
                        {QStringLiteral("withdraw_consents"), false},
                        {QStringLiteral("object_to"), QJsonArray()},
                        {QStringLiteral("reason"), QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("correction"), QJsonValue(QJsonValue::Null)}};
    if (type == QLatin1String("objection"))
        details.insert(QStringLiteral("object_to"), QJsonArray{QStringLiteral("direct_marketing")});
    if (type == QLatin1String("rectification"))
        details.insert(QStringLiteral("correction"),
                       QJsonObject{{QStringLiteral("wrong"), QStringLiteral("Kerkstraat 1")},
                                   {QStringLiteral("correct"), QStringLiteral("Kerkstraat 10")}});
    return QJsonObject{{QStringLiteral("request_id"), requestId},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("submitted_at"), QStringLiteral("2026-11-29T06:20:00Z")},
                       {QStringLiteral("language"), QStringLiteral("nl")},
                       {QStringLiteral("details"), details}};
}

QJsonObject keyStats(const QJsonObject &inspection, const QString &key)
{
    for (const QJsonValue &v : inspection.value(QLatin1String("idempotency_keys")).toArray())
        if (v.toObject().value(QLatin1String("key")).toString() == key)
            return v.toObject();
    return {};
}
} // namespace

class TestSandboxRequests : public QObject
{
    Q_OBJECT

    SandboxServerProcess m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;

    SandboxTestClient::Result post(const QJsonObject &b, const QString &key)
    {
        SandboxTestClient::Headers h = m_client->bearer();
        h.append({QByteArray("Content-Type"), QByteArray("application/json")});
        if (!key.isEmpty())
            h.append({QByteArray("Idempotency-Key"), key.toLatin1()});
        return m_client->send("POST", QStringLiteral("/v1/requests"),
                              QJsonDocument(b).toJson(QJsonDocument::Compact), h);
    }
    SandboxTestClient::Result advance(const QString &id, const QString &action,
                                      const QJsonObject &b = {})
    {
        return m_client->admin("POST", QStringLiteral("/_sandbox/requests/%1/%2").arg(id, action),
                               b);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
        m_client = std::make_unique<SandboxTestClient>(m_sandbox.baseUrl());
    }
    void init()
    {
        QCOMPARE(m_client->admin("POST", QStringLiteral("/_sandbox/reset")).status, 200);
        QVERIFY(m_client->link());
    }

    void discoveryOffersTheScope()
    {
        const auto d = m_client->get(QStringLiteral("/.well-known/roer-privacy"));
        QVERIFY(d.json.value(QLatin1String("oauth"))
                    .toObject()
                    .value(QLatin1String("scopes_supported"))
                    .toArray()
                    .contains(QStringLiteral("requests")));
        // A token without the scope cannot make requests.
        QVERIFY(m_client->link(QString(), QStringLiteral("consents")));
        const auto r = post(body(QStringLiteral("access")), SandboxTestClient::uuid());
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), QStringLiteral("insufficient_scope"));
    }

    void createAndReadStatus()
    {
        const QJsonObject b = body(QStringLiteral("access"));
        const QString id = b.value(QLatin1String("request_id")).toString();
        const auto r = post(b, SandboxTestClient::uuid());
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("request_id")).toString(), id);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("received"));
        QVERIFY(QDateTime::fromString(r.json.value(QLatin1String("received_at")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(QDate::fromString(r.json.value(QLatin1String("due_date")).toString(), Qt::ISODate)
                    .isValid());
        const auto one = m_client->getAuthed(QStringLiteral("/v1/requests/") + id);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json.value(QLatin1String("type")).toString(), QStringLiteral("access"));
        const auto all = m_client->getAuthed(QStringLiteral("/v1/requests"));
        QCOMPARE(all.json.value(QLatin1String("requests")).toArray().size(), 1);
        QCOMPARE(m_client->getAuthed(QStringLiteral("/v1/requests/") + SandboxTestClient::uuid())
                     .status,
                 404);
        // Another customer does not see it.
        QVERIFY(m_client->link(QStringLiteral("c-1002")));
        QCOMPARE(m_client->getAuthed(QStringLiteral("/v1/requests/") + id).status, 404);
    }

    void validation_data()
    {
        QTest::addColumn<QJsonObject>("b");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QString>("code");
        QJsonObject unknown = body(QStringLiteral("access"));
        unknown.insert(QStringLiteral("typo"), 1);
        QJsonObject badType = body(QStringLiteral("deletion"));
        QJsonObject badId = body(QStringLiteral("access"), QStringLiteral("not-a-uuid"));
        QJsonObject objection = body(QStringLiteral("objection"));
        QJsonObject details = objection.value(QLatin1String("details")).toObject();
        details.insert(QStringLiteral("object_to"), QJsonArray());
        objection.insert(QStringLiteral("details"), details);
        QJsonObject rect = body(QStringLiteral("rectification"));
        details = rect.value(QLatin1String("details")).toObject();
        details.insert(QStringLiteral("correction"), QJsonValue(QJsonValue::Null));
        rect.insert(QStringLiteral("details"), details);
        QJsonObject withdraw = body(QStringLiteral("access"));
        details = withdraw.value(QLatin1String("details")).toObject();
        details.insert(QStringLiteral("withdraw_consents"), true);
        withdraw.insert(QStringLiteral("details"), details);
        QTest::newRow("no key") << body(QStringLiteral("access")) << false
                                << QStringLiteral("missing_idempotency_key");
        QTest::newRow("unknown member") << unknown << true << QStringLiteral("invalid_request");
        QTest::newRow("unknown type") << badType << true << QStringLiteral("invalid_request");
        QTest::newRow("bad id") << badId << true << QStringLiteral("invalid_request");
        QTest::newRow("objection to nothing")
            << objection << true << QStringLiteral("invalid_request");
        QTest::newRow("rectification without correction")
            << rect << true << QStringLiteral("invalid_request");
        QTest::newRow("withdraw with access")
            << withdraw << true << QStringLiteral("invalid_request");
    }
    void validation()
    {
        QFETCH(QJsonObject, b);
        QFETCH(bool, withKey);
        QFETCH(QString, code);
        const auto r = post(b, withKey ? SandboxTestClient::uuid() : QString());
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), code);
        QCOMPARE(m_client->getAuthed(QStringLiteral("/v1/requests"))
                     .json.value(QLatin1String("requests"))
                     .toArray()
                     .size(),
                 0);
    }

    void sameKeyIsAppliedOnce()
    {
        const QJsonObject b = body(QStringLiteral("erasure"));
        const QString key = SandboxTestClient::uuid();
        const auto first = post(b, key);
        const auto again = post(b, key);
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.json, first.json);
        // The same request id under a new key is the same request.
        QCOMPARE(post(b, SandboxTestClient::uuid()).json, first.json);
        // The key with another body: refused, nothing applied.
        QJsonObject other = b;
        other.insert(QStringLiteral("language"), QStringLiteral("en"));
        const auto reused = post(other, key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(errorCode(reused), QStringLiteral("idempotency_key_reused"));
        const auto stats =
            keyStats(m_client->admin("GET", QStringLiteral("/_sandbox/requests")).json, key);
        QCOMPARE(stats.value(QLatin1String("applied")).toInt(), 1);
        QCOMPARE(stats.value(QLatin1String("replayed")).toInt(), 2);
        QCOMPARE(stats.value(QLatin1String("rejected")).toInt(), 1);
    }

    void movedAlongByTheTestHook()
    {
        const QJsonObject b = body(QStringLiteral("objection"));
        const QString id = b.value(QLatin1String("request_id")).toString();
        QCOMPARE(post(b, SandboxTestClient::uuid()).status, 201);
        QCOMPARE(advance(id, QStringLiteral("start")).json.value(QLatin1String("status")),
                 QJsonValue(QStringLiteral("in_progress")));
        const auto extended =
            advance(id, QStringLiteral("extend"),
                    QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-12-20T10:00:00Z")}});
        QCOMPARE(extended.json.value(QLatin1String("status")).toString(),
                 QStringLiteral("extended"));
        QCOMPARE(extended.json.value(QLatin1String("extended_at")).toString(),
                 QStringLiteral("2026-12-20T10:00:00.000Z"));
        QVERIFY(!extended.json.value(QLatin1String("reason"))
                     .toObject()
                     .value(QLatin1String("nl"))
                     .toString()
                     .isEmpty());
        const auto refused =
            advance(id, QStringLiteral("refuse"),
                    QJsonObject{{QStringLiteral("reason"),
                                 QJsonObject{{QStringLiteral("nl"), QStringLiteral("Nee.")},
                                             {QStringLiteral("en"), QStringLiteral("No.")}}}});
        QCOMPARE(refused.json.value(QLatin1String("status")).toString(), QStringLiteral("refused"));
        const auto seen = m_client->getAuthed(QStringLiteral("/v1/requests/") + id);
        QCOMPARE(seen.json.value(QLatin1String("reason")).toObject().value(QLatin1String("en")),
                 QJsonValue(QStringLiteral("No.")));
        // Closed: it does not move again.
        QCOMPARE(advance(id, QStringLiteral("complete")).status, 400);
        QCOMPARE(advance(id, QStringLiteral("dance")).status, 400);
        QCOMPARE(advance(SandboxTestClient::uuid(), QStringLiteral("start")).status, 400);
    }

    void accessResultCarriesTheDataAndArticle15Answers()
    {
        const QJsonObject b = body(QStringLiteral("access"));
        const QString id = b.value(QLatin1String("request_id")).toString();
        QCOMPARE(post(b, SandboxTestClient::uuid()).status, 201);
        auto notReady = m_client->getAuthed(QStringLiteral("/v1/requests/%1/result").arg(id));
        QCOMPARE(notReady.status, 409);
        QCOMPARE(errorCode(notReady), QStringLiteral("result_not_ready"));
        QCOMPARE(advance(id, QStringLiteral("complete")).status, 200);
        QCOMPARE(m_client->getAuthed(QStringLiteral("/v1/requests/") + id)
                     .json.value(QLatin1String("result_available")),
                 QJsonValue(true));
        const auto result = m_client->getAuthed(QStringLiteral("/v1/requests/%1/result").arg(id));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(QLatin1String("format")).toString(),
                 QStringLiteral("roer-export"));
        QCOMPARE(result.json.value(QLatin1String("request_id")).toString(), id);
        QVERIFY(!result.json.value(QLatin1String("datasets")).toArray().isEmpty());
        const QJsonObject info = result.json.value(QLatin1String("access_information")).toObject();
        for (const char *item : {"purposes", "categories", "recipients", "retention", "source",
                                 "automated_decisions", "transfers"})
            QVERIFY2(!info.value(QLatin1String(item))
                          .toObject()
                          .value(QLatin1String("nl"))
                          .toString()
                          .isEmpty(),
                     item);
        // An erasure has no result.
        const QJsonObject e = body(QStringLiteral("erasure"));
        QCOMPARE(post(e, SandboxTestClient::uuid()).status, 201);
        QCOMPARE(errorCode(m_client->getAuthed(
                     QStringLiteral("/v1/requests/%1/result")
                         .arg(e.value(QLatin1String("request_id")).toString()))),
                 QStringLiteral("no_result"));
    }

    void completedErasureErasesButKeepsInvoices()
    {
        const QJsonObject b = body(QStringLiteral("erasure"));
        QCOMPARE(post(b, SandboxTestClient::uuid()).status, 201);
        QCOMPARE(advance(b.value(QLatin1String("request_id")).toString(),
                         QStringLiteral("complete"))
                     .status,
                 200);
        const auto exported = m_client->getAuthed(QStringLiteral("/v1/export"));
        const QJsonArray datasets = exported.json.value(QLatin1String("datasets")).toArray();
        QCOMPARE(datasets.size(), 1);
        QCOMPARE(datasets.first().toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("orders"));
    }

    void faultsActOnRequestsToo()
    {
        m_client->admin("POST", QStringLiteral("/_sandbox/faults"),
                        QJsonObject{{QStringLiteral("fail_next"), 1}});
        const QJsonObject b = body(QStringLiteral("portability"));
        const QString key = SandboxTestClient::uuid();
        QCOMPARE(post(b, key).status, 500);
        QCOMPARE(m_client->getAuthed(QStringLiteral("/v1/requests"))
                     .json.value(QLatin1String("requests"))
                     .toArray()
                     .size(),
                 0);
        // Stored, then the connection is closed twice (the client's own resend included).
        m_client->admin("POST", QStringLiteral("/_sandbox/faults"),
                        QJsonObject{{QStringLiteral("drop_after_commit_next"), 2}});
        QVERIFY(post(b, key).status == 0);
        QCOMPARE(post(b, key).status, 201);
        const auto stats =
            keyStats(m_client->admin("GET", QStringLiteral("/_sandbox/requests")).json, key);
        QCOMPARE(stats.value(QLatin1String("applied")).toInt(), 1);
    }

    void keptInTheDataFolderAcrossARestart()
    {
        QTemporaryDir dir;
        SandboxServerProcess sandbox;
        QVERIFY(
            sandbox.start(SandboxServerProcess::Tls::None, {QStringLiteral("--data"), dir.path()}));
        SandboxTestClient client(sandbox.baseUrl());
        QVERIFY(client.link());
        const QJsonObject b = body(QStringLiteral("erasure"));
        SandboxTestClient::Headers h = client.bearer();
        h.append({QByteArray("Content-Type"), QByteArray("application/json")});
        h.append({QByteArray("Idempotency-Key"), SandboxTestClient::uuid().toLatin1()});
        QCOMPARE(client
                     .send("POST", QStringLiteral("/v1/requests"),
                           QJsonDocument(b).toJson(QJsonDocument::Compact), h)
                     .status,
                 201);
        QCOMPARE(client
                     .admin("POST",
                            QStringLiteral("/_sandbox/requests/%1/complete")
                                .arg(b.value(QLatin1String("request_id")).toString()))
                     .status,
                 200);
        sandbox.stop();
        QVERIFY(
            sandbox.start(SandboxServerProcess::Tls::None, {QStringLiteral("--data"), dir.path()}));
        SandboxTestClient again(sandbox.baseUrl());
        QVERIFY(again.link());
        const auto list = again.getAuthed(QStringLiteral("/v1/requests"));
        QCOMPARE(list.json.value(QLatin1String("requests")).toArray().size(), 1);
        QCOMPARE(list.json.value(QLatin1String("requests"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("completed"));
        QCOMPARE(again.getAuthed(QStringLiteral("/v1/export"))
                     .json.value(QLatin1String("datasets"))
                     .toArray()
                     .size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRequests)
#include "TestSandboxRequests.moc"
