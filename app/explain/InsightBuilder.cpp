#include "InsightBuilder.h"

#include "Catalogue.h"
#include "FieldClassifier.h"

#include <QCoreApplication>
#include <QSet>

namespace {

// Categories counted by rows ("1,204 purchases") rather than by different values.
bool countsRecords(const QString &category)
{
    static const QSet<QString> ids = {QStringLiteral("pd:PurchaseHistory"),
                                      QStringLiteral("pd:TransactionHistory"),
                                      QStringLiteral("pd:Location"),
                                      QStringLiteral("pd:SearchHistory"),
                                      QStringLiteral("pd:MediaConsumption"),
                                      QStringLiteral("pd:BrowsingBehaviour"),
                                      QStringLiteral("pd:Communication"),
                                      QStringLiteral("pd:PhysicalActivity")};
    return ids.contains(category);
}

QString capitalised(const QString &s)
{
    return s.isEmpty() ? s : s.at(0).toUpper() + s.mid(1);
}

} // namespace

InsightBuilder::InsightBuilder(const Catalogue &catalogue, const QString &language)
    : m_catalogue(catalogue), m_language(language),
      m_locale(language == QLatin1String("nl") ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                               : QLocale(QLocale::English, QLocale::UnitedKingdom)),
      m_today(QDate::currentDate())
{
}

QString InsightBuilder::number(qint64 n) const
{
    return m_locale.toString(n);
}

QString InsightBuilder::inlineTitle(const QString &category) const
{
    const Catalogue::Category *c = m_catalogue.category(category);
    return c ? FieldClassifier::inlineTitle(c->title.in(m_language)) : category;
}

QHash<QString, InsightBuilder::Group>
InsightBuilder::groups(const QList<ExplainedField> &fields) const
{
    QHash<QString, Group> out;
    QHash<QString, QHash<QString, qint64>> perFile; // category -> data file -> largest count
    QHash<QString, QDate> fileFirst, fileLast;      // dates seen in each data file
    for (const ExplainedField &f : fields) {
        if (f.firstDate.isValid()) {
            if (!fileFirst.value(f.dataFile).isValid() || f.firstDate < fileFirst.value(f.dataFile))
                fileFirst.insert(f.dataFile, f.firstDate);
            if (!fileLast.value(f.dataFile).isValid() || f.lastDate > fileLast.value(f.dataFile))
                fileLast.insert(f.dataFile, f.lastDate);
        }
    }
    for (const ExplainedField &f : fields) {
        const QString &cat = f.classification.category;
        if (cat.isEmpty() || cat == QLatin1String("none"))
            continue;
        Group &g = out[cat];
        g.category = cat;
        qint64 &largest = perFile[cat][f.dataFile];
        largest = std::max(largest, f.count);
        g.distinct = std::max(g.distinct, f.distinct);
        for (const QString &v : f.firstDistinct)
            if (!g.examples.contains(v))
                g.examples << v;
        if (f.classification.detector == QLatin1String("card"))
            g.fullCardNumbers = true;
        // The time span of a group is the span of the files its data sits in.
        const QDate first = fileFirst.value(f.dataFile);
        const QDate last = fileLast.value(f.dataFile);
        if (first.isValid() && (!g.firstDate.isValid() || first < g.firstDate))
            g.firstDate = first;
        if (last.isValid() && (!g.lastDate.isValid() || last > g.lastDate))
            g.lastDate = last;
    }
    for (auto it = out.begin(); it != out.end(); ++it) {
        qint64 records = 0;
        for (const qint64 c : perFile.value(it.key()))
            records += c;
        it->records = records;
    }
    return out;
}

