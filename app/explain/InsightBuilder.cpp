#include "InsightBuilder.h"

#include "Catalogue.h"
#include "FieldClassifier.h"

#include <QCoreApplication>
#include <QLocale>
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
InsightBuilder::groups(const SnapshotExplanation &explanation) const
{
    QHash<QString, Group> out;
    for (const ExplainedField &f : explanation.fields) {
        const QString &cat = f.classification.category;
        if (cat.isEmpty() || cat == QLatin1String("none"))
            continue;
        Group &g = out[cat];
        g.category = cat;
        g.distinct = std::max(g.distinct, f.distinct);
        for (const QString &v : f.firstDistinct)
            if (!g.examples.contains(v))
                g.examples << v;
        if (f.classification.detector == QLatin1String("card"))
            g.fullCardNumbers = true;
        g.fieldCount = std::max(g.fieldCount, f.count);
    }
    // Counts and dates come from the records that hold the category. For things counted by
    // records (purchases, places), from one part of one file (or one series of files): the
    // part that is about it, else the one holding it most often. Records of other files
    // (a payment that names its order, a profile's favourite shop) are not added.
    QHash<QString, QHash<int, Group>> bySeries; // category -> series -> figures
    for (const CategoryRecords &r : explanation.records) {
        const auto it = out.find(r.category);
        if (it == out.end())
            continue;
        const bool counted = countsRecords(r.category);
        Group &g = counted ? bySeries[r.category][r.series] : *it;
        g.records = counted ? g.records + r.records : std::max(g.records, r.records);
        g.subject |= r.subject;
        if (r.firstDate.isValid() && (!g.firstDate.isValid() || r.firstDate < g.firstDate))
            g.firstDate = r.firstDate;
        if (r.lastDate.isValid() && (!g.lastDate.isValid() || r.lastDate > g.lastDate))
            g.lastDate = r.lastDate;
    }
    for (auto it = bySeries.cbegin(); it != bySeries.cend(); ++it) {
        const Group *best = nullptr;
        for (const Group &candidate : it.value())
            if (!best || (candidate.subject && !best->subject)
                || (candidate.subject == best->subject && candidate.records > best->records))
                best = &candidate;
        Group &g = out[it.key()];
        g.records = best->records;
        g.firstDate = best->firstDate;
        g.lastDate = best->lastDate;
    }
    for (Group &g : out)
        if (!g.records) // no record figures (every value empty): the field count then
            g.records = g.fieldCount;
    return out;
}

QString InsightBuilder::actionText(ExplainAlert::Action action) const
{
    // What the law allows. The app puts the matching request one click away (OverviewPage);
    // roer-cli has `request new`.
    switch (action) {
    case ExplainAlert::Action::Erase: return tr("You have the right to have it erased.");
    case ExplainAlert::Action::Object: return tr("You have the right to object to it.");
    case ExplainAlert::Action::Access:
        return tr("You have the right to ask what they keep and why.");
    case ExplainAlert::Action::None: break;
    }
    return QString();
}

ExplainAlert InsightBuilder::alert(const QString &kind, const QString &category,
                                   const QString &text, ExplainAlert::Action action) const
{
    return ExplainAlert{kind, category, text, action, actionText(action)};
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
    const QHash<QString, Group> found = groups(e);
    const QString &who = e.retailer;
    for (const Catalogue::Category &category : m_catalogue.categories()) {
        const auto it = found.constFind(category.id);
        if (it == found.constEnd())
            continue;
        const Group &g = *it;
        e.summary << sentence(g);

        if (category.special)
            e.alerts << alert(QStringLiteral("special-category"), g.category,
                              tr("%1 keeps data about %2. The law protects this kind of data "
                                 "extra strongly.")
                                  .arg(who, inlineTitle(g.category)),
                              ExplainAlert::Action::Access);
        if (g.category == QLatin1String("pd:NationalIdentificationNumber"))
            e.alerts << alert(QStringLiteral("national-id"), g.category,
                              tr("%1 keeps your citizen service number (BSN). Shops are almost "
                                 "never allowed to keep it.")
                                  .arg(who),
                              ExplainAlert::Action::Erase);
        if (g.category == QLatin1String("pd:Location") && g.records >= kTrailPoints)
            e.alerts << alert(QStringLiteral("location-trail"), g.category,
                              tr("%1 keeps a trail of %2 places where you were. It shows your "
                                 "daily life.")
                                  .arg(who, number(g.records)),
                              ExplainAlert::Action::Erase);
        if (g.category == QLatin1String("pd:Profile") && !g.examples.isEmpty())
            e.alerts << alert(QStringLiteral("profiling"), g.category, profilingText(who, g),
                              ExplainAlert::Action::Object);
        if (g.fullCardNumbers)
            e.alerts << alert(QStringLiteral("full-card-number"), g.category,
                              tr("%1 keeps full payment card numbers. Shops should only keep the "
                                 "last four digits.")
                                  .arg(who),
                              ExplainAlert::Action::Erase);
        const bool stated = m_statedRetention.contains(g.category);
        const int years = stated ? m_statedRetention.value(g.category) : category.retentionYears;
        if (years > 0 && g.firstDate.isValid() && g.firstDate < m_today.addYears(-years)) {
            const QString age = years == 1 ? tr("That is more than a year ago.")
                                           : tr("That is more than %1 years ago.").arg(years);
            const QString tooLong = stated ? tr("That is longer than they say they keep it.")
                                           : tr("That is longer than usually needed.");
            e.alerts << alert(QStringLiteral("retention"), g.category,
                              tr("%1 still keeps data from %2 about %3.")
                                      .arg(who, QString::number(g.firstDate.year()),
                                           inlineTitle(g.category))
                                  + QLatin1Char(' ') + age + QLatin1Char(' ') + tooLong,
                              ExplainAlert::Action::Erase);
        }
    }
}

QString InsightBuilder::profilingText(const QString &who, const Group &g) const
{
    // Segments and inferences: the groups a shop or platform put the customer in (GDPR Art.
    // 21 lets them object to profiling for advertising; Art. 22 covers decisions by a computer
    // alone). A few of the groups, quoted, show what is meant.
    QStringList quoted;
    for (const QString &group : g.examples.mid(0, kMaxProfileExamples))
        quoted << QStringLiteral("\"%1\"").arg(group);
    const qint64 n = std::max<qint64>(g.distinct, qint64(g.examples.size()));
    QString found;
    if (n == 1)
        found = tr("%1 put you in the group %2.").arg(who, quoted.first());
    else if (n <= quoted.size())
        found = tr("%1 put you in %2 groups: %3.")
                    .arg(who, number(n), m_locale.createSeparatedList(quoted));
    else
        found = tr("%1 put you in %2 groups, like %3.")
                    .arg(who, number(n), m_locale.createSeparatedList(quoted));
    return found + QLatin1Char(' ')
        + tr("They worked this out from your data. The law calls this profiling.");
}
