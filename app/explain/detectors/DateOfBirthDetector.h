#pragma once

#include <QDate>
#include <QStringView>

// A date written the usual ways (2001-03-04, 04-03-2001, 04/03/2001, 4 maart 2001 is not
// tried) that would make someone between 13 and 110 years old on `today`.
namespace DateOfBirthDetector {
QDate parseDate(QStringView value);
bool isPlausible(QStringView value, const QDate &today);
} // namespace DateOfBirthDetector
