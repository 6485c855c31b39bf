#include "Deadline.h"

#include "DateWords.h"

#include <QCoreApplication>

#include <algorithm>

namespace Deadline {

QDate easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool isDutchPublicHoliday(const QDate &date)
{
    if (!date.isValid())
        return false;
    const int y = date.year();
    const QDate easter = easterSunday(y);
    QDate kingsDay(y, 4, 27);
    if (kingsDay.dayOfWeek() == Qt::Sunday)
        kingsDay = kingsDay.addDays(-1);
    for (const QDate &holiday :
         {QDate(y, 1, 1), easter.addDays(1), kingsDay, QDate(y, 5, 5), easter.addDays(39),
          easter.addDays(50), QDate(y, 12, 25), QDate(y, 12, 26)})
        if (date == holiday)
            return true;
    return false;
}

bool isWorkingDay(const QDate &date)
{
    return date.dayOfWeek() != Qt::Saturday && date.dayOfWeek() != Qt::Sunday
        && !isDutchPublicHoliday(date);
}

QDate due(const QDate &received, int months)
{
    if (!received.isValid())
        return QDate();
    // QDate::addMonths keeps the day of the month, or takes the month's last day when the
    // month is shorter (31 January + 1 month = 28 or 29 February): the rule of 1182/71.
    QDate end = received.addMonths(months);
    while (!isWorkingDay(end))
        end = end.addDays(1);
    return end;
}

QDate latestExtended(const QDate &received)
{
    return due(received, 3);
}

Extension extension(const QDate &received, const QDate &noticeOn, const QDate &asked)
{
    Extension e;
    const QDate first = due(received, 1);
    e.due = first;
    if (!received.isValid() || !noticeOn.isValid() || noticeOn > first)
        return e; // said too late (or never): the first deadline holds
    e.valid = true;
    const QDate latest = latestExtended(received);
    if (!asked.isValid()) {
        e.due = latest;
    } else if (asked > latest) {
        e.due = latest;
        e.shortened = true;
    } else {
        e.due = std::max(asked, first);
    }
    return e;
}

int daysLeft(const QDate &dueDate, const QDate &today)
{
    return int(today.daysTo(dueDate));
}

QString shortText(const QDate &dueDate, const QDate &today)
{
    const int left = daysLeft(dueDate, today);
    if (left > 1)
        return QCoreApplication::translate("Requests", "%1 days left").arg(left);
    if (left == 1)
        return QCoreApplication::translate("Requests", "1 day left");
    if (left == 0)
        return QCoreApplication::translate("Requests", "Due today");
    if (left == -1)
        return QCoreApplication::translate("Requests", "1 day late");
    return QCoreApplication::translate("Requests", "%1 days late").arg(-left);
}

QString sentence(const QDate &dueDate, const QDate &today, const QString &language)
{
    const int left = daysLeft(dueDate, today);
    const QString when = DateWords::dateWithDay(dueDate, language);
    if (left > 1)
        return QCoreApplication::translate("Requests", "%1 days left. The shop must answer by %2.")
            .arg(left)
            .arg(when);
    if (left == 1)
        return QCoreApplication::translate("Requests", "1 day left. The shop must answer by %1.")
            .arg(when);
    if (left == 0)
        return QCoreApplication::translate("Requests", "The shop must answer today, %1.").arg(when);
    if (left == -1)
        return QCoreApplication::translate("Requests", "1 day late. The shop had to answer by %1.")
            .arg(when);
    return QCoreApplication::translate("Requests", "%1 days late. The shop had to answer by %2.")
        .arg(-left)
        .arg(when);
}

} // namespace Deadline
