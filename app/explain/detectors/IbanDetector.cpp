#include "IbanDetector.h"

#include <QHash>
#include <QString>

namespace IbanDetector {

bool isValid(QStringView value)
{
    QString iban;
    for (const QChar c : value) {
        if (c == u' ')
            continue;
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            return false;
        iban += c.toUpper();
    }
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    if (!iban.at(0).isLetter() || !iban.at(1).isLetter() || !iban.at(2).isDigit()
        || !iban.at(3).isDigit())
        return false;
    static const QHash<QString, int> lengths =
        {{QStringLiteral("NL"), 18}, {QStringLiteral("BE"), 16}, {QStringLiteral("DE"), 22},
         {QStringLiteral("FR"), 27}, {QStringLiteral("GB"), 22}, {QStringLiteral("LU"), 20},
         {QStringLiteral("ES"), 24}, {QStringLiteral("IT"), 27}, {QStringLiteral("AT"), 20},
         {QStringLiteral("IE"), 22}, {QStringLiteral("PT"), 25}, {QStringLiteral("DK"), 18}};
    const auto expected = lengths.constFind(iban.left(2));
    if (expected != lengths.constEnd() && *expected != iban.size())
        return false;
    // Move the first four characters to the end, letters become 10..35, then mod 97 == 1.
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = v >= 10 ? (remainder * 100 + v) % 97 : (remainder * 10 + v) % 97;
    }
    return remainder == 1;
}

} // namespace IbanDetector
