// The Dutch translation is complete: no unfinished or empty entry in roer_nl.ts, and the
// compiled file loads.
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void dutchIsComplete();
    void dutchLoads();
};

void TestTranslations::dutchIsComplete()
{
    const QString path = QDir(qEnvironmentVariable("ROER_TEST_DATA"))
                             .filePath(QStringLiteral("../../translations/roer_nl.ts"));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList missing;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                missing << context + QStringLiteral(": ") + source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished Dutch entries:\n").arg(missing.size())
                        + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::dutchLoads()
{
    QTranslator translator;
    QVERIFY(
        translator.load(QStringLiteral("roer_nl"),
                        qEnvironmentVariable("ROER_BINARY_DIR") + QStringLiteral("/translations")));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.translate("WorkspaceView", "Settings"), QStringLiteral("Instellingen"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
