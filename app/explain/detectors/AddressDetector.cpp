#include "AddressDetector.h"

#include <QRegularExpression>
#include <QString>

namespace AddressDetector {

bool looksLike(QStringView value)
{
    const QString v = value.trimmed().toString();
    if (v.size() < 6 || v.size() > 300)
        return false;
    // Dutch: "<name>straat|weg|laan|plein|... 12", "Kerkstraat 1-3", "Singel 250 A".
    static const QRegularExpression dutch(
        QStringLiteral(
            "\\b\\p{L}+(straat|weg|laan|plein|gracht|kade|dijk|singel|steeg|pad|dreef|hof|park|"
            "markt|baan|plantsoen|boulevard|veld|(?<!e)ring)\\s+[0-9]{1,5}\\s?[a-zA-Z]?\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // English: "12 High Street", "221B Baker St".
    static const QRegularExpression english(
        QStringLiteral("\\b[0-9]{1,5}[a-zA-Z]?\\s+(\\p{L}+\\s+){1,3}(street|st|road|rd|avenue|ave|"
                       "lane|ln|drive|dr|way|place|square|close|court|boulevard|blvd)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // "<words> 12, 1234 AB Town".
    static const QRegularExpression withPostcode(
        QStringLiteral(
            "\\p{L}{3,}\\s+[0-9]{1,5}\\s?[a-zA-Z]?\\s*,?\\s*[1-9][0-9]{3}\\s?[A-Za-z]{2}\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return dutch.match(v).hasMatch() || english.match(v).hasMatch()
        || withPostcode.match(v).hasMatch();
}

} // namespace AddressDetector
