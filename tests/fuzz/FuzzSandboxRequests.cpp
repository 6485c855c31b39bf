#include "FuzzTargets.h"

#include "SandboxServer.h"

#include <QCoreApplication>
#include <QRegularExpression>

// Fuzzes roer-sandbox's request pipeline (SandboxServer::handle: faults, OAuth, the protocol,
// the test endpoints) with requests as they arrive on the wire, after QtHttpServer's own HTTP
// parsing. The input is one or more requests separated by a line "---":
//   METHOD /path?query\n  Header: value\n ... \n\n  body
// Before each input the sandbox is reset and the harness links customer c-1001, so "@TOKEN@"
// and "@REFRESH@" in headers and bodies stand for a valid access and refresh token.
namespace {

QCoreApplication *ensureApplication()
{
    if (QCoreApplication::instance())
        return QCoreApplication::instance();
    static int argc = 1;
    static char name[] = "fuzz_sandbox";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return &app;
}

SandboxServer &server()
{
    static SandboxServer *s = [] {
        SandboxConfig config;
        config.autoApprove = true;
        config.testMode = true;
        auto *created = new SandboxServer(config);
        QString error;
        if (!created->start(&error))
            qFatal("fuzz_sandbox: cannot start the sandbox");
        return created;
    }();
    return *s;
}

SandboxRequest makeRequest(const QByteArray &method, const QString &target,
                           const QByteArray &body = {})
{
    SandboxRequest r;
    r.method = method;
    const QUrl url(target);
    r.path = url.path();
    r.query = QUrlQuery(url);
    r.body = body;
    r.origin = server().baseUrl().toString();
    return r;
}

// The customer links as the client would (authorization code with PKCE, then the token call).
QPair<QByteArray, QByteArray> link()
{
    const QByteArray verifier(43, 'v');
    const HttpReply code = server().handle(
        makeRequest("GET",
                    QStringLiteral("/oauth/authorize?response_type=code&client_id=")
                        + SandboxOAuth::clientId()
                        + QStringLiteral("&redirect_uri=http://127.0.0.1:9/cb&state=s"
                                         "&code_challenge_method=S256&code_challenge=")
                        + SandboxOAuth::challengeFor(verifier)));
    QByteArray location;
    for (const auto &h : code.headers)
        if (h.first == "Location")
            location = h.second;
    const QString c = QUrlQuery(QUrl::fromEncoded(location)).queryItemValue(QStringLiteral("code"));
    const HttpReply token = server().handle(
        makeRequest("POST", QStringLiteral("/oauth/token"),
                    "grant_type=authorization_code&client_id=" + SandboxOAuth::clientId().toLatin1()
                        + "&redirect_uri=http://127.0.0.1:9/cb&code_verifier=" + verifier
                        + "&code=" + c.toLatin1()));
    const QJsonObject o = QJsonDocument::fromJson(token.body).object();
    return {o.value(QLatin1String("access_token")).toString().toLatin1(),
            o.value(QLatin1String("refresh_token")).toString().toLatin1()};
}

} // namespace

namespace FuzzTargets {

int sandboxRequests(const uint8_t *data, size_t size)
{
    ensureApplication();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // A delay switch makes the sandbox sleep (up to 10 minutes by design): not a finding.
    if (input.contains("delay"))
        return 0;
    server().handle(makeRequest("POST", QStringLiteral("/_sandbox/reset")));
    const auto [access, refresh] = link();

    int count = 0;
    qsizetype pos = 0;
    while (pos <= input.size() && count < 16) {
        qsizetype end = input.indexOf("\n---\n", pos);
        QByteArray text = input.mid(pos, end < 0 ? -1 : end - pos);
        pos = end < 0 ? input.size() + 1 : end + 5;
        ++count;
        text.replace("@TOKEN@", access).replace("@REFRESH@", refresh);

        const qsizetype lineEnd = text.indexOf('\n');
        const QList<QByteArray> first = text.left(lineEnd < 0 ? text.size() : lineEnd).split(' ');
        if (first.size() < 2 || first[0].isEmpty())
            continue;
        SandboxRequest r = makeRequest(first[0], QString::fromUtf8(first[1]));
        qsizetype p = lineEnd < 0 ? text.size() : lineEnd + 1;
        while (p < text.size()) {
            const qsizetype e = text.indexOf('\n', p);
            const QByteArray line = text.mid(p, e < 0 ? -1 : e - p);
            p = e < 0 ? text.size() : e + 1;
            if (line.isEmpty())
                break;
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        r.body = text.mid(p);
        const HttpReply reply = server().handle(r);
        // Every answer the sandbox gives must be a real HTTP status with a body it can send.
        if (reply.status < 100 || reply.status > 599)
            qFatal("fuzz_sandbox: answered with an impossible status");
    }
    return 0;
}

} // namespace FuzzTargets
