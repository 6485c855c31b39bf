#include "FieldClassifier.h"

#include "Catalogue.h"
#include "detectors/AddressDetector.h"
#include "detectors/BsnDetector.h"
#include "detectors/DateOfBirthDetector.h"
#include "detectors/EmailDetector.h"
#include "detectors/GeoDetector.h"
#include "detectors/IbanDetector.h"
#include "detectors/IpAddressDetector.h"
#include "detectors/PaymentCardDetector.h"
#include "detectors/PhoneDetector.h"
#include "detectors/PostcodeDetector.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

constexpr int kMaxSample = 200;
constexpr double kMinRatio = 0.5; // at least half the values must fit a detector
constexpr double kAgreementBonus = 0.1;
constexpr double kFileConfidence = 0.45;

struct Detector
{
    const char *key;
    const char *category;
    double strength; // how sure a match makes us; checksums are surer than patterns
    bool (*matches)(QStringView);
};

// Order matters only for ties: checksummed detectors first.
const Detector kDetectors[] = {
    {"iban", "pd:BankAccount", 0.98, IbanDetector::isValid},
    {"card", "pd:PaymentCard", 0.95, PaymentCardDetector::isValid},
    {"email", "pd:EmailAddress", 0.97, EmailDetector::looksLike},
    {"bsn", "pd:NationalIdentificationNumber", 0.85, BsnDetector::isValid},
    {"phone", "pd:TelephoneNumber", 0.85, PhoneDetector::looksLike},
    {"postcode", "pd:PostalCode", 0.9, PostcodeDetector::isDutch},
    {"ip", "pd:IPAddress", 0.85, IpAddressDetector::looksLike},
    {"geo", "pd:Location", 0.85, GeoDetector::looksLike},
    {"address", "pd:Address", 0.8, AddressDetector::looksLike},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("FieldClassifier", text);
}

QString valueReason(const QString &detector, int matches, int total)
{
    const char *text = nullptr;
    if (detector == QLatin1String("email"))
        text = QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values look like e-mail addresses.");
    else if (detector == QLatin1String("iban"))
        text = QT_TRANSLATE_NOOP("FieldClassifier",
                                 "%1 of %2 values are valid bank account numbers (IBAN).");
    else if (detector == QLatin1String("card"))
        text =
            QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values are valid payment card numbers.");
    else if (detector == QLatin1String("bsn"))
        text =
            QT_TRANSLATE_NOOP("FieldClassifier",
                              "%1 of %2 values pass the check for a citizen service number (BSN).");
    else if (detector == QLatin1String("phone"))
        text = QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values look like phone numbers.");
    else if (detector == QLatin1String("postcode"))
        text = QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values look like Dutch postcodes.");
    else if (detector == QLatin1String("ip"))
        text = QT_TRANSLATE_NOOP("FieldClassifier",
                                 "%1 of %2 values look like internet addresses (IP addresses).");
    else if (detector == QLatin1String("geo"))
        text = QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values look like GPS coordinates.");
    else if (detector == QLatin1String("e7"))
        text = QT_TRANSLATE_NOOP(
            "FieldClassifier",
            "%1 of %2 values look like GPS coordinates written as whole numbers.");
    else if (detector == QLatin1String("dob"))
        text = QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values look like a date of birth.");
    else
        text = QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values look like postal addresses.");
    const QLocale locale;
    return translated(text).arg(locale.toString(matches), locale.toString(total));
}

} // namespace

FieldClassifier::FieldClassifier(const Catalogue &catalogue)
    : m_catalogue(catalogue), m_today(QDate::currentDate())
{
}

QStringList FieldClassifier::pathSegments(const QString &path, const QString &dataFile)
{
    // The importer writes "file.json › locations › latitudeE7"; exports themselves use
    // "a.b", "a[0].b" or "a/b". The data file's own name is not part of the field.
    static const QRegularExpression separators(QStringLiteral("[./\\[\\]]+"));
    QStringList parts = path.split(QStringLiteral(" \u203A "), Qt::SkipEmptyParts);
    const QString fileName = dataFile.section(QLatin1Char('/'), -1);
    if (parts.size() > 1
        && ((!fileName.isEmpty() && parts.first() == fileName)
            || (parts.first().contains(QLatin1Char('.'))
                && !parts.first().contains(QLatin1Char(' ')))))
        parts.removeFirst(); // "Retail.OrderHistory.1.csv"
    QStringList out;
    for (const QString &part : std::as_const(parts)) {
        for (const QString &p : part.split(separators, Qt::SkipEmptyParts)) {
            bool numeric = false;
            p.toLongLong(&numeric);
            if (!numeric && !p.trimmed().isEmpty())
                out << p.trimmed();
        }
    }
    return out;
}

