#include "BsnDetector.h"

#include "Digits.h"

#include <QString>

namespace BsnDetector {

bool isValid(QStringView value)
{
    QString d = Digits::only(value.trimmed(), u" .");
    if (d.size() == 8)
        d.prepend(u'0');
    if (d.size() != 9)
        return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * d.at(i).digitValue();
    sum -= d.at(8).digitValue();
    return sum != 0 && sum % 11 == 0;
}

} // namespace BsnDetector
