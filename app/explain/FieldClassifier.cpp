#include "FieldClassifier.h"

#include "Catalogue.h"
#include "ValueEvidence.h"
#include "detectors/DateOfBirthDetector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

constexpr int kMaxSample = 200;
constexpr double kMinRatio = 0.5; // at least half the values must fit a detector
constexpr double kAgreementBonus = 0.1;

using ValueHit = ValueEvidence::Hit;

QString valueReason(const QString &detector, int matches, int total)
{
    return ValueEvidence::reason(detector, matches, total);
}

// What a record can be about (things that happened, or were worked out), most telling first:
// a tie between them goes to the earlier one.
const QStringList kSubjects =
    {QStringLiteral("pd:PurchaseHistory"), QStringLiteral("pd:TransactionHistory"),
     QStringLiteral("pd:Location"),        QStringLiteral("pd:MediaConsumption"),
     QStringLiteral("pd:SearchHistory"),   QStringLiteral("pd:BrowsingBehaviour"),
     QStringLiteral("pd:Communication"),   QStringLiteral("pd:PhysicalActivity"),
     QStringLiteral("pd:Health"),          QStringLiteral("pd:SocialMedia"),
     QStringLiteral("pd:Profile"),         QStringLiteral("pd:DeviceBased"),
     QStringLiteral("pd:IPAddress"),       QStringLiteral("pd:Preference")};
// Facts about the person themselves.
const QStringList kPersonal = {QStringLiteral("pd:Name"),
                               QStringLiteral("pd:EmailAddress"),
                               QStringLiteral("pd:TelephoneNumber"),
                               QStringLiteral("pd:Address"),
                               QStringLiteral("pd:PostalCode"),
                               QStringLiteral("pd:DateOfBirth"),
                               QStringLiteral("pd:Gender"),
                               QStringLiteral("pd:Identifier"),
                               QStringLiteral("pd:NationalIdentificationNumber"),
                               QStringLiteral("pd:BankAccount")};
// Words of a place: in a record about something else it is a place, not the home address.
const QStringList kPlaceWords = {QStringLiteral("city"),      QStringLiteral("stad"),
                                 QStringLiteral("plaats"),    QStringLiteral("town"),
                                 QStringLiteral("country"),   QStringLiteral("land"),
                                 QStringLiteral("region"),    QStringLiteral("province"),
                                 QStringLiteral("provincie"), QStringLiteral("state"),
                                 QStringLiteral("postcode"),  QStringLiteral("postal"),
                                 QStringLiteral("zip"),       QStringLiteral("address"),
                                 QStringLiteral("adres"),     QStringLiteral("street"),
                                 QStringLiteral("straat"),    QStringLiteral("woonplaats")};

QString translated(const char *text)
{
    return QCoreApplication::translate("FieldClassifier", text);
}

bool hasPlaceWord(const QString &name)
{
    const QStringList words = FieldNameMatcher::words(name);
    return std::any_of(words.cbegin(), words.cend(),
                       [](const QString &w) { return kPlaceWords.contains(w); });
}

} // namespace

FieldClassifier::FieldClassifier(const Catalogue &catalogue)
    : m_catalogue(catalogue), m_names(catalogue), m_today(QDate::currentDate())
{
}