QString InsightBuilder::sentence(const Group &g) const
{
    const qint64 n =
        countsRecords(g.category) ? g.records : std::max<qint64>(g.distinct, g.records ? 1 : 0);
    const bool one = n == 1;
    QString text;
    const QString &c = g.category;
    if (c == QLatin1String("pd:PurchaseHistory"))
        text = one ? tr("1 purchase") : tr("%1 purchases").arg(number(n));
    else if (c == QLatin1String("pd:TransactionHistory"))
        text = one ? tr("1 payment") : tr("%1 payments").arg(number(n));
    else if (c == QLatin1String("pd:Location"))
        text = one ? tr("your location once") : tr("your location %1 times").arg(number(n));
    else if (c == QLatin1String("pd:SearchHistory"))
        text = one ? tr("1 search") : tr("%1 searches").arg(number(n));
    else if (c == QLatin1String("pd:MediaConsumption"))
        text = one ? tr("1 thing you played") : tr("%1 things you played").arg(number(n));
    else if (c == QLatin1String("pd:BrowsingBehaviour"))
        text = one ? tr("1 page you looked at") : tr("%1 pages you looked at").arg(number(n));
    else if (c == QLatin1String("pd:Communication"))
        text = one ? tr("1 message") : tr("%1 messages").arg(number(n));
    else if (c == QLatin1String("pd:PhysicalActivity"))
        text =
            one ? tr("1 workout or measurement") : tr("%1 workouts or measurements").arg(number(n));
    else if (c == QLatin1String("pd:Address"))
        text = one ? tr("1 address") : tr("%1 addresses").arg(number(n));
    else if (c == QLatin1String("pd:EmailAddress"))
        text = one ? tr("1 e-mail address") : tr("%1 e-mail addresses").arg(number(n));
    else if (c == QLatin1String("pd:TelephoneNumber"))
        text = one ? tr("1 phone number") : tr("%1 phone numbers").arg(number(n));
    else if (c == QLatin1String("pd:BankAccount"))
        text = one ? tr("1 bank account number") : tr("%1 bank account numbers").arg(number(n));
    else if (c == QLatin1String("pd:PaymentCard"))
        text = one ? tr("1 payment card") : tr("%1 payment cards").arg(number(n));
    else if (c == QLatin1String("pd:IPAddress"))
        text = one ? tr("1 internet address") : tr("%1 internet addresses").arg(number(n));
    else if (c == QLatin1String("pd:Profile"))
        text = one ? tr("1 group or guess about you")
                   : tr("%1 groups or guesses about you").arg(number(n));
    else if (n <= 1)
        text = inlineTitle(c);
    else
        text = tr("%1: %2 different values").arg(inlineTitle(c), number(n));

    if (g.firstDate.isValid() && countsRecords(c)) {
        if (g.firstDate.year() == g.lastDate.year())
            text = tr("%1 in %2").arg(text, QString::number(g.firstDate.year()));
        else
            text = tr("%1 between %2 and %3")
                       .arg(text, QString::number(g.firstDate.year()),
                            QString::number(g.lastDate.year()));
    }
    return capitalised(text) + QLatin1Char('.');
}

void InsightBuilder::build(SnapshotExplanation &e) const
{
    const QHash<QString, Group> found = groups(e.fields);
    const QString &who = e.retailer;
    for (const Catalogue::Category &category : m_catalogue.categories()) {
        const auto it = found.constFind(category.id);
        if (it == found.constEnd())
            continue;
        const Group &g = *it;
        e.summary << sentence(g);

        if (category.special)
            e.alerts << ExplainAlert{
                QStringLiteral("special-category"), g.category,
                tr("%1 keeps data about %2. The law protects this kind of data extra "
                   "strongly. Ask them why they have it.")
                    .arg(who, inlineTitle(g.category))};
        if (g.category == QLatin1String("pd:NationalIdentificationNumber"))
            e.alerts << ExplainAlert{
                QStringLiteral("national-id"), g.category,
                tr("%1 keeps your citizen service number (BSN). Shops are almost never allowed "
                   "to keep it. Ask them to delete it.")
                    .arg(who)};
        if (g.category == QLatin1String("pd:Location") && g.records >= kTrailPoints)
            e.alerts << ExplainAlert{
                QStringLiteral("location-trail"), g.category,
                tr("%1 keeps a trail of %2 places where you were. It shows your daily life. "
                   "You can ask them to delete it.")
                    .arg(who, number(g.records))};
        if (g.category == QLatin1String("pd:Profile")) {
            int shown = 0;
            for (const QString &group : g.examples) {
                if (shown++ >= kMaxProfileAlerts)
                    break;
                e.alerts << ExplainAlert{
                    QStringLiteral("profile"), g.category,
                    tr("%1 put you in the group \"%2\". They worked this out about you. "
                       "You can object to this.")
                        .arg(who, group)};
            }
        }
        if (g.fullCardNumbers)
            e.alerts << ExplainAlert{
                QStringLiteral("full-card-number"), g.category,
                tr("%1 keeps full payment card numbers. Shops should only keep the last four "
                   "digits. Ask them to delete the full numbers.")
                    .arg(who)};
        const bool stated = m_statedRetention.contains(g.category);
        const int years = stated ? m_statedRetention.value(g.category) : category.retentionYears;
        if (years > 0 && g.firstDate.isValid() && g.firstDate < m_today.addYears(-years)) {
            const QString age = years == 1 ? tr("That is more than a year ago.")
                                           : tr("That is more than %1 years ago.").arg(years);
            const QString tooLong = stated
                ? tr("That is longer than they say they keep it. You can ask them to erase it.")
                : tr("That is longer than usually needed. You can ask them to erase it.");
            e.alerts << ExplainAlert{QStringLiteral("retention"), g.category,
                                     tr("%1 still keeps data from %2 about %3.")
                                             .arg(who, QString::number(g.firstDate.year()),
                                                  inlineTitle(g.category))
                                         + QLatin1Char(' ') + age + QLatin1Char(' ') + tooLong};
        }
    }
}
