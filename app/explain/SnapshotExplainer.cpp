#include "SnapshotExplainer.h"

#include "Catalogue.h"
#include "FieldClassifier.h"
#include "InsightBuilder.h"
#include "RecordFigures.h"
#include "core/Logging.h"
#include "detectors/DateOfBirthDetector.h"
#include "importing/Record.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace {

// Categories whose insight counts different values (addresses, numbers) rather than rows.
bool needsDistinct(const QString &category)
{
    static const QSet<QString> ids = {QStringLiteral("pd:Name"),
                                      QStringLiteral("pd:EmailAddress"),
                                      QStringLiteral("pd:TelephoneNumber"),
                                      QStringLiteral("pd:Address"),
                                      QStringLiteral("pd:PostalCode"),
                                      QStringLiteral("pd:BankAccount"),
                                      QStringLiteral("pd:PaymentCard"),
                                      QStringLiteral("pd:IPAddress"),
                                      QStringLiteral("pd:DeviceBased"),
                                      QStringLiteral("pd:Profile"),
                                      QStringLiteral("pd:NationalIdentificationNumber"),
                                      QStringLiteral("pd:DateOfBirth"),
                                      QStringLiteral("pd:Gender"),
                                      QStringLiteral("pd:Identifier"),
                                      QStringLiteral("pd:Preference"),
                                      QStringLiteral("pd:SocialMedia"),
                                      QStringLiteral("pd:Health")};
    return ids.contains(category);
}

constexpr int kKeptDistinct = 5;

// A date that says when something happened. A date of birth or an expiry date does not.
bool isEventField(const ExplainedField &field)
{
    if (field.classification.category == QLatin1String("pd:DateOfBirth"))
        return false;
    static const QStringList notEvents = {QStringLiteral("expir"),  QStringLiteral("verval"),
                                          QStringLiteral("geldig"), QStringLiteral("valid"),
                                          QStringLiteral("birth"),  QStringLiteral("geboor")};
    const QString name = field.path.section(pathSeparator(), -1).toLower();
    for (const QString &n : notEvents)
        if (name.contains(n))
            return false;
    return true;
}

} // namespace

SnapshotExplainer::SnapshotExplainer(const Catalogue &catalogue, const QString &language)
    : m_catalogue(catalogue), m_language(language), m_today(QDate::currentDate())
{
}

QDate SnapshotExplainer::eventDate(const QString &raw, const QString &normalised) const
{
    const auto plausible = [this](const QDate &d) {
        return d.isValid() && d.year() >= 1970 && d <= m_today.addYears(1) ? d : QDate();
    };
    for (const QString &v : {normalised, raw}) {
        const QString t = v.trimmed();
        if (t.size() < 8)
            continue;
        // Fast path for what the importer normalises dates to: "yyyy-MM-dd..." (ISO 8601).
        if (t.size() >= 10 && t.at(4) == u'-' && t.at(7) == u'-') {
            const auto digits = [&t](int from, int count) {
                int n = 0;
                for (int i = from; i < from + count; ++i) {
                    if (!t.at(i).isDigit())
                        return -1;
                    n = n * 10 + t.at(i).digitValue();
                }
                return n;
            };
            const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
            if (y > 0 && m > 0 && d > 0 && (t.size() == 10 || t.at(10) == u'T' || t.at(10) == u' '))
                return plausible(QDate(y, m, d));
        }
        if (t.at(0).isDigit() && (t.size() == 10 || t.size() == 13)) {
            bool numeric = false;
            const qint64 n = t.toLongLong(&numeric);
            if (numeric)
                return plausible(
                    QDateTime::fromMSecsSinceEpoch(t.size() == 13 ? n : n * 1000, QTimeZone::utc())
                        .date());
        }
        const QDateTime iso = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (iso.isValid())
            return plausible(iso.date());
        if (const QDate d = DateOfBirthDetector::parseDate(t); d.isValid())
            return plausible(d);
    }
    return {};
}

