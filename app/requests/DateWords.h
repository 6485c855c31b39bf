#pragma once

#include <QDate>
#include <QString>

// Dates in words, in Dutch or English, independent of the system locale and of the
// language of Roer's screens: a letter has its own language. "5 april 2026" and
// "5 April 2026"; with the day: "maandag 5 april 2026", "Monday 5 April 2026".
namespace DateWords {
QString date(const QDate &date, const QString &language);
QString dateWithDay(const QDate &date, const QString &language);
QString monthName(int month, const QString &language);   // 1..12
QString dayName(int dayOfWeek, const QString &language); // 1 = Monday .. 7 = Sunday
} // namespace DateWords
