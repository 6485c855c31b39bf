#include "DateOfBirthDetector.h"

#include <QString>

namespace DateOfBirthDetector {

QDate parseDate(QStringView value)
{
    const QString v = value.trimmed().left(10).toString();
    for (const QLatin1String format :
         {QLatin1String("yyyy-MM-dd"), QLatin1String("dd-MM-yyyy"), QLatin1String("dd/MM/yyyy"),
          QLatin1String("d-M-yyyy"), QLatin1String("yyyy/MM/dd"), QLatin1String("dd.MM.yyyy")}) {
        const QDate d = QDate::fromString(v, QString(format));
        if (d.isValid())
            return d;
    }
    return {};
}

bool isPlausible(QStringView value, const QDate &today)
{
    // A full timestamp ("2001-03-04T10:00:00") is an event, not a birthday.
    const QStringView v = value.trimmed();
    if (v.size() > 10)
        return false;
    const QDate d = parseDate(v);
    return d.isValid() && d <= today.addYears(-13) && d >= today.addYears(-110);
}

} // namespace DateOfBirthDetector