void SnapshotExplainer::describe(ExplainedField &field) const
{
    const Catalogue::Category *c = m_catalogue.category(field.classification.category);
    if (!c) {
        field.title = QCoreApplication::translate("SnapshotExplainer", "Not recognised");
        field.explanation =
            QCoreApplication::translate("SnapshotExplainer",
                                        "Roer does not know what this is. You can ask the shop:")
            + QLatin1Char(' ') + field.classification.question;
        return;
    }
    field.title = c->title.in(m_language);
    field.explanation = c->explanation.in(m_language);
    field.whatYouCanDo = c->whatYouCanDo.in(m_language);
    field.retention = c->retention.in(m_language);
    for (const QString &id : c->purposes) {
        const Catalogue::Purpose *p = m_catalogue.purpose(id);
        if (!p)
            continue;
        const Catalogue::LegalBasis *basis = m_catalogue.legalBasis(p->legalBasis);
        field.purposes << (basis
                               ? QCoreApplication::translate("SnapshotExplainer", "%1 (%2)")
                                     .arg(p->title.in(m_language),
                                          FieldClassifier::inlineTitle(basis->title.in(m_language)))
                               : p->title.in(m_language));
    }
}

Result<SnapshotExplanation>
SnapshotExplainer::explain(const SnapshotReader &reader, const QString &retailerName,
                           const QList<CorrectionStore::Correction> &corrections) const
{
    Result<QList<SnapshotReader::Field>> fields = reader.fields();
    if (!fields)
        return fields.error();

    SnapshotExplanation out;
    out.language = m_language;
    out.retailer = retailerName;
    out.headline = QCoreApplication::translate("SnapshotExplainer", "What %1 knows about you")
                       .arg(retailerName);

    struct Scan
    {
        QStringList sample;
        int datesInSample = 0;
        bool dates = false;
        bool distinct = false;
        QSet<QString> seen;
    };
    QList<Scan> scans(fields->size());
    QHash<qint64, qsizetype> index;
    for (const SnapshotReader::Field &f : *fields) {
        index.insert(f.id, out.fields.size());
        ExplainedField field;
        field.fieldId = f.id;
        field.dataFile = f.dataFile;
        field.path = f.path;
        field.count = f.count;
        if (f.hasRule) {
            field.part = f.rule.section;
            field.recordRuleTitle = f.rule.title();
            field.recordRule = f.rule.describe(f.dataFile);
        }
        out.fields << field;
    }

    // Pass 1: a sample of every field, stopping as soon as every field has a full one.
    qsizetype waiting = out.fields.size();
    Result<void> first = reader.forEachValueOfAll(
        [&](qint64, qint64 fieldId, const QString &raw, const QString &normalised) {
            const auto it = index.constFind(fieldId);
            if (it == index.constEnd() || raw.trimmed().isEmpty())
                return true;
            Scan &scan = scans[*it];
            if (scan.sample.size() >= kSampleSize)
                return true;
            scan.sample << raw;
            if (eventDate(raw, normalised).isValid())
                ++scan.datesInSample;
            if (scan.sample.size() == kSampleSize)
                --waiting;
            return waiting > 0;
        });
    if (!first)
        return first.error();

    FieldClassifier classifier(m_catalogue);
    classifier.setToday(m_today);
    classifier.setLanguage(m_language);
    // Neighbours: the other fields with the same parent in the same data file. Every field is
    // classified on its own first; then again with what its neighbours' own names and values
    // say, so a date, an amount or a generic "name" follows the record it sits in.
    QHash<QString, QList<qsizetype>> siblings;
    const auto parentOf = [](const ExplainedField &f) {
        return f.dataFile + QLatin1Char('\x1f') + f.path.section(pathSeparator(), 0, -2);
    };
    const auto lastOf = [](const ExplainedField &f) { return f.path.section(pathSeparator(), -1); };
    for (qsizetype i = 0; i < out.fields.size(); ++i)
        siblings[parentOf(out.fields.at(i))] << i;
    QList<FieldClassification> alone(out.fields.size());
    for (qsizetype i = 0; i < out.fields.size(); ++i) {
        const ExplainedField &f = out.fields.at(i);
        QList<FieldClassifier::Neighbour> names;
        for (const qsizetype j : siblings.value(parentOf(f)))
            if (j != i)
                names << FieldClassifier::Neighbour{lastOf(out.fields.at(j)), QString()};
        alone[i] = classifier.classify({f.dataFile, f.path, scans[i].sample, names});
    }
    int corrected = 0;
    for (qsizetype i = 0; i < out.fields.size(); ++i) {
        ExplainedField &field = out.fields[i];
        Scan &scan = scans[i];
        if (const CorrectionStore::Correction *c =
                CorrectionStore::find(corrections, field.dataFile, field.path);
            c && m_catalogue.category(c->category)) {
            field.classification.category = c->category;
            field.classification.confidence = 1.0;
            field.classification.source = FieldClassification::Source::Correction;
            field.classification.reason =
                QCoreApplication::translate("SnapshotExplainer", "You chose this yourself.");
            ++corrected;
        } else if (scan.sample.isEmpty() && field.count > 0) {
            // Empty in every record (a field the shop never filled): nothing about you in it.
            field.classification.category = QStringLiteral("none");
            field.classification.confidence = 0.6;
            field.classification.source = FieldClassification::Source::Values;
            field.classification.reason = QCoreApplication::translate(
                "SnapshotExplainer",
                "This field is empty in every record. It holds nothing about you.");
        } else {
            QList<FieldClassifier::Neighbour> neighbours;
            for (const qsizetype j : siblings.value(parentOf(field)))
                if (j != i)
                    neighbours << FieldClassifier::Neighbour{lastOf(out.fields.at(j)),
                                                             alone.at(j).ownEvidence
                                                                 ? alone.at(j).category
                                                                 : QString()};
            field.classification =
                classifier.classify({field.dataFile, field.path, scan.sample, neighbours});
        }
        describe(field);
        scan.dates = !scan.sample.isEmpty() && scan.datesInSample * 2 >= scan.sample.size();
        scan.distinct = needsDistinct(field.classification.category);
    }

    // Pass 2: per record, which categories it holds and its event dates (a date of birth or
    // an expiry date is never one), so counts and time spans come from the records they talk
    // about; and different values for the insights.
    RecordFigures figures(out.fields, m_catalogue);
    for (qsizetype i = 0; i < out.fields.size(); ++i)
        figures.setEventDates(i, scans[i].dates && isEventField(out.fields[i]));
    Result<void> second = reader.forEachValueOfAll(
        [&](qint64 record, qint64 fieldId, const QString &raw, const QString &normalised) {
            const auto it = index.constFind(fieldId);
            if (it == index.constEnd())
                return true;
            const qsizetype i = *it;
            figures.enter(record, i);
            const QString value = raw.trimmed();
            if (value.isEmpty())
                return true;
            Scan &scan = scans[i];
            ExplainedField &field = out.fields[i];
            figures.holds(i);
            if (scan.distinct && scan.seen.size() < kMaxDistinct && !scan.seen.contains(value)) {
                scan.seen.insert(value);
                field.distinct = scan.seen.size();
                if (field.firstDistinct.size() < kKeptDistinct)
                    field.firstDistinct << value;
            }
            if (scan.dates) {
                const QDate d = eventDate(raw, normalised);
                if (d.isValid()) {
                    if (!field.firstDate.isValid() || d < field.firstDate)
                        field.firstDate = d;
                    if (!field.lastDate.isValid() || d > field.lastDate)
                        field.lastDate = d;
                    figures.dated(i, d);
                }
            }
            return true;
        });
    if (!second)
        return second.error();
    out.records = figures.finish();

    InsightBuilder insights(m_catalogue, m_language);
    insights.setToday(m_today);
    insights.setStatedRetention(m_statedRetention);
    insights.build(out);
    qCInfo(lcExplain) << "explained" << out.fields.size() << "fields," << corrected << "corrected,"
                      << out.alerts.size() << "alerts";
    return out;
}
