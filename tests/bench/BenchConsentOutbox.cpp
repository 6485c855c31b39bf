// Benchmark (not a ctest test): 10,000 decisions through the transactional outbox to the
// real roer-sandbox on loopback. Prints decisions per second and the commit -> receipt
// latency (p50, p99), once without faults and once with 30% injected failures, and checks
// that nothing was lost and nothing was applied twice. Usage: bench_consent_outbox [COUNT]
#include "../consent/ConsentTestUtil.h"
#include "../consent/SandboxProcess.h"

#include "consent/OAuthLoopbackFlow.h"
#include "consent/Outbox.h"
#include "consent/OutboxSender.h"
#include "consent/RetailerApiClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

struct Figures
{
    int decisions = 0;
    double seconds = 0;
    qint64 p50 = 0, p99 = 0, max = 0;
    int lost = 0, appliedTwice = 0, requests = 0, faulted = 0;
};

QByteArray linkAndGetToken(QNetworkAccessManager &network, const QUrl &base)
{
    RetailerApiClient client(&network);
    (void)client.setAddress(base.toString());
    std::optional<Result<RetailerApiClient::Discovery>> d;
    client.discover([&](Result<RetailerApiClient::Discovery> r) { d = r; });
    if (!QTest::qWaitFor([&] { return d.has_value(); }, 10000) || !*d)
        return {};
    OAuthLoopbackFlow flow(&client, (*d)->authorizationEndpoint, (*d)->tokenEndpoint,
                           (*d)->clientId);
    std::optional<Result<QJsonObject>> tokens;
    auto url = flow.start({QStringLiteral("consents")}, [&](Result<QJsonObject> r) { tokens = r; });
    if (!url)
        return {};
    QNetworkRequest r(*url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::NoLessSafeRedirectPolicy);
    network.get(r);
    if (!QTest::qWaitFor([&] { return tokens.has_value(); }, 10000) || !*tokens)
        return {};
    return (**tokens)[QLatin1String("access_token")].toString().toUtf8();
}

