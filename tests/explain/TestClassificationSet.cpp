#include "directory/RetailerStore.h"
#include "explain/Catalogue.h"
#include "explain/ExplanationJson.h"
#include "explain/RetailerExplainer.h"
#include "importing/Importer.h"
#include "vault/Vault.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString setFolder()
{
    return qEnvironmentVariable("ROER_TEST_DATA") + QStringLiteral("/classification");
}

struct Label
{
    QString category; // a DPV id, "none" (technical, not personal) or "unknown"
    QString round;    // "held-out-1", ...: written after the classifier was tuned; "" otherwise
};

// labels.tsv: file <TAB> path inside the file <TAB> category [<TAB> held-out-N]
QHash<QString, Label> readLabels(QStringList &problems)
{
    QHash<QString, Label> labels;
    QFile file(setFolder() + QStringLiteral("/labels.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        problems << QStringLiteral("labels.tsv is missing");
        return labels;
    }
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = text.split(QLatin1Char('\t'));
        if (cols.size() < 3) {
            problems << QStringLiteral("labels.tsv:%1: three columns expected").arg(line);
            continue;
        }
        const QString key = cols.at(0) + QLatin1Char('\t') + cols.at(1);
        if (labels.contains(key))
            problems << QStringLiteral("labels.tsv:%1: %2 twice").arg(line).arg(key);
        labels.insert(key, Label{cols.at(2), cols.size() > 3 ? cols.at(3) : QString()});
    }
    return labels;
}

QString title(const QString &category)
{
    if (category == QLatin1String("unknown"))
        return QStringLiteral("not recognised");
    const Catalogue::Category *c = Catalogue::builtIn().category(category);
    return c ? QStringLiteral("%1 (%2)").arg(c->title.in(QStringLiteral("en")), category)
             : category;
}

QString percent(qint64 part, qint64 whole)
{
    return whole ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + u'%'
                 : QStringLiteral("–");
}

} // namespace

