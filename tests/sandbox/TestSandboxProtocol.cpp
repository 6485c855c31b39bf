// The protocol as roer-sandbox implements it, over real HTTP on loopback: discovery, OAuth with
// PKCE and refresh, bearer tokens and scopes, purposes. (Consents: TestSandboxConsents.)
#include "SandboxServerProcess.h"
#include "SandboxTestClient.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

class TestSandboxProtocol : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void discovery();
    void oauthPkce();
    void oauthRefusals();
    void refreshToken();
    void tokenRequired();
    void purposes();
    void adminEndpointsNeedTestMode();

private:
    SandboxServerProcess m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxProtocol::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    QCOMPARE(m_sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.baseUrl());
}

void TestSandboxProtocol::init()
{
    QCOMPARE(m_client->admin("POST", QStringLiteral("/_sandbox/reset")).status, 200);
    QVERIFY(m_client->link());
}

void TestSandboxProtocol::discovery()
{
    const auto r = m_client->get(QStringLiteral("/.well-known/roer-privacy"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QLatin1String("roer_privacy")).toInt(), 1);
    QVERIFY(r.json.value(QLatin1String("versions")).toArray().contains(QStringLiteral("v1")));
    const QString origin = m_sandbox.baseUrl().toString();
    QCOMPARE(r.json.value(QLatin1String("api_base")).toString(), origin + QStringLiteral("/v1/"));
    const QJsonObject oauth = r.json.value(QLatin1String("oauth")).toObject();
    QCOMPARE(oauth.value(QLatin1String("authorization_endpoint")).toString(),
             origin + QStringLiteral("/oauth/authorize"));
    QCOMPARE(oauth.value(QLatin1String("token_endpoint")).toString(),
             origin + QStringLiteral("/oauth/token"));
    QCOMPARE(oauth.value(QLatin1String("code_challenge_methods_supported")).toArray(),
             QJsonArray{QStringLiteral("S256")});
    QCOMPARE(r.json.value(QLatin1String("languages")).toArray(),
             (QJsonArray{QStringLiteral("nl"), QStringLiteral("en")}));
}

