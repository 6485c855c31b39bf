#include "DateWords.h"

namespace {
bool isDutch(const QString &language)
{
    return language.startsWith(QLatin1String("nl"));
}

constexpr const char *kMonthsEn[] = {"January",   "February", "March",    "April",
                                     "May",       "June",     "July",     "August",
                                     "September", "October",  "November", "December"};
constexpr const char *kMonthsNl[] = {"januari",   "februari", "maart",    "april",
                                     "mei",       "juni",     "juli",     "augustus",
                                     "september", "oktober",  "november", "december"};
constexpr const char *kDaysEn[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                   "Friday", "Saturday", "Sunday"};
constexpr const char *kDaysNl[] = {"maandag", "dinsdag",  "woensdag", "donderdag",
                                   "vrijdag", "zaterdag", "zondag"};
} // namespace

namespace DateWords {

QString monthName(int month, const QString &language)
{
    if (month < 1 || month > 12)
        return QString();
    return QLatin1String(isDutch(language) ? kMonthsNl[month - 1] : kMonthsEn[month - 1]);
}

QString dayName(int dayOfWeek, const QString &language)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return QString();
    return QLatin1String(isDutch(language) ? kDaysNl[dayOfWeek - 1] : kDaysEn[dayOfWeek - 1]);
}

QString date(const QDate &d, const QString &language)
{
    if (!d.isValid())
        return QString();
    return QStringLiteral("%1 %2 %3")
        .arg(d.day())
        .arg(monthName(d.month(), language))
        .arg(d.year());
}

QString dateWithDay(const QDate &d, const QString &language)
{
    if (!d.isValid())
        return QString();
    return dayName(d.dayOfWeek(), language) + QLatin1Char(' ') + date(d, language);
}

} // namespace DateWords