// The classifier over a broad labelled set built from publicly described export layouts
// (Google Takeout, Spotify, Facebook, Instagram, X, LinkedIn, Netflix, Amazon, Uber, Strava,
// TikTok, Snapchat and Dutch supermarket, webshop, rail and loyalty exports; the values are
// invented). Every file goes through the real importer into a real vault and is explained
// the way the app explains it. Measured: the share of personal-data fields placed in the
// right category (the goal is at least 90 %), technical fields called technical, and the
// confusion table. With ROER_CLASSIFICATION_REPORT=<file> it writes docs/classification.md
// (`cmake --build build --target classification_report`).
class TestClassificationSet : public QObject
{
    Q_OBJECT

private slots:
    void classifiesTheLabelledSet()
    {
        QStringList problems;
        const QHash<QString, Label> labels = readLabels(problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        QStringList files;
        QDirIterator it(setFolder(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.endsWith(QLatin1String(".tsv")) && !f.endsWith(QLatin1String(".md")))
                files << f;
        }
        files.sort();
        QVERIFY(files.size() >= 30);

        QTemporaryDir dir;
        auto vault = Vault::create(dir.path(), SecureBytes::random(Vault::kKeySize));
        QVERIFY(vault);
        Retailer retailer;
        retailer.name = QStringLiteral("Labelled set");
        const auto id = RetailerStore(**vault).add(retailer);
        QVERIFY(id);
        Importer importer(**vault);
        const auto summary = importer.run(*id, files);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->filesRead, int(files.size()));

        RetailerExplainer explainer(**vault, QStringLiteral("en"));
        explainer.setToday(QDate(2026, 6, 1));
        const auto e = explainer.explainLatest(*id, retailer.name);
        QVERIFY(e && e->has_value());

        // Rows: the label; columns: what Roer said.
        QMap<QString, QMap<QString, int>> confusion;
        qint64 personal = 0, personalRight = 0, technical = 0, technicalRight = 0;
        QMap<QString, QPair<qint64, qint64>> rounds; // round -> right, fields
        QStringList unlabelled, wrong;
        QSet<QString> seen;
        for (const ExplainedField &f : (*e)->fields) {
            const QString inFile = ExplanationJson::fieldPathInFile(f.path, f.dataFile);
            const QString key = f.dataFile + QLatin1Char('\t') + inFile;
            seen.insert(key);
            const QString got = f.classification.recognised() ? f.classification.category
                                                              : QStringLiteral("unknown");
            const auto label = labels.constFind(key);
            if (label == labels.constEnd()) {
                unlabelled << key + QLatin1Char('\t') + got;
                continue;
            }
            if (label->category == QLatin1String("unknown"))
                continue; // a person could not place it either; not counted
            ++confusion[label->category][got];
            const bool right = got == label->category;
            if (label->category == QLatin1String("none")) {
                ++technical;
                technicalRight += right ? 1 : 0;
            } else {
                ++personal;
                personalRight += right ? 1 : 0;
                QPair<qint64, qint64> &r = rounds[label->round];
                r.first += right ? 1 : 0;
                ++r.second;
            }
            if (!right)
                wrong << QStringLiteral("| `%1` | `%2` | %3 | %4 | %5 |")
                             .arg(f.dataFile, inFile, label->category, got,
                                  QString(f.classification.reason).replace(u'|', u'/'));
        }
        for (auto l = labels.cbegin(); l != labels.cend(); ++l)
            if (!seen.contains(l.key()))
                problems << QStringLiteral("labelled but not imported: ") + l.key();
        wrong.sort();
        const double figure = personal ? double(personalRight) / double(personal) : 0.0;
        qInfo("personal-data fields in the right category: %lld of %lld (%s)", personalRight,
              personal, qPrintable(percent(personalRight, personal)));
        qInfo("technical fields called technical: %lld of %lld", technicalRight, technical);
        for (auto r = rounds.cbegin(); r != rounds.cend(); ++r)
            qInfo("%s: %lld of %lld", r.key().isEmpty() ? "tuned on" : qPrintable(r.key()),
                  r.value().first, r.value().second);
        for (const QString &w : std::as_const(wrong))
            qInfo("%s", qPrintable(w));

        const QString report = qEnvironmentVariable("ROER_CLASSIFICATION_REPORT");
        if (!report.isEmpty())
            writeReport(report, int(files.size()), personal, personalRight, technical,
                        technicalRight, rounds, confusion, wrong);

        for (const QString &u : std::as_const(unlabelled))
            qInfo("not in labels.tsv: %s", qPrintable(u));
        QVERIFY2(unlabelled.isEmpty(), "fields without a label (listed above, with Roer's answer)");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(personal >= 300);
        QVERIFY2(figure >= 0.90, qPrintable(percent(personalRight, personal)));
    }

private:
    static void writeReport(const QString &path, int files, qint64 personal, qint64 personalRight,
                            qint64 technical, qint64 technicalRight,
                            const QMap<QString, QPair<qint64, qint64>> &rounds,
                            const QMap<QString, QMap<QString, int>> &confusion,
                            const QStringList &wrong)
    {
        QStringList columns;
        for (const auto &row : confusion)
            for (auto c = row.cbegin(); c != row.cend(); ++c)
                if (!columns.contains(c.key()))
                    columns << c.key();
        columns.sort();
        QString md;
        md +=
            QStringLiteral(
                "# How well Roer places fields in categories\n\n"
                "Generated by `tests/explain/TestClassificationSet.cpp`; do not edit by hand. "
                "Measure "
                "again with `cmake --build build --target classification_report`.\n\n"
                "The labelled set (`tests/explain/classification/`) holds %1 files shaped like the "
                "data exports that Google Takeout, Spotify, Facebook, Instagram, X, LinkedIn, "
                "Netflix, Amazon, Uber, Strava, TikTok, Snapchat and Dutch supermarkets, webshops, "
                "rail and loyalty programmes hand out, after their public descriptions; every "
                "value "
                "is invented. Each field has the category a person would give it "
                "(`labels.tsv`). The files go through the real importer into a real vault and are "
                "explained as in the app.\n\n")
                .arg(files);
        md += QStringLiteral("| measure | result |\n|---|---|\n");
        md += QStringLiteral("| personal-data fields in the right category | **%1 of %2 (%3)** |\n")
                  .arg(personalRight)
                  .arg(personal)
                  .arg(percent(personalRight, personal));
        for (auto r = rounds.cbegin(); r != rounds.cend(); ++r)
            md +=
                QStringLiteral("| of those, %1 | %2 of %3 (%4) |\n")
                    .arg(r.key().isEmpty()
                             ? QStringLiteral("the fields the classifier was tuned on")
                             : QStringLiteral("%1 (its first measurement is in the history below)")
                                   .arg(r.key()))
                    .arg(r.value().first)
                    .arg(r.value().second)
                    .arg(percent(r.value().first, r.value().second));
        md += QStringLiteral("| technical fields called \"technical data\" | %1 of %2 (%3) |\n\n")
                  .arg(technicalRight)
                  .arg(technical)
                  .arg(percent(technicalRight, technical));
        md += QStringLiteral("## Confusion table\n\nRows: the label. Columns: what Roer said "
                             "(`unknown`: not recognised). Short ids: `pd:` left out.\n\n");
        const auto shortId = [](const QString &id) {
            return QString(id).remove(QStringLiteral("pd:"));
        };
        md += QStringLiteral("| label | fields | right |");
        for (const QString &c : columns)
            md += QLatin1Char(' ') + shortId(c) + QStringLiteral(" |");
        md += QStringLiteral("\n|---|---|---|");
        for (int i = 0; i < columns.size(); ++i)
            md += QStringLiteral("---|");
        md += QLatin1Char('\n');
        for (auto row = confusion.cbegin(); row != confusion.cend(); ++row) {
            int total = 0;
            for (const int n : row.value())
                total += n;
            md += QStringLiteral("| %1 | %2 | %3 |")
                      .arg(shortId(row.key()))
                      .arg(total)
                      .arg(percent(row.value().value(row.key()), total));
            for (const QString &c : columns) {
                const int n = row.value().value(c);
                md += n ? (c == row.key() ? QStringLiteral(" **%1** |").arg(n)
                                          : QStringLiteral(" %1 |").arg(n))
                        : QStringLiteral(" |");
            }
            md += QLatin1Char('\n');
        }
        md += QStringLiteral("\nCategories: ");
        QStringList names;
        for (auto row = confusion.cbegin(); row != confusion.cend(); ++row)
            names << QStringLiteral("`%1` %2").arg(shortId(row.key()), title(row.key()));
        md += names.join(QStringLiteral("; ")) + QStringLiteral(".\n\n");
        QFile history(setFolder() + QStringLiteral("/NOTES.md"));
        if (history.open(QIODevice::ReadOnly | QIODevice::Text))
            md += QString::fromUtf8(history.readAll()) + QLatin1Char('\n');
        md += QStringLiteral("## Fields placed wrong\n\n| file | field | label | Roer | reason "
                             "Roer gave |\n|---|---|---|---|---|\n");
        md += wrong.join(QLatin1Char('\n')) + QLatin1Char('\n');
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text));
        out.write(md.toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestClassificationSet)
#include "TestClassificationSet.moc"
