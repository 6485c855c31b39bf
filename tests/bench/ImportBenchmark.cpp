// Import benchmark (not run by ctest): generates a ~100 MB export as CSV and as JSON
// (>= 1 million records each), then measures, each phase in its own child process so peak
// memory is per phase: parse only; import into an encrypted vault; the same import pipeline
// into an unkeyed database opened with the same SQLCipher library (plaintext baseline).
//   bench_import [--records N] [--dir DIR]

#include "directory/RetailerStore.h"
#include "importing/Importer.h"
#include "importing/SearchIndexer.h"
#include "vault/Schema.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>

#include <cstdio>

namespace {

const char *const kCities[] = {"Amsterdam", "Utrecht",   "Rotterdam", "Den Haag",
                               "Eindhoven", "Groningen", "Zwolle"};
const char *const kProducts[] = {"Koffiebonen 1 kg", "Fietsbel",      "Boek paperback", "Theedoek",
                                 "Hagelslag puur",   "Oplader USB-C", "Wollen sokken"};

void generate(const QString &dir, qint64 records)
{
    QFile csv(dir + QStringLiteral("/orders.csv"));
    QFile json(dir + QStringLiteral("/orders.json"));
    csv.open(QIODevice::WriteOnly);
    json.open(QIODevice::WriteOnly);
    csv.write("Order ID,Order Date,Product,Quantity,Total,City,Email\n");
    json.write("[\n");
    QByteArray c, j;
    for (qint64 i = 0; i < records; ++i) {
        const QByteArray id = "NL-" + QByteArray::number(10000000 + i);
        const QByteArray date = "2021-" + QByteArray::number(1 + i % 12).rightJustified(2, '0')
            + "-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "T"
            + QByteArray::number(i % 24).rightJustified(2, '0') + ":15:00Z";
        const QByteArray product = kProducts[i % 7];
        const QByteArray qty = QByteArray::number(1 + i % 5);
        const QByteArray total =
            QByteArray::number(1 + i % 200) + "." + QByteArray::number(10 + i % 90);
        const QByteArray city = kCities[i % 7];
        const QByteArray email = "klant" + QByteArray::number(i % 5000) + "@example.org";
        c += id + ',' + date + ',' + product + ',' + qty + ',' + total + ',' + city + ',' + email
            + '\n';
        j += (i ? ",\n" : "") + QByteArray("{\"id\":\"") + id + "\",\"date\":\"" + date
            + "\",\"product\":\"" + product + "\",\"qty\":" + qty + ",\"total\":" + total
            + ",\"city\":\"" + city + "\",\"email\":\"" + email + "\"}";
        if (c.size() > (1 << 20)) {
            csv.write(c);
            json.write(j);
            c.clear();
            j.clear();
        }
    }
    csv.write(c);
    json.write(j + "\n]\n");
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// User + system CPU seconds of this process: the machine is shared, so wall time alone
// says more about the neighbours than about Roer.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Builds the search index after the import commit (what roer-cli and the GUI do next).
// Returns wall and CPU seconds.
QPair<double, double> indexPhase(sqlite3 *db)
{
    if (qEnvironmentVariableIsSet("ROER_BENCH_NO_INDEX")) // for profiling the import alone
        return {0, 0};
    QElapsedTimer t;
    t.start();
    const double cpu = cpuSeconds();
    auto r = SearchIndexer(db).run();
    if (!r)
        std::fprintf(stderr, "indexing failed: %s\n", qPrintable(r.error().message));
    return {double(t.nsecsElapsed()) / 1e9, cpuSeconds() - cpu};
}

// One phase, in this (child) process. Prints "seconds records peakKiB cpu indexSeconds
// indexCpu"; the peak RSS covers import and index.
int runPhase(const QString &phase, const QString &file, const QString &work)
{
    QLoggingCategory::setFilterRules(QStringLiteral("roer.*.info=false"));
    QElapsedTimer timer;
    qint64 records = 0;
    double cpuStart = 0;
    double wall = 0, cpu = 0;
    QPair<double, double> index{0, 0};
    if (phase == QLatin1String("parse")) {
        sqlite3 *none = nullptr;
        Importer importer(none);
        timer.start();
        cpuStart = cpuSeconds();
        auto r = importer.parseOnly(file);
        if (!r) {
            std::fprintf(stderr, "parse failed: %s\n", qPrintable(r.error().message));
            return 2;
        }
        records = *r;
        wall = double(timer.nsecsElapsed()) / 1e9;
        cpu = cpuSeconds() - cpuStart;
    } else if (phase == QLatin1String("encrypted")) {
        const QString dir = work + QStringLiteral("/vault");
        QDir().mkpath(dir);
        auto vault = Vault::create(dir, SecureBytes::random(Vault::kKeySize));
        if (!vault)
            return 2;
        Retailer retailer;
        retailer.name = QStringLiteral("Bench");
        auto id = RetailerStore(**vault).add(retailer);
        Importer importer(**vault);
        timer.start();
        cpuStart = cpuSeconds();
        auto r = importer.run(*id, {file});
        if (!r) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(r.error().message));
            return 2;
        }
        records = r->records;
        wall = double(timer.nsecsElapsed()) / 1e9;
        cpu = cpuSeconds() - cpuStart;
        index = indexPhase((*vault)->handle());
    } else {
        // The same SQLCipher library without a key writes plaintext: the baseline.
        sqlite3 *db = nullptr;
        sqlite3_open_v2(QFile::encodeName(work + QStringLiteral("/plain.db")).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        for (const char *pragma :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
              "PRAGMA temp_store = MEMORY", "PRAGMA secure_delete = ON"})
            sqlite3_exec(db, pragma, nullptr, nullptr, nullptr);
        if (!Schema::migrate(db))
            return 2;
        sqlite3_exec(db, "INSERT INTO retailer (name, created_at) VALUES ('Bench', '2026-01-01')",
                     nullptr, nullptr, nullptr);
        {
            Importer importer(db);
            timer.start();
            cpuStart = cpuSeconds();
            auto r = importer.run(sqlite3_last_insert_rowid(db), {file});
            if (!r) {
                std::fprintf(stderr, "import failed: %s\n", qPrintable(r.error().message));
                return 2;
            }
            records = r->records;
            wall = double(timer.nsecsElapsed()) / 1e9;
            cpu = cpuSeconds() - cpuStart;
        }
        index = indexPhase(db);
        sqlite3_close_v2(db);
    }
    std::printf("%.3f %lld %ld %.3f %.3f %.3f\n", wall, static_cast<long long>(records),
                peakRssKiB(), cpu, index.first, index.second);
    return 0;
}

