#include "ValueEvidence.h"

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
#include "detectors/ValueVocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

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

// Value words: weaker than a field's own name, decisive for a generic or unknown one.
struct Vocabulary
{
    ValueVocabulary::Kind kind;
    const char *key;
    const char *category;
    double strength;
};
const Vocabulary kVocabulary[] = {
    {ValueVocabulary::Kind::PaymentMethod, "payment-method", "pd:TransactionHistory", 0.7},
    {ValueVocabulary::Kind::MaskedCard, "masked-card", "pd:PaymentCard", 0.8},
    {ValueVocabulary::Kind::SearchUrl, "search-url", "pd:SearchHistory", 0.75},
    {ValueVocabulary::Kind::SearchText, "search-text", "pd:SearchHistory", 0.8},
    {ValueVocabulary::Kind::VideoUrl, "video-url", "pd:MediaConsumption", 0.75},
    {ValueVocabulary::Kind::WatchText, "watch-text", "pd:MediaConsumption", 0.8},
    {ValueVocabulary::Kind::MapUrl, "map-url", "pd:Location", 0.75},
    {ValueVocabulary::Kind::WebUrl, "web-url", "pd:BrowsingBehaviour", 0.4},
    {ValueVocabulary::Kind::Device, "device", "pd:DeviceBased", 0.7},
    {ValueVocabulary::Kind::Movement, "movement", "pd:PhysicalActivity", 0.7},
    {ValueVocabulary::Kind::Locale, "locale", "pd:Preference", 0.7},
    {ValueVocabulary::Kind::Structural, "structural", "none", 0.75},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("FieldClassifier", text);
}

} // namespace

QString ValueEvidence::reason(const QString &detector, int matches, int total)
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
    else if (detector == QLatin1String("payment-method"))
        text = QT_TRANSLATE_NOOP("FieldClassifier",
                                 "%1 of %2 values are ways to pay, like iDEAL or a credit card.");
    else if (detector == QLatin1String("masked-card"))
        text = QT_TRANSLATE_NOOP("FieldClassifier",
                                 "%1 of %2 values show a payment card by its last digits.");
    else if (detector == QLatin1String("search-url") || detector == QLatin1String("search-text"))
        text = QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values are searches.");
    else if (detector == QLatin1String("video-url") || detector == QLatin1String("watch-text"))
        text = QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values are videos you watched.");
    else if (detector == QLatin1String("map-url"))
        text = QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values are places on a map.");
    else if (detector == QLatin1String("web-url"))
        text = QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values are web addresses.");
    else if (detector == QLatin1String("device"))
        text = QT_TRANSLATE_NOOP("FieldClassifier",
                                 "%1 of %2 values name a device or system, like Android.");
    else if (detector == QLatin1String("structural"))
        text = QT_TRANSLATE_NOOP("FieldClassifier",
                                 "%1 of %2 values are words of the file format, like \"Feature\".");
    else if (detector == QLatin1String("locale"))
        text = QT_TRANSLATE_NOOP("FieldClassifier",
                                 "%1 of %2 values are a language and country, like nl-NL.");
    else if (detector == QLatin1String("movement"))
        text = QT_TRANSLATE_NOOP("FieldClassifier",
                                 "%1 of %2 values are ways of moving, like walking.");
    else
        text = QT_TRANSLATE_NOOP("FieldClassifier", "%1 of %2 values look like postal addresses.");
    const QLocale locale;
    return translated(text).arg(locale.toString(matches), locale.toString(total));
}

QList<ValueEvidence::Hit> ValueEvidence::detect(const QStringList &values, const QDate &today)
{
    QList<Hit> hits;
    if (values.isEmpty())
        return hits;
    const int total = int(values.size());
    for (const Detector &d : kDetectors) {
        int matches = 0;
        for (const QString &v : values)
            if (d.matches(v))
                ++matches;
        if (matches)
            hits << Hit{QLatin1String(d.key), QLatin1String(d.category), matches, total,
                        d.strength * matches / total};
    }
    QHash<int, int> words;
    int e7 = 0;
    int dob = 0;
    for (const QString &v : values) {
        e7 += GeoDetector::isE7(v) ? 1 : 0;
        dob += DateOfBirthDetector::isPlausible(v, today) ? 1 : 0;
        const ValueVocabulary::Kind kind = ValueVocabulary::of(v);
        if (kind != ValueVocabulary::Kind::None)
            ++words[int(kind)];
    }
    for (const Vocabulary &w : kVocabulary)
        if (const int matches = words.value(int(w.kind)))
            hits << Hit{QLatin1String(w.key), QLatin1String(w.category), matches, total,
                        w.strength * matches / total};
    // E7 integers look like any big number: only a supporting signal (strength 0).
    if (e7)
        hits << Hit{QStringLiteral("e7"), QStringLiteral("pd:Location"), e7, total, 0.0};
    // One person has one birthday: many different dates are events, not birthdays.
    if (dob && QSet<QString>(values.cbegin(), values.cend()).size() <= 2)
        hits << Hit{QStringLiteral("dob"), QStringLiteral("pd:DateOfBirth"), dob, total,
                    0.6 * dob / total};
    // One person has one citizen service number: many different ones are something else
    // that happens to pass the 11-proef (about 1 in 11 numbers of 9 digits does).
    const qsizetype distinct = QSet<QString>(values.cbegin(), values.cend()).size();
    if (distinct > 3)
        hits.removeIf([](const Hit &h) { return h.detector == QLatin1String("bsn"); });
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.score > b.score; });
    return hits;
}