QString FieldClassifier::inlineTitle(const QString &title)
{
    if (title.size() < 2 || title.at(1).isUpper()) // keep "BSN", "IP ..." as they are
        return title;
    return title.at(0).toLower() + title.mid(1);
}

QString FieldClassifier::titleOf(const QString &category) const
{
    const Catalogue::Category *c = m_catalogue.category(category);
    return c ? inlineTitle(c->title.in(m_language)) : category;
}

FieldClassifier::NameHit FieldClassifier::matchName(const QStringList &segments) const
{
    if (segments.isEmpty())
        return {};
    const QString &last = segments.last();
    QStringList candidates;
    // A generic last segment ("name", "id") only means something with its parent.
    if (segments.size() > 1 && m_catalogue.genericNames().contains(Catalogue::compactName(last)))
        candidates << segments.at(segments.size() - 2) + QLatin1Char(' ') + last;
    candidates << last;
    // Then the sections it sits in, nearest first ("Preferences › channels"), less surely.
    const qsizetype direct = candidates.size();
    for (qsizetype i = segments.size() - 2; i >= 0; --i)
        candidates << segments.at(i);
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const QString compact = Catalogue::compactName(candidates.at(c));
        if (compact.isEmpty())
            continue;
        for (const Catalogue::NameRule &rule : m_catalogue.fieldRules()) {
            const bool exact = rule.names.contains(compact);
            const bool partial = !exact
                && std::any_of(rule.contains.cbegin(), rule.contains.cend(),
                               [&](const QString &p) { return compact.contains(p); });
            if (!exact && !partial)
                continue;
            if (c >= direct) {
                if (rule.category == QLatin1String("none"))
                    continue; // a technical section name says nothing about its fields
                return {rule.category, rule.confidence - 0.2, candidates.at(c), true};
            }
            return {rule.category, exact ? rule.confidence : rule.confidence - 0.1,
                    candidates.at(c), false};
        }
    }
    return {};
}

FieldClassifier::NameHit FieldClassifier::matchFile(const QString &dataFile) const
{
    const QString compact = Catalogue::compactName(QFileInfo(dataFile).completeBaseName());
    for (const Catalogue::NameRule &rule : m_catalogue.fileRules())
        for (const QString &p : rule.contains)
            if (compact.contains(p))
                return {rule.category, kFileConfidence, QFileInfo(dataFile).fileName()};
    return {};
}

QList<FieldClassifier::ValueHit> FieldClassifier::detect(const QStringList &values) const
{
    QList<ValueHit> hits;
    if (values.isEmpty())
        return hits;
    const int total = int(values.size());
    for (const Detector &d : kDetectors) {
        int matches = 0;
        for (const QString &v : values)
            if (d.matches(v))
                ++matches;
        if (matches)
            hits << ValueHit{QLatin1String(d.key), QLatin1String(d.category), matches, total,
                             d.strength * matches / total};
    }
    int e7 = 0;
    int dob = 0;
    for (const QString &v : values) {
        e7 += GeoDetector::isE7(v) ? 1 : 0;
        dob += DateOfBirthDetector::isPlausible(v, m_today) ? 1 : 0;
    }
    // E7 integers look like any big number: only a supporting signal (strength 0).
    if (e7)
        hits << ValueHit{QStringLiteral("e7"), QStringLiteral("pd:Location"), e7, total, 0.0};
    // One person has one birthday: many different dates are events, not birthdays.
    if (dob && QSet<QString>(values.cbegin(), values.cend()).size() <= 2)
        hits << ValueHit{QStringLiteral("dob"), QStringLiteral("pd:DateOfBirth"), dob, total,
                         0.6 * dob / total};
    // One person has one citizen service number: many different ones are something else
    // that happens to pass the 11-proef (about 1 in 11 numbers of 9 digits does).
    const qsizetype distinct = QSet<QString>(values.cbegin(), values.cend()).size();
    if (distinct > 3)
        hits.removeIf([](const ValueHit &h) { return h.detector == QLatin1String("bsn"); });
    std::stable_sort(hits.begin(), hits.end(),
                     [](const ValueHit &a, const ValueHit &b) { return a.score > b.score; });
    return hits;
}