Figures run(SandboxProcess &sandbox, int count, double failRatio)
{
    Figures f;
    sandbox.admin("POST", QStringLiteral("/_sandbox/reset"));
    QTemporaryDir dir;
    auto vault = ConsentTestUtil::makeVault(dir.path());
    const qint64 retailerId =
        ConsentTestUtil::addRetailer(*vault, QStringLiteral("Zandbak"),
                                     sandbox.address() + QStringLiteral("/v1/"));
    QNetworkAccessManager network;
    const QByteArray token = linkAndGetToken(network, sandbox.url());
    if (token.isEmpty()) {
        std::fprintf(stderr, "linking failed\n");
        return f;
    }
    // The sandbox's own purposes, each decided with a channel it really offers.
    RetailerApiClient api(&network);
    (void)api.setAddress(sandbox.address());
    api.setAccessToken(token);
    std::optional<Result<QList<RetailerPurpose>>> fetched;
    api.fetchPurposes([&](Result<QList<RetailerPurpose>> r) { fetched = r; });
    if (!QTest::qWaitFor([&] { return fetched.has_value(); }, 10000) || !*fetched)
        return f;
    (void)ConsentStore(*vault).savePurposes(retailerId, **fetched);
    QStringList purposes;
    QHash<QString, QString> channelOf;
    for (const RetailerPurpose &p : std::as_const(**fetched))
        if (!p.neededForContract) {
            purposes.append(p.id);
            channelOf.insert(p.id, p.channels.value(0));
        }
    if (failRatio > 0)
        sandbox.setFaults(
            {{QStringLiteral("fail_ratio"), failRatio}, {QStringLiteral("seed"), 42}});

    OutboxSender sender(*vault, &network);
    sender.setTokenFetcher(
        [token](qint64, bool, std::function<void(QByteArray)> done) { done(token); });
    sender.setBackoff(10, 1000);
    sender.setMaxSleepMs(20);
    sender.setMaxInFlight(6);
    ConsentStore store(*vault);
    int committed = 0;
    const int window = 32; // decisions committed but not yet confirmed, at most
    QElapsedTimer clock;
    clock.start();
    sender.start();
    QTimer producer;
    producer.setInterval(2);
    QObject::connect(&producer, &QTimer::timeout, &producer, [&]() {
        const int pending = Outbox(*vault).pendingCount().value();
        for (int i = pending; i < window && committed < count; ++i, ++committed) {
            DecisionRequest r;
            r.retailerId = retailerId;
            r.purposeId = purposes.at(committed % purposes.size());
            r.state = (committed / purposes.size()) % 2 ? Consent::State::Withdrawn
                                                        : Consent::State::Given;
            if (r.state == Consent::State::Given)
                r.channels = channelOf.value(r.purposeId).isEmpty()
                    ? QStringList()
                    : QStringList{channelOf.value(r.purposeId)};
            (void)store.decide(r);
        }
        if (committed >= count)
            producer.stop();
        if (committed % 1000 == 0 && qEnvironmentVariableIsSet("BENCH_DEBUG"))
            std::fprintf(stderr, "committed %d after %.1f s\n", committed,
                         clock.elapsed() / 1000.0);
        sender.sendDue();
    });
    producer.start();
    (void)QTest::qWaitFor(
        [&] { return committed >= count && Outbox(*vault).pendingCount().value() == 0; },
        30 * 60 * 1000);
    f.seconds = clock.elapsed() / 1000.0;
    sender.stop();

    const QList<OutboxEntry> entries = Outbox(*vault).all().value();
    QList<qint64> latency;
    for (const OutboxEntry &e : entries) {
        if (e.status != Consent::Delivery::Confirmed)
            ++f.lost;
        else
            latency.append(e.updatedMs - e.createdMs);
    }
    std::sort(latency.begin(), latency.end());
    if (!latency.isEmpty()) {
        f.p50 = latency.at(latency.size() / 2);
        f.p99 = latency.at(std::min<qsizetype>(latency.size() - 1, latency.size() * 99 / 100));
        f.max = latency.last();
    }
    f.decisions = int(entries.size());
    f.lost += count - int(entries.size());
    const QJsonObject d = sandbox.decisions();
    QHash<QString, int> applied;
    for (const QJsonValue &v : d[QLatin1String("idempotency_keys")].toArray())
        applied.insert(v[QLatin1String("key")].toString(), v[QLatin1String("applied")].toInt());
    for (const OutboxEntry &e : entries) {
        if (applied.value(e.idempotencyKey) > 1)
            ++f.appliedTwice;
        if (applied.value(e.idempotencyKey) == 0)
            ++f.lost;
    }
    if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
        std::fprintf(stderr, "keys %d decisions %d entries %d\n", int(applied.size()),
                     int(d[QLatin1String("decisions")].toArray().size()), int(entries.size()));
    f.requests = d[QLatin1String("requests")][QLatin1String("total")].toInt();
    f.faulted = d[QLatin1String("requests")][QLatin1String("faulted")].toInt();
    sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults"));
    return f;
}

void print(const char *name, const Figures &f)
{
    std::printf("%-22s decisions %6d  %8.1f decisions/s  p50 %5lld ms  p99 %5lld ms  max %6lld ms  "
                "requests %6d (faulted %5d)  lost %d  applied twice %d\n",
                name, f.decisions, f.seconds > 0 ? f.decisions / f.seconds : 0.0, qint64(f.p50),
                qint64(f.p99), qint64(f.max), f.requests, f.faulted, f.lost, f.appliedTwice);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("roer.*.info=false"));
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    if (qEnvironmentVariableIsEmpty("ROER_BINARY_DIR"))
        qputenv("ROER_BINARY_DIR", QCoreApplication::applicationDirPath().toUtf8() + "/../..");
    SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "could not start roer-sandbox at %s\n",
                     qPrintable(SandboxProcess::executable()));
        return 2;
    }
    // Third argument: "clean", "faults" or both (default), so the two can run side by side.
    const QByteArray which = argc > 2 ? QByteArray(argv[2]) : QByteArray("both");
    if (which != "faults")
        print("no faults", run(sandbox, count, 0.0));
    if (which != "clean")
        print("30% failures", run(sandbox, count, 0.3));
    return 0;
}
