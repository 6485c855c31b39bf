// roer-sandbox: the reference retailer server of the Roer protocol (docs/protocol/README.md).
// A developer and help-desk tool: its messages are English only.
#include "HostileServer.h"
#include "SandboxConfig.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

bool parseCount(const QCommandLineParser &p, const QCommandLineOption &o, const char *name,
                QJsonObject &faults)
{
    if (!p.isSet(o))
        return true;
    bool ok = false;
    const int n = p.value(o).toInt(&ok);
    if (!ok || n < 0)
        return false;
    faults.insert(QLatin1String(name), n);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roer-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reference retailer server for the Roer protocol, with an invented shop and customers.\n"
        "Listens on 127.0.0.1 only. The first line on stdout is 'listening on URL'."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QStringLiteral("Port to listen on (0: any free port)."),
                                     QStringLiteral("N"), QStringLiteral("8470"));
    const QCommandLineOption certOpt(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate (chain) for HTTPS."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption keyOpt(QStringLiteral("tls-key"),
                                    QStringLiteral("PEM private key for HTTPS."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption dataOpt(QStringLiteral("data"),
                                     QStringLiteral(
                                         "Keep state in DIR/state.json (default: in memory)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption
        autoOpt(QStringLiteral("auto-approve"),
                QStringLiteral(
                    "Approve OAuth requests at once (customer from login_hint, default c-1001)."));
    const QCommandLineOption testOpt(QStringLiteral("test-mode"),
                                     QStringLiteral("Enable the /_sandbox/ test endpoints."));
    const QCommandLineOption lifetimeOpt(QStringLiteral("token-lifetime"),
                                         QStringLiteral(
                                             "Access token lifetime in seconds (default 3600)."),
                                         QStringLiteral("S"), QStringLiteral("3600"));
    const QCommandLineOption failOpt(QStringLiteral("fail-next"),
                                     QStringLiteral("Answer 500 to the next N API requests."),
                                     QStringLiteral("N"));
    const QCommandLineOption delayOpt(QStringLiteral("delay-ms"),
                                      QStringLiteral("Wait this long before every API answer."),
                                      QStringLiteral("MS"));
    const QCommandLineOption dropOpt(
        QStringLiteral("drop-after-commit-next"),
        QStringLiteral("Store the next N decisions, then close the connection without an answer."),
        QStringLiteral("N"));
    const QCommandLineOption rateOpt(QStringLiteral("rate-limit-next"),
                                     QStringLiteral("Answer 429 to the next N API requests."),
                                     QStringLiteral("N"));
    const QCommandLineOption retryOpt(QStringLiteral("retry-after"),
                                      QStringLiteral("Retry-After seconds with 429 (default 2)."),
                                      QStringLiteral("S"));
    const QCommandLineOption
        garbageOpt(QStringLiteral("garbage-next"),
                   QStringLiteral("Answer 200 with wrong content to the next N API requests."),
                   QStringLiteral("N"));
    const QCommandLineOption logOpt(
        QStringLiteral("log"),
        QStringLiteral(
            "Print one line per request on stderr (method, path, status; no bodies, no tokens)."));
    const QCommandLineOption downOpt(QStringLiteral("down"),
                                     QStringLiteral(
                                         "Start down: answer 503 to everything but /_sandbox/."));
    const QCommandLineOption hostileOpt(QStringLiteral("hostile"),
                                        QStringLiteral(
                                            "Answer like a hostile retailer (tests): %1.")
                                            .arg(HostileServer::modeNames().join(
                                                QStringLiteral(", "))),
                                        QStringLiteral("MODE"));
    const QCommandLineOption dripOpt(QStringLiteral("drip-ms"),
                                     QStringLiteral("With --hostile slow-drip: ms per byte."),
                                     QStringLiteral("MS"), QStringLiteral("250"));
    const QCommandLineOption linkOpt(
        QStringLiteral("link-mbit"),
        QStringLiteral("With --hostile: send no faster than this many Mbit/s (0: no limit)."),
        QStringLiteral("MBIT"), QStringLiteral("0"));
    const QCommandLineOption redirectOpt(
        QStringLiteral("redirect-to"),
        QStringLiteral(
            "With --hostile redirect: the other origin (default http://localhost:PORT)."),
        QStringLiteral("URL"));
    parser.addOptions({portOpt, certOpt, keyOpt, dataOpt, autoOpt, testOpt, lifetimeOpt, failOpt,
                       delayOpt, dropOpt, rateOpt, retryOpt, garbageOpt, downOpt, logOpt,
                       hostileOpt, dripOpt, linkOpt, redirectOpt});
    parser.process(app);

    SandboxConfig config;
    bool ok = false;
    const int port = parser.value(portOpt).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        std::fputs("roer-sandbox: --port must be a number from 0 to 65535\n", stderr);
        return 1;
    }
    config.port = quint16(port);
    config.tlsCertFile = parser.value(certOpt);
    config.tlsKeyFile = parser.value(keyOpt);
    if (config.tlsCertFile.isEmpty() != config.tlsKeyFile.isEmpty()) {
        std::fputs("roer-sandbox: give both --tls-cert and --tls-key\n", stderr);
        return 1;
    }
    config.dataDir = parser.value(dataOpt);
    config.autoApprove = parser.isSet(autoOpt);
    config.testMode = parser.isSet(testOpt);
    config.logRequests = parser.isSet(logOpt);
    config.tokenLifetimeSeconds = parser.value(lifetimeOpt).toInt(&ok);
    if (!ok || config.tokenLifetimeSeconds <= 0) {
        std::fputs("roer-sandbox: --token-lifetime must be a positive number\n", stderr);
        return 1;
    }
    if (!parseCount(parser, failOpt, "fail_next", config.initialFaults)
        || !parseCount(parser, delayOpt, "delay_ms", config.initialFaults)
        || !parseCount(parser, dropOpt, "drop_after_commit_next", config.initialFaults)
        || !parseCount(parser, rateOpt, "rate_limit_next", config.initialFaults)
        || !parseCount(parser, retryOpt, "retry_after", config.initialFaults)
        || !parseCount(parser, garbageOpt, "garbage_next", config.initialFaults)) {
        std::fputs("roer-sandbox: fault options take a non-negative number\n", stderr);
        return 1;
    }
    if (parser.isSet(downOpt))
        config.initialFaults.insert(QStringLiteral("down"), true);

    QString error;
    if (parser.isSet(hostileOpt)) {
        HostileServer hostile(config, parser.value(hostileOpt));
        const int drip = parser.value(dripOpt).toInt(&ok);
        if (!ok || drip <= 0) {
            std::fputs("roer-sandbox: --drip-ms must be a positive number\n", stderr);
            return 1;
        }
        hostile.setDripIntervalMs(drip);
        const int link = parser.value(linkOpt).toInt(&ok);
        if (!ok || link < 0) {
            std::fputs("roer-sandbox: --link-mbit must be a non-negative number\n", stderr);
            return 1;
        }
        hostile.setLinkMbit(link);
        if (parser.isSet(redirectOpt))
            hostile.setRedirectTarget(QUrl(parser.value(redirectOpt)));
        if (!hostile.start(&error)) {
            std::fprintf(stderr, "roer-sandbox: %s\n", qPrintable(error));
            return 2;
        }
        std::printf("listening on %s\n", qPrintable(hostile.baseUrl().toString()));
        std::fflush(stdout);
        return app.exec();
    }
    SandboxServer server(config);
    if (!server.start(&error)) {
        std::fprintf(stderr, "roer-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    // Tests and scripts read the port from this first line.
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
