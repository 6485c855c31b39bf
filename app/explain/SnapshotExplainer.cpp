#include "SnapshotExplainer.h"

#include "Catalogue.h"
#include "FieldClassifier.h"
#include "InsightBuilder.h"
#include "core/Logging.h"
#include "detectors/DateOfBirthDetector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

namespace {

// Categories whose insight counts different values (addresses, numbers) rather than rows.
bool needsDistinct(const QString &category)
{
    static const QSet<QString> ids = {
        QStringLiteral("pd:Name"), QStringLiteral("pd:EmailAddress"), QStringLiteral("pd:TelephoneNumber"),
        QStringLiteral("pd:Address"), QStringLiteral("pd:PostalCode"), QStringLiteral("pd:BankAccount"),
        QStringLiteral("pd:PaymentCard"), QStringLiteral("pd:IPAddress"), QStringLiteral("pd:DeviceBased"),
        QStringLiteral("pd:Profile"), QStringLiteral("pd:NationalIdentificationNumber"),
        QStringLiteral("pd:DateOfBirth"), QStringLiteral("pd:Gender"), QStringLiteral("pd:Identifier"),
        QStringLiteral("pd:Preference"), QStringLiteral("pd:SocialMedia"), QStringLiteral("pd:Health")};
    return ids.contains(category);
}

constexpr int kKeptDistinct = 5;

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
        if (t.at(0).isDigit() && (t.size() == 10 || t.size() == 13)) {
            bool numeric = false;
            const qint64 n = t.toLongLong(&numeric);
            if (numeric)
                return plausible(QDateTime::fromMSecsSinceEpoch(t.size() == 13 ? n : n * 1000, QTimeZone::utc()).date());
        }
        const QDateTime iso = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (iso.isValid())
            return plausible(iso.date());
        if (const QDate d = DateOfBirthDetector::parseDate(t); d.isValid())
            return plausible(d);
    }
    return {};
}

Result<void> SnapshotExplainer::scanField(const SnapshotReader &reader, ExplainedField &field, qint64 fieldId) const
{
    QStringList sample;
    int datesInSample = 0;
    Result<void> first = reader.forEachValue(fieldId, [&](const QString &raw, const QString &normalised, const QString &) {
        if (raw.trimmed().isEmpty())
            return true;
        sample << raw;
        if (eventDate(raw, normalised).isValid())
            ++datesInSample;
        return sample.size() < kSampleSize;
    });
    if (!first)
        return first;

    FieldClassifier classifier(m_catalogue);
    classifier.setToday(m_today);
    classifier.setLanguage(m_language);
    if (!field.classification.recognised()) // a correction may already be in place
        field.classification = classifier.classify({field.dataFile, field.path, sample});

    const bool dates = !sample.isEmpty() && datesInSample * 2 >= sample.size();
    const bool distinct = needsDistinct(field.classification.category);
    if (!dates && !distinct)
        return {};
    QSet<QString> seen;
    return reader.forEachValue(fieldId, [&](const QString &raw, const QString &normalised, const QString &) {
        const QString value = raw.trimmed();
        if (value.isEmpty())
            return true;
        if (distinct && seen.size() < kMaxDistinct && !seen.contains(value)) {
            seen.insert(value);
            if (field.firstDistinct.size() < kKeptDistinct)
                field.firstDistinct << value;
        }
        field.distinct = seen.size();
        if (dates) {
            const QDate d = eventDate(raw, normalised);
            if (d.isValid()) {
                if (!field.firstDate.isValid() || d < field.firstDate)
                    field.firstDate = d;
                if (!field.lastDate.isValid() || d > field.lastDate)
                    field.lastDate = d;
            }
        }
        return true;
    });
}

void SnapshotExplainer::describe(ExplainedField &field) const
{
    const Catalogue::Category *c = m_catalogue.category(field.classification.category);
    if (!c) {
        field.title = QCoreApplication::translate("SnapshotExplainer", "Not recognised");
        field.explanation = QCoreApplication::translate(
                                "SnapshotExplainer", "Roer does not know what this is. You can ask the shop:")
            + QLatin1Char(' ') + field.classification.question;
        return;
    }
    field.title = c->title.in(m_language);
    field.explanation = c->explanation.in(m_language);
    field.whatYouCanDo = c->whatYouCanDo.in(m_language);
    field.retention = c->retention.in(m_language);
}

Result<SnapshotExplanation> SnapshotExplainer::explain(const SnapshotReader &reader, const QString &retailerName,
                                                       const QList<CorrectionStore::Correction> &corrections) const
{
    Result<QList<SnapshotReader::Field>> fields = reader.fields();
    if (!fields)
        return fields.error();

    SnapshotExplanation out;
    out.retailer = retailerName;
    out.headline = QCoreApplication::translate("SnapshotExplainer", "What %1 knows about you").arg(retailerName);
    int corrected = 0;
    for (const SnapshotReader::Field &f : *fields) {
        ExplainedField field;
        field.dataFile = f.dataFile;
        field.path = f.path;
        field.count = f.count;
        if (const CorrectionStore::Correction *c = CorrectionStore::find(corrections, f.dataFile, f.path);
            c && m_catalogue.category(c->category)) {
            field.classification.category = c->category;
            field.classification.confidence = 1.0;
            field.classification.source = FieldClassification::Source::Correction;
            field.classification.reason = QCoreApplication::translate("SnapshotExplainer", "You chose this yourself.");
            ++corrected;
        }
        if (Result<void> r = scanField(reader, field, f.id); !r)
            return r.error();
        describe(field);
        out.fields << field;
    }
    InsightBuilder insights(m_catalogue, m_language);
    insights.setToday(m_today);
    insights.build(out);
    qCInfo(lcExplain) << "explained" << out.fields.size() << "fields," << corrected << "corrected,"
                      << out.alerts.size() << "alerts";
    return out;
}
