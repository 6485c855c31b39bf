#include "directory/RetailerStore.h"
#include "explain/CorrectionStore.h"
#include "explain/ExplanationJson.h"
#include "explain/RetailerExplainer.h"
#include "importing/Importer.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QDir(qEnvironmentVariable("ROER_TEST_DATA"))
        .absoluteFilePath(QStringLiteral("../importing/fixtures/") + name);
}

const QStringList kFixtures = {QStringLiteral("Retail.OrderHistory.1.csv"),
                               QStringLiteral("Connections.csv"),
                               QStringLiteral("bonnen-excel.csv"),
                               QStringLiteral("tab-separated.tsv"),
                               QStringLiteral("tweet.js"),
                               QStringLiteral("facebook-profile.json"),
                               QStringLiteral("Records.json"),
                               QStringLiteral("account-sections.json"),
                               QStringLiteral("arrays-of-arrays.json"),
                               QStringLiteral("supermarket-export.xml")};

// Every field of every import fixture, with the category a person would give it.
// Key: "<data file> › <path in file>".
const QHash<QString, QString> &expected()
{
    static const QHash<QString, QString> table = {
#include "FixtureExpectations.inc"
    };
    return table;
}

} // namespace

// End to end: the importer's fixtures go into a real vault, the explainer reads them back
// through SnapshotStore, and every field lands in the category written down here.
class TestFixtureClassification : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    qint64 m_retailer = 0;

    void importAll()
    {
        Importer importer(*m_vault);
        QStringList files;
        for (const QString &f : kFixtures)
            files << fixture(f);
        const auto summary = importer.run(m_retailer, files);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(fixture(kFixtures.first())));
        auto vault = Vault::create(m_dir.path(), SecureBytes::random(32));
        QVERIFY(vault.ok());
        m_vault = std::move(vault).value();
        Retailer r;
        r.name = QStringLiteral("Voorbeeldwinkel");
        const auto id = RetailerStore(*m_vault).add(r);
        QVERIFY(id.ok());
        m_retailer = *id;
        importAll();
    }

    void everyFieldIsClassifiedAsWrittenDown()
    {
        RetailerExplainer explainer(*m_vault, QStringLiteral("en"));
        explainer.setToday(QDate(2026, 6, 1));
        const auto e = explainer.explainLatest(m_retailer, QStringLiteral("Voorbeeldwinkel"));
        QVERIFY(e.ok() && e->has_value());
        QStringList wrong, missing;
        QSet<QString> seen;
        for (const ExplainedField &f : (*e)->fields) {
            const QString key = f.dataFile + QStringLiteral(" \u203A ")
                + ExplanationJson::fieldPathInFile(f.path, f.dataFile);
            seen.insert(key);
            const QString got = f.classification.recognised() ? f.classification.category
                                                              : QStringLiteral("unknown");
            if (qEnvironmentVariableIsSet("ROER_DUMP_FIXTURES"))
                qInfo("{QStringLiteral(\"%s\"), QStringLiteral(\"%s\")}, // %.2f %s",
                      qPrintable(key), qPrintable(got), f.classification.confidence,
                      qPrintable(f.classification.reason));
            if (!expected().contains(key))
                missing << key + QStringLiteral(" (got ") + got + QLatin1Char(')');
            else if (expected().value(key) != got)
                wrong << QStringLiteral("%1: expected %2, got %3 (%4)")
                             .arg(key, expected().value(key), got, f.classification.reason);
        }
        for (auto it = expected().cbegin(); it != expected().cend(); ++it)
            if (!seen.contains(it.key()))
                missing << it.key() + QStringLiteral(" (expected, not imported)");
        qInfo("%lld fields classified", qint64((*e)->fields.size()));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in the table:\n")
                            + missing.join(QLatin1Char('\n'))));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void summaryAndJsonShape()
    {
        RetailerExplainer explainer(*m_vault, QStringLiteral("en"));
        explainer.setToday(QDate(2026, 6, 1));
        const auto e = explainer.explainLatest(m_retailer, QStringLiteral("Voorbeeldwinkel"));
        QVERIFY(e.ok() && e->has_value());
        QCOMPARE((*e)->headline, QStringLiteral("What Voorbeeldwinkel knows about you"));
        QVERIFY(!(*e)->summary.isEmpty());
        for (const QString &s : (*e)->summary)
            qInfo("summary: %s", qPrintable(s));
        for (const ExplainAlert &a : (*e)->alerts)
            qInfo("alert %s: %s", qPrintable(a.kind), qPrintable(a.text));
        const QJsonObject json = ExplanationJson::toJson(**e);
        QCOMPARE(json.keys(),
                 QStringList({QStringLiteral("alerts"), QStringLiteral("fields"),
                              QStringLiteral("retailer"), QStringLiteral("summary")}));
        const QJsonObject first = json.value(QStringLiteral("fields")).toArray().first().toObject();
        QCOMPARE(first.keys(),
                 QStringList({QStringLiteral("category"), QStringLiteral("confidence"),
                              QStringLiteral("explanation"), QStringLiteral("file"),
                              QStringLiteral("path"), QStringLiteral("reason"),
                              QStringLiteral("title")}));
        bool unknownHasQuestion = false;
        for (const QJsonValue &v : json.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject f = v.toObject();
            const double confidence = f.value(QStringLiteral("confidence")).toDouble(-1);
            QVERIFY(confidence >= 0.0 && confidence <= 1.0);
            if (f.value(QStringLiteral("category")).isNull())
                unknownHasQuestion |= f.value(QStringLiteral("explanation"))
                                          .toString()
                                          .contains(QStringLiteral("why do you keep it?"));
        }
        QVERIFY(unknownHasQuestion);
    }

    // The customer says the supermarket's purchase "@nummer" is an identifier; the next import
    // (a new snapshot of the same retailer) uses her answer.
    void correctionIsRememberedOnTheNextImport()
    {
        CorrectionStore corrections(*m_vault);
        QVERIFY(corrections
                    .set(m_retailer, QStringLiteral("supermarket-export.xml"),
                         QStringLiteral("supermarket-export.xml \u203A aankopen \u203A aankoop "
                                        "\u203A @nummer"),
                         QStringLiteral("pd:Identifier"))
                    .ok());
        Importer importer(*m_vault);
        const auto summary =
            importer.run(m_retailer, {fixture(QStringLiteral("supermarket-export.xml"))});
        QVERIFY(summary.ok());
        QVERIFY(!summary->alreadyImported);
        const auto e = RetailerExplainer(*m_vault, QStringLiteral("en"))
                           .explainLatest(m_retailer, QStringLiteral("V"));
        QVERIFY(e.ok() && e->has_value());
        bool found = false;
        for (const ExplainedField &f : (*e)->fields) {
            if (!f.path.endsWith(QStringLiteral("@nummer")))
                continue;
            found = true;
            QCOMPARE(f.classification.category, QStringLiteral("pd:Identifier"));
            QCOMPARE(f.classification.source, FieldClassification::Source::Correction);
        }
        QVERIFY(found);
        QCOMPARE((*e)->fields.size(), 7); // only the new snapshot's fields
    }
};

QTEST_GUILESS_MAIN(TestFixtureClassification)
#include "TestFixtureClassification.moc"
