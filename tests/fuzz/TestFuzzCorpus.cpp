#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Replays the committed fuzz corpus through the same entry points as the libFuzzer
// harnesses, so every CI run covers what fuzzing found (no clang needed).
class TestFuzzCorpus : public QObject
{
    Q_OBJECT

    static int replay(const char *folder, int (*target)(const uint8_t *, size_t))
    {
        const QDir dir(qEnvironmentVariable("ROER_TEST_DATA") + QStringLiteral("/corpus/")
                       + QLatin1String(folder));
        int n = 0;
        const auto files = dir.entryInfoList(QDir::Files);
        for (const QFileInfo &info : files) {
            QFile f(info.filePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            target(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++n;
        }
        return n;
    }

private slots:
    void csv() { QVERIFY(replay("csv", FuzzTargets::csv) > 0); }
    void json() { QVERIFY(replay("json", FuzzTargets::json) > 0); }
    void zip() { QVERIFY(replay("zip", FuzzTargets::zip) > 0); }
    void xml() { QVERIFY(replay("xml", FuzzTargets::xml) > 0); }
    void normaliser() { QVERIFY(replay("normaliser", FuzzTargets::normaliser) > 0); }
    void apiAnswer() { QVERIFY(replay("api", FuzzTargets::apiAnswer) > 0); }
    void sandboxRequests() { QVERIFY(replay("sandbox", FuzzTargets::sandboxRequests) > 0); }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "TestFuzzCorpus.moc"
