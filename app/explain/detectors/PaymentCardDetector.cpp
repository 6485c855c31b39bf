#include "PaymentCardDetector.h"

#include "Digits.h"

#include <QString>

namespace PaymentCardDetector {

bool luhnValid(QStringView digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!digits.at(i).isDigit())
            return false;
        int d = digits.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

bool isValid(QStringView value)
{
    const QString d = Digits::only(value.trimmed(), u" -");
    if (d.size() < 13 || d.size() > 19)
        return false;
    const char first = char(d.at(0).unicode());
    return first >= '2' && first <= '6' && luhnValid(d);
}

} // namespace PaymentCardDetector