FieldClassification FieldClassifier::classify(const Input &input) const
{
    QStringList values;
    for (const QString &v : input.sample) {
        const QString t = v.trimmed();
        if (!t.isEmpty())
            values << t;
        if (values.size() >= kMaxSample)
            break;
    }
    const QList<ValueHit> hits = detect(values);
    const ValueHit *best = nullptr;
    for (const ValueHit &h : hits)
        if (h.score > 0 && double(h.matches) / h.total >= kMinRatio) {
            best = &h;
            break;
        }
    const NameHit name = matchName(pathSegments(input.path, input.dataFile));
    const auto supporting = [&](const QString &category) -> const ValueHit * {
        for (const ValueHit &h : hits)
            if (h.category == category && double(h.matches) / h.total >= kMinRatio)
                return &h;
        return nullptr;
    };

    FieldClassification out;
    // A name backed by its own kind of values wins ("latitudeE7" with E7 numbers that also
    // happen to pass the BSN check).
    const ValueHit *support = name.category.isEmpty() ? nullptr : supporting(name.category);
    if (support && best && best->category != name.category && support->score < best->score
        && !name.fromSection && support->detector != QLatin1String("e7"))
        support = nullptr; // both fit; let the surer one decide below
    if (best && !support
        && (name.category.isEmpty() || best->score >= name.confidence
            || best->category == name.category)) {
        out.category = best->category;
        out.detector = best->detector;
        out.source = FieldClassification::Source::Values;
        out.reason = valueReason(best->detector, best->matches, best->total);
        out.confidence = best->score;
        if (best->category == name.category) {
            out.confidence = std::max(best->score, name.confidence) + kAgreementBonus;
            out.reason += QLatin1Char(' ')
                + translated(QT_TRANSLATE_NOOP("FieldClassifier", "The field name says the same."));
        }
    } else if (!name.category.isEmpty()) {
        out.category = name.category;
        out.source = FieldClassification::Source::Name;
        out.confidence = name.confidence;
        out.reason = name.fromSection
            ? translated(
                  QT_TRANSLATE_NOOP("FieldClassifier",
                                    "This field is part of \"%1\", which usually holds: %2."))
                  .arg(name.matchedName, titleOf(name.category))
            : translated(
                  QT_TRANSLATE_NOOP("FieldClassifier", "Fields called \"%1\" usually hold: %2."))
                  .arg(name.matchedName, titleOf(name.category));
        if (const ValueHit *s = supporting(name.category)) {
            out.detector = s->detector;
            out.confidence = std::max(out.confidence, s->score) + kAgreementBonus;
            out.reason += QLatin1Char(' ') + valueReason(s->detector, s->matches, s->total);
        }
    } else if (const NameHit file = matchFile(input.dataFile); !file.category.isEmpty()) {
        out.category = file.category;
        out.source = FieldClassification::Source::File;
        out.confidence = file.confidence;
        out.reason =
            translated(QT_TRANSLATE_NOOP("FieldClassifier",
                                         "This field is in the file \"%1\", which is about: %2."))
                .arg(file.matchedName, titleOf(file.category));
    }
    out.confidence = std::clamp(out.confidence, 0.0, 0.99);
    if (!out.recognised()) {
        out.confidence = 0.0;
        out.reason =
            translated(QT_TRANSLATE_NOOP("FieldClassifier", "Roer does not recognise this field."));
        out.question =
            translated(QT_TRANSLATE_NOOP(
                           "FieldClassifier",
                           "What is the field \"%1\" in the file \"%2\", and why do you keep it?"))
                .arg(pathSegments(input.path, input.dataFile).join(QLatin1Char('.')),
                     QFileInfo(input.dataFile).fileName());
    }
    return out;
}