QStringList FieldClassifier::pathSegments(const QString &path, const QString &dataFile)
{
    // The importer writes "file.json › locations › latitudeE7"; exports themselves use
    // "a.b", "a[0].b" or "a/b". The data file's own name is not part of the field.
    // A separator with a space beside it is part of a column name ("Naam / Omschrijving").
    static const QRegularExpression separators(QStringLiteral("(?<!\\s)[./\\[\\]]+(?!\\s)"));
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

FieldClassifier::Context FieldClassifier::context(const Input &input, const QStringList &segments,
                                                  const QStringList &only) const
{
    // What the record is about: the fields beside it (one vote each), the nearest part of the
    // file that names a subject (1.5) and the file's name (1). Only subjects count: a record
    // with a name and an e-mail address is about a person, and then says nothing here.
    const QStringList &subjects = only.isEmpty() ? kSubjects : only;
    QHash<QString, double> weight;
    QHash<QString, int> votes;
    QHash<QString, QString> example;
    Context out;
    for (const Neighbour &n : input.neighbours) {
        QString category = n.category;
        if (category.isEmpty() && !m_names.isGeneric(n.name) && !m_names.isTime(n.name)) {
            const FieldNameMatcher::Hit hit = m_names.match(n.name);
            if (!hit.quiet && !hit.follows)
                category = hit.category;
        }
        // A place beside it is what is being decided, not a sign of a person.
        if (kPersonal.contains(category) && !hasPlaceWord(n.name))
            ++out.personFields;
        out.locationField |= category == QLatin1String("pd:Location");
        if (!subjects.contains(category))
            continue;
        weight[category] += 1.0;
        ++votes[category];
        if (!example.contains(category))
            example.insert(category, n.name);
    }
    for (qsizetype i = segments.size() - 2; i >= 0; --i) {
        if (m_names.isGeneric(segments.at(i)))
            continue;
        const FieldNameMatcher::Hit hit = m_names.match(segments.at(i));
        if (hit.isEmpty())
            continue;
        if (subjects.contains(hit.category)) {
            weight[hit.category] += 1.5;
            if (!example.contains(hit.category))
                example.insert(hit.category, segments.at(i));
        }
        break;
    }
    const QHash<QString, double> recordWeight = weight; // without the file's name
    const FieldNameMatcher::Hit file = m_names.matchFile(input.dataFile);
    if (subjects.contains(file.category)) {
        weight[file.category] += 1.0;
        if (!example.contains(file.category))
            example.insert(file.category, file.matched);
    }
    // Subjects that go together count together: a login has a device and an internet address,
    // a trip places and movement, an order things bought and paid.
    static const QList<QStringList> families =
        {{QStringLiteral("pd:DeviceBased"), QStringLiteral("pd:IPAddress")},
         {QStringLiteral("pd:Location"), QStringLiteral("pd:PhysicalActivity")},
         {QStringLiteral("pd:PurchaseHistory"), QStringLiteral("pd:TransactionHistory")}};
    const auto familyOf = [](const QString &s) {
        for (const QStringList &f : families)
            if (f.contains(s))
                return f;
        return QStringList{s};
    };
    for (const QString &s : subjects) {
        const double w = weight.value(s);
        if (w > out.weight) {
            out.category = s;
            out.weight = w;
            out.votes = votes.value(s);
            out.example = example.value(s);
        }
    }
    if (!out.category.isEmpty()) {
        double family = 0.0, familyRecord = 0.0;
        for (const QString &member : familyOf(out.category)) {
            if (!subjects.contains(member))
                continue;
            family += weight.value(member);
            familyRecord += recordWeight.value(member);
        }
        out.weight = family;
        out.recordWeight = familyRecord;
    }
    return out;
}

FieldClassifier::NameEvidence FieldClassifier::adjust(NameEvidence e, const QStringList &segments,
                                                      const Context &context,
                                                      const Input &input) const
{
    using Kind = NameEvidence::Kind;
    if (e.category.isEmpty() || e.category == QLatin1String("none"))
        return e;
    const QString &last = segments.last();
    // A file of guesses about you (ad targeting, inferences): every field in it is one.
    if (m_names.isInferenceFile(input.dataFile) && e.category != QLatin1String("pd:Profile"))
        return {QStringLiteral("pd:Profile"), 0.7, QFileInfo(input.dataFile).fileName(),
                Kind::InferenceFile};
    // A wish list: the products in it are what you want, your choice.
    if (m_names.isPreferenceFile(input.dataFile)
        && (e.category == QLatin1String("pd:PurchaseHistory")
            || e.category == QLatin1String("pd:TransactionHistory")))
        return {QStringLiteral("pd:Preference"), 0.65, QFileInfo(input.dataFile).fileName(),
                Kind::File};
    // A part of guesses ("demographics", "inferredAgeInfo"): a gender or age there is a guess.
    const bool birthName = Catalogue::compactName(last).contains(QLatin1String("birth"))
        || Catalogue::compactName(last).contains(QLatin1String("geboorte"));
    if (e.category == QLatin1String("pd:Gender") || e.category == QLatin1String("pd:Address")
        || (e.category == QLatin1String("pd:DateOfBirth") && !birthName)) {
        for (qsizetype i = segments.size() - 2; i >= 0; --i)
            if (m_names.isInference(segments.at(i)))
                return {QStringLiteral("pd:Profile"), 0.7, segments.at(i), Kind::Inference};
    }
    // A city, a country or an address in a record about something else is a place: where you
    // logged in, travelled or watched (or the shop's address), not your home address.
    if ((e.category == QLatin1String("pd:Address") || e.category == QLatin1String("pd:PostalCode"))
        && (hasPlaceWord(last) || hasPlaceWord(e.matched)) && !m_names.isPerson(last)) {
        // The part it sits in names the place or shop ("store › address"); the top part is
        // the record's own list and says nothing about whose address it is.
        for (qsizetype i = segments.size() - 2; i >= 1; --i) {
            if (m_names.isGeneric(segments.at(i)))
                continue;
            const QString parent = m_names.match(segments.at(i)).category;
            if (parent == QLatin1String("pd:PurchaseHistory")
                || parent == QLatin1String("pd:Location"))
                return {parent, 0.65, segments.at(i), Kind::Section};
            if (!parent.isEmpty())
                break;
        }
        static const QStringList elsewhere = {QStringLiteral("pd:Location"),
                                              QStringLiteral("pd:IPAddress"),
                                              QStringLiteral("pd:DeviceBased"),
                                              QStringLiteral("pd:MediaConsumption"),
                                              QStringLiteral("pd:SearchHistory"),
                                              QStringLiteral("pd:BrowsingBehaviour"),
                                              QStringLiteral("pd:PhysicalActivity")};
        if (context.weight >= 1.0 && elsewhere.contains(context.category)
            && context.personFields <= context.votes)
            return {QStringLiteral("pd:Location"), 0.65, context.example, Kind::Place};
    }
    // A "location" among your own details (a profile's "Geo Location") is where you live.
    static const QStringList aboutYou = {QStringLiteral("pd:SocialMedia"),
                                         QStringLiteral("pd:Profile"),
                                         QStringLiteral("pd:Preference")};
    if (e.category == QLatin1String("pd:Location") && e.kind == Kind::Own
        && (context.weight < 1.0 || aboutYou.contains(context.category))
        && context.personFields >= 2 && !context.locationField)
        return {QStringLiteral("pd:Address"), 0.6, e.matched, Kind::OwnPlace};
    return e;
}

FieldClassifier::NameEvidence FieldClassifier::resolveName(const Input &input,
                                                           const QStringList &segments,
                                                           const QStringList &values) const
{
    using Kind = NameEvidence::Kind;
    if (segments.isEmpty())
        return {};
    const QString &last = segments.last();
    const bool generic = m_names.isGeneric(last);
    // The nearest part above it that says something ("Name" in "Name › value"), else the
    // nearest that is not generic itself ("region" in region.display.name).
    QString parent;
    FieldNameMatcher::Hit parentHit;
    for (qsizetype i = segments.size() - 2; i >= 0 && parent.isEmpty(); --i) {
        parentHit = m_names.match(segments.at(i));
        if (!parentHit.isEmpty() || !m_names.isGeneric(segments.at(i)))
            parent = segments.at(i);
    }
    const FieldNameMatcher::Hit own = m_names.match(last);
    if (generic && !parent.isEmpty()) {
        // "product name", "Email value": the generic word read with its part. A part that is a
        // name of its own ("activitySegment") is surer than a word found in the two together.
        const FieldNameMatcher::Hit combined = m_names.match(parent + QLatin1Char(' ') + last);
        if (!combined.isEmpty()
            && !(parentHit.quality == FieldNameMatcher::Quality::Exact
                 && combined.quality != FieldNameMatcher::Quality::Exact))
            parentHit = combined;
    }
    const Context ctx = context(input, segments);
    const auto fromHit = [](const FieldNameMatcher::Hit &hit, Kind kind, double penalty = 0.0) {
        return NameEvidence{hit.category, hit.confidence - penalty, hit.matched, kind,
                            hit.quiet || hit.follows};
    };
    const auto fromContext = [&ctx](Kind kind) {
        return NameEvidence{ctx.category, std::min(0.7, 0.45 + 0.05 * ctx.votes), ctx.example,
                            kind};
    };
    const FieldNameMatcher::Hit file = m_names.matchFile(input.dataFile);

    // A date or a time belongs to what its record is about ("deviceTimestamp" of a location,
    // "Start Time" of something you watched, a booking's "Check-in" of 2023-07-14). All zeros:
    // no date at all, technical.
    qsizetype dated = 0;
    for (const QString &v : values)
        dated += DateOfBirthDetector::parseDate(v).isValid()
                || QDateTime::fromString(v, Qt::ISODate).isValid()
            ? 1
            : 0;
    const bool datedValues = values.size() >= 2 && dated * 2 >= values.size()
        && QSet<QString>(values.cbegin(), values.cend()).size() > 1;
    if ((m_names.isTime(last) || datedValues) && own.category != QLatin1String("pd:DateOfBirth")) {
        if (!values.isEmpty() && std::all_of(values.cbegin(), values.cend(), [](const QString &v) {
                return v == QLatin1String("0");
            }))
            return {QStringLiteral("none"), 0.7, last, Kind::ZeroTime};
        if (ctx.weight >= 1.0)
            return fromContext(Kind::RecordTime);
        if (!own.isEmpty())
            return adjust(fromHit(own, Kind::Own), segments, ctx, input);
        if (!parentHit.isEmpty() && parentHit.category != QLatin1String("none"))
            return adjust(fromHit(parentHit, Kind::Section, 0.2), segments, ctx, input);
        return {};
    }
    // An amount belongs to its record: a receipt's total is what you bought.
    if (own.follows) {
        const QString other = own.category == QLatin1String("pd:PurchaseHistory")
            ? QStringLiteral("pd:TransactionHistory")
            : QStringLiteral("pd:PurchaseHistory");
        const Context money = context(input, segments, {own.category, other}); // a tie: own
        if (money.weight >= 1.0)
            return {money.category, own.confidence, money.example, Kind::Money};
        return fromHit(own, Kind::Own);
    }
    if (generic) {
        const bool bareName = segments.size() == 1 && own.category == QLatin1String("pd:Name");
        if (ctx.votes >= 2 && !bareName)
            return adjust(fromContext(Kind::Neighbours), segments, ctx, input);
        if (!parentHit.isEmpty() && parentHit.category != QLatin1String("none"))
            return adjust(fromHit(parentHit, Kind::Section, 0.15), segments, ctx, input);
        const bool nameWord = !own.isEmpty() && own.category == QLatin1String("pd:Name");
        // A "name" column of a flat record, or a name inside "recipient": a person's name.
        if (nameWord && (segments.size() == 1 || m_names.isPerson(parent)))
            return fromHit(own, Kind::Own);
        if (ctx.recordWeight >= 2.0)
            return adjust(fromContext(Kind::Neighbours), segments, ctx, input);
        if (!file.isEmpty() && (!nameWord || kSubjects.contains(file.category)))
            return adjust(fromHit(file, Kind::File), segments, ctx, input);
        if (!own.isEmpty())
            return adjust(fromHit(own, Kind::Own), segments, ctx, input);
        return {};
    }
    if (!own.isEmpty())
        return adjust(fromHit(own, Kind::Own), segments, ctx, input);
    // Nothing in its own name: the part it sits in, the record, then the file.
    if (!parentHit.isEmpty() && parentHit.category != QLatin1String("none"))
        return adjust(fromHit(parentHit, Kind::Section, 0.2), segments, ctx, input);
    if (ctx.recordWeight >= 2.0)
        return adjust(fromContext(Kind::Neighbours), segments, ctx, input);
    if (!file.isEmpty())
        return adjust(fromHit(file, Kind::File), segments, ctx, input);
    return {};
}

QString FieldClassifier::reasonFor(const NameEvidence &e) const
{
    using Kind = NameEvidence::Kind;
    const QString title = titleOf(e.category);
    switch (e.kind) {
    case Kind::Own:
        return translated(
                   QT_TRANSLATE_NOOP("FieldClassifier", "Fields called \"%1\" usually hold: %2."))
            .arg(e.matched, title);
    case Kind::Section:
        return translated(
                   QT_TRANSLATE_NOOP("FieldClassifier",
                                     "This field is part of \"%1\", which usually holds: %2."))
            .arg(e.matched, title);
    case Kind::Neighbours:
        return translated(QT_TRANSLATE_NOOP("FieldClassifier",
                                            "It sits next to fields like \"%1\", about %2."))
            .arg(e.matched, title);
    case Kind::RecordTime:
        return translated(QT_TRANSLATE_NOOP("FieldClassifier",
                                            "It is a date or time in a record about %1."))
            .arg(title);
    case Kind::Money:
        return translated(
                   QT_TRANSLATE_NOOP("FieldClassifier", "It is an amount in a record about %1."))
            .arg(title);
    case Kind::File:
        return translated(
                   QT_TRANSLATE_NOOP("FieldClassifier",
                                     "This field is in the file \"%1\", which is about: %2."))
            .arg(e.matched, title);
    case Kind::Inference:
        return translated(QT_TRANSLATE_NOOP("FieldClassifier",
                                            "It is part of \"%1\", which holds guesses about you."))
            .arg(e.matched);
    case Kind::InferenceFile:
        return translated(
                   QT_TRANSLATE_NOOP("FieldClassifier", "The file \"%1\" holds guesses about you."))
            .arg(e.matched);
    case Kind::Place:
        return translated(
                   QT_TRANSLATE_NOOP("FieldClassifier",
                                     "It is a place in a record about %1, not your home address."))
            .arg(titleOf(QStringLiteral("pd:Location")));
    case Kind::OwnPlace:
        return translated(QT_TRANSLATE_NOOP("FieldClassifier",
                                            "It is a place among your own details: %1."))
            .arg(title);
    case Kind::ZeroTime:
        return translated(QT_TRANSLATE_NOOP("FieldClassifier",
                                            "All its values are zero. It holds no real date."));
    case Kind::None: break;
    }
    return QString();
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
    const QStringList segments = pathSegments(input.path, input.dataFile);
    QList<ValueHit> hits = ValueEvidence::detect(values, m_today);
    // An "id" that passes the 11-proef or the card check is a record's number, not a citizen
    // service number or a payment card.
    if (!segments.isEmpty()
        && Catalogue::compactName(segments.last()).endsWith(QLatin1String("id")))
        hits.removeIf([](const ValueHit &h) {
            return h.detector == QLatin1String("bsn") || h.detector == QLatin1String("card");
        });
    const ValueHit *best = nullptr;
    for (const ValueHit &h : hits)
        if (h.score > 0 && double(h.matches) / h.total >= kMinRatio) {
            best = &h;
            break;
        }
    const NameEvidence name = resolveName(input, segments, values);
    const bool weakName = name.kind != NameEvidence::Kind::Own;
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
        && weakName && support->detector != QLatin1String("e7"))
        support = nullptr; // both fit; let the surer one decide below
    if (best && !support
        && (name.category.isEmpty() || best->score >= name.confidence
            || best->category == name.category)) {
        out.category = best->category;
        out.detector = best->detector;
        out.source = FieldClassification::Source::Values;
        out.reason = valueReason(best->detector, best->matches, best->total);
        out.confidence = best->score;
        out.ownEvidence = true;
        if (best->category == name.category) {
            out.confidence = std::max(best->score, name.confidence) + kAgreementBonus;
            out.reason += QLatin1Char(' ')
                + translated(QT_TRANSLATE_NOOP("FieldClassifier", "The field name says the same."));
        }
    } else if (!name.category.isEmpty()) {
        out.category = name.category;
        out.source = name.kind == NameEvidence::Kind::File ? FieldClassification::Source::File
                                                           : FieldClassification::Source::Name;
        out.confidence = name.confidence;
        out.reason = reasonFor(name);
        out.ownEvidence = name.kind == NameEvidence::Kind::Own;
        if (const ValueHit *s = supporting(name.category)) {
            out.detector = s->detector;
            out.confidence = std::max(out.confidence, s->score) + kAgreementBonus;
            out.reason += QLatin1Char(' ') + valueReason(s->detector, s->matches, s->total);
            out.ownEvidence = true; // its own values say so
        }
    }
    // An amount, a currency or a way to pay says nothing about what its record is about.
    if (out.category == name.category && (name.kind == NameEvidence::Kind::Money || name.quiet))
        out.ownEvidence = false;
    {
    }
    // Addresses found by their values are places too when the record is about something else
    // (a place visited, a trip, a shop).
    if (out.source == FieldClassification::Source::Values
        && (out.category == QLatin1String("pd:Address")
            || out.category == QLatin1String("pd:PostalCode"))
        && !segments.isEmpty()) {
        const NameEvidence place = adjust(NameEvidence{out.category, out.confidence,
                                                       segments.last(), NameEvidence::Kind::Own},
                                          segments, context(input, segments), input);
        if (place.category != out.category) {
            out.category = place.category;
            out.reason += QLatin1Char(' ') + reasonFor(place);
            out.confidence = place.confidence;
        }
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
                .arg(segments.join(QLatin1Char('.')), QFileInfo(input.dataFile).fileName());
    }
    return out;
}
