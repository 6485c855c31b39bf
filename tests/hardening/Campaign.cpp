#include "Campaign.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cstdio>

namespace Campaign {

bool isLong()
{
    return qEnvironmentVariable("ROER_HARDENING") == QLatin1String("long");
}

int count(const char *name, int shortCount, int longCount)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(
        (QByteArray("ROER_HARDENING_") + QByteArray(name).toUpper()).constData(), &ok);
    if (ok && n > 0)
        return n;
    return isLong() ? longCount : shortCount;
}

void figure(const QString &campaign, const QString &name, const QString &value)
{
    std::printf("FIGURE %s %s %s\n", qPrintable(campaign), qPrintable(name), qPrintable(value));
    std::fflush(stdout);
}

void figure(const QString &campaign, const QString &name, qint64 value)
{
    figure(campaign, name, QString::number(value));
}

QString binaryDir()
{
    return qEnvironmentVariable("ROER_BINARY_DIR");
}

QString roerCli()
{
    return binaryDir() + QStringLiteral("/app/cli/roer-cli");
}

QString sourceDir()
{
    // ROER_TEST_DATA is the folder of the test's CMakeLists.txt (tests/hardening).
    return QDir(qEnvironmentVariable("ROER_TEST_DATA") + QStringLiteral("/../..")).canonicalPath();
}

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
        int timeoutMs, const QByteArray &input)
{
    Run r;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    r.finished = QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.elapsedMs = clock.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QMap<QString, QByteArray> fileHashes(const QString &directory)
{
    QMap<QString, QByteArray> out;
    const QDir base(directory);
    for (const QString &path : filesUnder({directory})) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        out.insert(base.relativeFilePath(path), h.result().toHex());
    }
    return out;
}

QStringList filesUnder(const QStringList &directories)
{
    QStringList out;
    for (const QString &d : directories) {
        QDirIterator it(d, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(it.next());
    }
    return out;
}

QList<Encoded> encodings(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    QList<Encoded> out{{QStringLiteral("plain"), utf8},
                       {QStringLiteral("utf16le"), le},
                       {QStringLiteral("utf16be"), be}};
    // Base64 of the needle at each of the three byte offsets it can have in a longer text:
    // keep only the characters that do not depend on the bytes around it.
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray padded = QByteArray(shift, '\0') + utf8;
        QByteArray b64 = padded.toBase64(QByteArray::OmitTrailingEquals);
        const int skip = shift == 0 ? 0 : (shift * 8 + 5) / 6;
        const qsizetype tail = ((padded.size() * 8) % 6) ? 1 : 0;
        b64 = b64.mid(skip, b64.size() - skip - tail);
        if (b64.size() >= 8)
            out.append({QStringLiteral("base64+%1").arg(shift), b64});
    }
    return out;
}

int countHits(const QByteArray &haystack, const QList<Encoded> &needles, QStringList *where,
              const QString &name)
{
    int hits = 0;
    for (const Encoded &n : needles) {
        for (qsizetype at = haystack.indexOf(n.bytes); at >= 0;
             at = haystack.indexOf(n.bytes, at + 1)) {
            ++hits;
            if (where)
                where->append(QStringLiteral("%1 (%2 at %3)").arg(name, n.label).arg(at));
        }
    }
    return hits;
}

} // namespace Campaign