void TestSandboxProtocol::oauthPkce()
{
    const QByteArray verifier = SandboxTestClient::makeVerifier();
    const QString redirect = QStringLiteral("http://127.0.0.1:53682/callback");
    const auto a = m_client->authorize(SandboxTestClient::challengeFor(verifier),
                                       QStringLiteral("st-42"), redirect);
    QCOMPARE(a.status, 302);
    const QUrl location(QString::fromLatin1(a.header("Location")));
    QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(location.port(), 53682);
    QCOMPARE(location.path(), QStringLiteral("/callback"));
    const QUrlQuery q(location);
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
    const QString code = q.queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    const auto t = m_client->exchange(code, verifier, redirect);
    QCOMPARE(t.status, 200);
    QCOMPARE(t.json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(t.json.value(QLatin1String("expires_in")).toInt() > 0);
    QVERIFY(!t.json.value(QLatin1String("refresh_token")).toString().isEmpty());
    m_client->setAccessToken(t.json.value(QLatin1String("access_token")).toString());
    QCOMPARE(m_client->getAuthed(QStringLiteral("/v1/purposes")).status, 200);

    // A code is single use.
    const auto again = m_client->exchange(code, verifier, redirect);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestSandboxProtocol::oauthRefusals()
{
    const QString redirect = QStringLiteral("http://127.0.0.1:53682/callback");
    // Wrong verifier: refused, and the code is spent.
    const QByteArray verifier = SandboxTestClient::makeVerifier();
    auto a = m_client->authorize(SandboxTestClient::challengeFor(verifier), QStringLiteral("s"),
                                 redirect);
    QString code = QUrlQuery(QUrl(QString::fromLatin1(a.header("Location"))))
                       .queryItemValue(QStringLiteral("code"));
    const auto wrong = m_client->exchange(code, SandboxTestClient::makeVerifier(), redirect);
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    QVERIFY(!wrong.json.contains(QLatin1String("access_token")));
    QCOMPARE(m_client->exchange(code, verifier, redirect).status, 400);

    // Another redirect_uri at the token endpoint than at authorize.
    a = m_client->authorize(SandboxTestClient::challengeFor(verifier), QStringLiteral("s"),
                            redirect);
    code = QUrlQuery(QUrl(QString::fromLatin1(a.header("Location"))))
               .queryItemValue(QStringLiteral("code"));
    QCOMPARE(m_client->exchange(code, verifier, QStringLiteral("http://127.0.0.1:1/other")).status,
             400);

    // Not a loopback redirect: an error page, never a redirect.
    a = m_client->authorize(SandboxTestClient::challengeFor(verifier), QStringLiteral("s"),
                            QStringLiteral("http://evil.example:8080/callback"));
    QCOMPARE(a.status, 400);
    QVERIFY(a.header("Location").isEmpty());
    a = m_client->authorize(SandboxTestClient::challengeFor(verifier), QStringLiteral("s"),
                            QStringLiteral("https://127.0.0.1/callback"));
    QCOMPARE(a.status, 400);

    // Plain challenge method: refused back to the client with error and state.
    a = m_client->get(QStringLiteral("/oauth/authorize?response_type=code&client_id=roer&state=s9"
                                     "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5%2Fcb&code_challenge="
                                     "abc&code_challenge_method=plain"));
    QCOMPARE(a.status, 302);
    const QUrlQuery q(QUrl(QString::fromLatin1(a.header("Location"))));
    QCOMPARE(q.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("s9"));
    QVERIFY(!q.hasQueryItem(QStringLiteral("code")));

    // Unknown customer: access denied.
    a = m_client->authorize(SandboxTestClient::challengeFor(verifier), QStringLiteral("s"),
                            redirect, QStringLiteral("login_hint=nobody"));
    QCOMPARE(QUrlQuery(QUrl(QString::fromLatin1(a.header("Location"))))
                 .queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));
}

void TestSandboxProtocol::refreshToken()
{
    QCOMPARE(m_client->admin("POST", QStringLiteral("/_sandbox/expire-tokens")).status, 200);
    auto r = m_client->getAuthed(QStringLiteral("/v1/consents"));
    QCOMPARE(r.status, 401);
    QCOMPARE(
        r.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("invalid_token"));
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));

    const QByteArray form = "grant_type=refresh_token&client_id=roer&refresh_token="
        + QUrl::toPercentEncoding(m_client->refreshToken());
    const auto t = m_client->send("POST", QStringLiteral("/oauth/token"), form,
                                  {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(t.status, 200);
    m_client->setAccessToken(t.json.value(QLatin1String("access_token")).toString());
    QCOMPARE(m_client->getAuthed(QStringLiteral("/v1/consents")).status, 200);
}

void TestSandboxProtocol::tokenRequired()
{
    for (const QString &path : {QStringLiteral("/v1/purposes"), QStringLiteral("/v1/consents"),
                                QStringLiteral("/v1/export")}) {
        const auto r = m_client->get(path);
        QCOMPARE(r.status, 401);
        QCOMPARE(
            r.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
            QStringLiteral("invalid_token"));
        QVERIFY(!r.json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .isEmpty());
    }
    // A token without the export scope.
    QVERIFY(m_client->link(QString(), QStringLiteral("consents")));
    const auto r = m_client->getAuthed(QStringLiteral("/v1/export"));
    QCOMPARE(r.status, 403);
    QCOMPARE(
        r.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("insufficient_scope"));
    QCOMPARE(m_client->getAuthed(QStringLiteral("/v1/nothing")).status, 404);
}

void TestSandboxProtocol::purposes()
{
    const auto r = m_client->getAuthed(QStringLiteral("/v1/purposes"));
    QCOMPARE(r.status, 200);
    const QJsonArray purposes = r.json.value(QLatin1String("purposes")).toArray();
    QVERIFY(purposes.size() >= 5);
    QSet<QString> bases;
    bool contract = false;
    for (const QJsonValue &v : purposes) {
        const QJsonObject p = v.toObject();
        QVERIFY(!p.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(p.value(QLatin1String("dpv_purpose")).toString().startsWith(QLatin1String("dpv:")));
        QVERIFY(!p.value(QLatin1String("title"))
                     .toObject()
                     .value(QLatin1String("nl"))
                     .toString()
                     .isEmpty());
        QVERIFY(!p.value(QLatin1String("description"))
                     .toObject()
                     .value(QLatin1String("en"))
                     .toString()
                     .isEmpty());
        QVERIFY(p.value(QLatin1String("retention")).toString().startsWith(QLatin1Char('P')));
        QVERIFY(p.value(QLatin1String("channels")).isArray());
        QVERIFY(p.value(QLatin1String("needed_for_contract")).isBool());
        for (const QJsonValue &c : p.value(QLatin1String("data_categories")).toArray())
            QVERIFY(c.toString().startsWith(QLatin1String("pd:")));
        bases.insert(p.value(QLatin1String("legal_basis")).toString());
        contract = contract || p.value(QLatin1String("needed_for_contract")).toBool();
    }
    QVERIFY(bases.contains(QStringLiteral("dpv:Consent")));
    QVERIFY(bases.contains(QStringLiteral("dpv:LegitimateInterest")));
    QVERIFY(bases.contains(QStringLiteral("dpv:Contract")));
    QVERIFY(contract);
}

void TestSandboxProtocol::adminEndpointsNeedTestMode()
{
    SandboxServerProcess plain;
    QVERIFY2(plain.start(SandboxServerProcess::Tls::None, {}, false),
             qPrintable(plain.errorText()));
    SandboxTestClient client(plain.baseUrl());
    QCOMPARE(client.get(QStringLiteral("/.well-known/roer-privacy")).status, 200);
    QCOMPARE(client.admin("GET", QStringLiteral("/_sandbox/decisions")).status, 404);
    QCOMPARE(client
                 .admin("POST", QStringLiteral("/_sandbox/faults"),
                        QJsonObject{{QStringLiteral("down"), true}})
                 .status,
             404);
    QCOMPARE(client.get(QStringLiteral("/.well-known/roer-privacy")).status, 200);
    // Without --auto-approve the customer sees a page to approve or deny.
    const auto page =
        client.authorize(SandboxTestClient::challengeFor(SandboxTestClient::makeVerifier()),
                         QStringLiteral("s"), QStringLiteral("http://127.0.0.1:5000/cb"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("name=\"decision\" value=\"approve\""));
    // The page posts the same parameters back with the customer's choice.
    const QByteArray verifier = SandboxTestClient::makeVerifier();
    const QByteArray form =
        "response_type=code&client_id=roer&state=s7&code_challenge_method=S256"
        "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fcb&customer=c-1002&code_challenge="
        + SandboxTestClient::challengeFor(verifier).toLatin1();
    const SandboxTestClient::Headers formType{
        {"Content-Type", "application/x-www-form-urlencoded"}};
    auto r =
        client.send("POST", QStringLiteral("/oauth/authorize"), form + "&decision=deny", formType);
    QCOMPARE(r.status, 302);
    QCOMPARE(QUrlQuery(QUrl(QString::fromLatin1(r.header("Location"))))
                 .queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));
    r = client.send("POST", QStringLiteral("/oauth/authorize"), form + "&decision=approve",
                    formType);
    QCOMPARE(r.status, 302);
    const QString code = QUrlQuery(QUrl(QString::fromLatin1(r.header("Location"))))
                             .queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(client.exchange(code, verifier, QStringLiteral("http://127.0.0.1:5000/cb")).status,
             200);
}

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "TestSandboxProtocol.moc"