struct Figures
{
    double seconds = 0;
    qint64 records = 0;
    long peakKiB = 0;
    double cpu = 0;
    double indexSeconds = 0;
    double indexCpu = 0;
};

Figures spawn(const QString &phase, const QString &file, const QString &work)
{
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--phase"), phase, file, work});
    p.waitForFinished(-1);
    const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
    Figures f;
    if (parts.size() == 6) {
        f.seconds = parts[0].toDouble();
        f.records = parts[1].toLongLong();
        f.peakKiB = parts[2].toLong();
        f.cpu = parts[3].toDouble();
        f.indexSeconds = parts[4].toDouble();
        f.indexCpu = parts[5].toDouble();
    }
    QDir(work).removeRecursively();
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 4 && args[0] == QLatin1String("--phase"))
        return runPhase(args[1], args[2], args[3]);

    qint64 records = 1000000;
    QString base;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--records"))
            records = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--dir"))
            base = args[i + 1];
    }
    QTemporaryDir tmp(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/roer-bench-XXXXXX")
                                     : base + QStringLiteral("/roer-bench-XXXXXX"));
    QTextStream out(stdout);
    out << "Generating " << records << " records as CSV and JSON in " << tmp.path() << " ...\n";
    out.flush();
    generate(tmp.path(), records);
    out << "SQLCipher " << Vault::linkedCipherVersion()
        << ", one transaction per import (rollback journal while importing, WAL otherwise), "
           "synchronous=FULL; search index after the commit\n\n";
    out << "| variant | phase | MB | wall s | CPU s | MB/s (wall) | MB/s (CPU) | records/s (CPU) | "
           "peak RSS MiB |\n"
           "|---|---|---|---|---|---|---|---|---|\n";
    for (const char *name : {"orders.csv", "orders.json"}) {
        const QString file = tmp.path() + QLatin1Char('/') + QLatin1String(name);
        const double mb = double(QFileInfo(file).size()) / 1e6;
        Figures parse = spawn(QStringLiteral("parse"), file, tmp.path() + QStringLiteral("/work"));
        Figures enc =
            spawn(QStringLiteral("encrypted"), file, tmp.path() + QStringLiteral("/work"));
        Figures plain = spawn(QStringLiteral("plain"), file, tmp.path() + QStringLiteral("/work"));
        auto row = [&](const char *phase, double seconds, double cpu, qint64 n, long peakKiB) {
            out << "| " << name << " | " << phase << " | " << QString::number(mb, 'f', 1) << " | "
                << QString::number(seconds, 'f', 2) << " | " << QString::number(cpu, 'f', 2)
                << " | " << QString::number(mb / seconds, 'f', 1) << " | "
                << QString::number(mb / cpu, 'f', 1) << " | "
                << QString::number(double(n) / cpu, 'f', 0) << " | "
                << (peakKiB ? QString::number(double(peakKiB) / 1024.0, 'f', 0) : QString())
                << " |\n";
        };
        auto ratio = [&](const char *what, double numWall, double denWall, double numCpu,
                         double denCpu) {
            out << "| " << name << " | " << what << " | | | | "
                << QString::number(numWall / denWall, 'f', 2) << " | "
                << QString::number(numCpu / denCpu, 'f', 2) << " | | |\n";
        };
        row("parse only", parse.seconds, parse.cpu, parse.records, parse.peakKiB);
        row("import, encrypted vault", enc.seconds, enc.cpu, enc.records, 0);
        row("search index, encrypted vault", enc.indexSeconds, enc.indexCpu, enc.records, 0);
        row("import + index, encrypted vault", enc.seconds + enc.indexSeconds,
            enc.cpu + enc.indexCpu, enc.records, enc.peakKiB);
        row("import, unkeyed baseline", plain.seconds, plain.cpu, plain.records, 0);
        row("search index, unkeyed baseline", plain.indexSeconds, plain.indexCpu, plain.records, 0);
        row("import + index, unkeyed baseline", plain.seconds + plain.indexSeconds,
            plain.cpu + plain.indexCpu, plain.records, plain.peakKiB);
        ratio("ratio encrypted/plain, import (throughput)", plain.seconds, enc.seconds, plain.cpu,
              enc.cpu);
        ratio("ratio encrypted/plain, import + index (throughput)",
              plain.seconds + plain.indexSeconds, enc.seconds + enc.indexSeconds,
              plain.cpu + plain.indexCpu, enc.cpu + enc.indexCpu);
        ratio("ratio encrypted import/parse-only (throughput)", parse.seconds, enc.seconds,
              parse.cpu, enc.cpu);
        out.flush();
    }
    return 0;
}
