// Explain benchmark (not run by ctest): imports a generated order history of N records
// (five fields each) into a fresh passphrase vault, then measures
//   1. the synchronous explainer on this thread (what the pages did before: the baseline),
//   2. ExplainService cold: the same work on its worker thread, while a 10 ms timer on this
//      thread counts ticks and the longest gap between two ticks (how smooth the GUI stays),
//   3. ExplainService again: the cache.
//   bench_explain [--records N]    (default 1,000,000)

#include "../ui/PagesTestSupport.h"
#include "explain/ExplainService.h"
#include "explain/RetailerExplainer.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int records = 1000000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--records")); i > 0 && i + 1 < args.size())
        records = args.at(i + 1).toInt();

    QTemporaryDir dir;
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    if (!manager.createWithPassphrase(QStringLiteral("benchmark passphrase"))) {
        std::fprintf(stderr, "cannot create the vault\n");
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    const QString file = PagesTestSupport::writeLargeExport(dir.path(), records);
    const qint64 id =
        PagesTestSupport::addAndImport(*manager.vault(), QStringLiteral("Wehkamp"), {file});
    if (id < 0) {
        std::fprintf(stderr, "import failed\n");
        return 2;
    }
    QFile::remove(file);
    std::printf(
        "records: %d (%lld values), generated and imported in %.1f s; peak RSS so far %ld MiB\n",
        records, qint64(records) * 5, clock.elapsed() / 1000.0, peakRssMiB());

    // 1. Baseline: synchronous, on this thread.
    clock.restart();
    double cpu = cpuSeconds();
    const auto sync = RetailerExplainer(*manager.vault(), QStringLiteral("en"))
                          .explainLatest(id, QStringLiteral("Wehkamp"));
    const double syncMs = clock.nsecsElapsed() / 1e6;
    const double syncCpu = cpuSeconds() - cpu;
    if (!sync || !sync->has_value()) {
        std::fprintf(stderr, "explain failed\n");
        return 2;
    }
    std::printf("synchronous explain (baseline, blocks its thread): %.0f ms wall, %.1f s CPU, %.2f "
                "M values/s (wall); "
                "peak RSS so far %ld MiB\n",
                syncMs, syncCpu, records * 5 / syncMs / 1000.0, peakRssMiB());

    // 1b. The same, with the progress/cancel observer the service uses (its own cost).
    {
        RetailerExplainer observed(*manager.vault(), QStringLiteral("en"));
        qint64 calls = 0;
        observed.setObserver([&calls](qint64, qint64) {
            ++calls;
            return true;
        });
        clock.restart();
        const double before = cpuSeconds();
        const auto again = observed.explainLatest(id, QStringLiteral("Wehkamp"));
        const double ms = clock.nsecsElapsed() / 1e6;
        std::printf("synchronous explain with the observer: %.0f ms wall (%.2f x baseline), %.1f s "
                    "CPU, %lld observer calls\n",
                    ms, ms / syncMs, cpuSeconds() - before, calls);
    }

    // 2. The service, cold (twice: the second after invalidate(), to see the spread).
    ExplainService service(&manager);
    int progressSignals = 0;
    bool done = false;
    QObject::connect(&service, &ExplainService::progressed, &app, [&] { ++progressSignals; });
    QObject::connect(&service, &ExplainService::explained, &app, [&] {
        done = true;
        app.quit();
    });
    QObject::connect(&service, &ExplainService::explainFailed, &app,
                     [&](qint64, const QString &) { app.quit(); });
    double coldMs = 0;
    for (int run = 1; run <= 2; ++run) {
        service.invalidate(id);
        QTimer ticker;
        ticker.setInterval(10);
        int ticks = 0;
        qint64 maxGapNs = 0;
        QElapsedTimer sinceTick;
        QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
            ++ticks;
            maxGapNs = std::max(maxGapNs, sinceTick.nsecsElapsed());
            sinceTick.restart();
        });
        progressSignals = 0;
        done = false;
        clock.restart();
        cpu = cpuSeconds();
        service.request(id, QStringLiteral("en"));
        const double requestReturned = clock.nsecsElapsed() / 1e6;
        sinceTick.start();
        ticker.start();
        app.exec();
        ticker.stop();
        coldMs = clock.nsecsElapsed() / 1e6;
        const double coldCpu = cpuSeconds() - cpu;
        if (!done) {
            std::fprintf(stderr, "service failed\n");
            return 2;
        }
        std::printf("service cold, run %d: request() returned in %.2f ms; result after %.0f ms "
                    "wall (%.2f x baseline), "
                    "%.1f s CPU (%.2f x baseline); %d timer ticks of 10 ms, longest gap %.1f ms; "
                    "%d progress signals\n",
                    run, requestReturned, coldMs, coldMs / syncMs, coldCpu, coldCpu / syncCpu,
                    ticks, maxGapNs / 1e6, progressSignals);
    }

    // 3. The service, cached.
    constexpr int kRepeats = 1000;
    clock.restart();
    int hits = 0;
    for (int i = 0; i < kRepeats; ++i)
        hits += service.request(id, QStringLiteral("en")).has_value() ? 1 : 0;
    const double cachedMs = clock.nsecsElapsed() / 1e6 / kRepeats;
    std::printf(
        "service cached: %.3f ms per request (%d/%d from the cache, the key is checked each time); "
        "%.0fx faster than cold\n",
        cachedMs, hits, kRepeats, coldMs / cachedMs);
    std::printf("explainer runs: %d; peak RSS %ld MiB\n", service.explainRuns(), peakRssMiB());
    manager.lock();
    return 0;
}
