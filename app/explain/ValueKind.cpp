#include "ValueKind.h"

#include "detectors/AddressDetector.h"
#include "detectors/BsnDetector.h"
#include "detectors/DateOfBirthDetector.h"
#include "detectors/EmailDetector.h"
#include "detectors/GeoDetector.h"
#include "detectors/IbanDetector.h"
#include "detectors/IpAddressDetector.h"
#include "detectors/PaymentCardDetector.h"
#include "detectors/PhoneDetector.h"
#include "detectors/PostcodeDetector.h"
#include "detectors/ValueVocabulary.h"

#include <QCoreApplication>

namespace {

bool isNumber(QStringView v)
{
    bool ok = false;
    v.toString().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok;
}

bool isYesNo(QStringView v)
{
    for (const char *w : {"true", "false", "yes", "no", "ja", "nee"})
        if (v.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// By the field's category, when the value's shape said nothing.
QString byCategory(const QString &c)
{
    if (c == QLatin1String("pd:Name"))
        return QCoreApplication::translate("ValueKind", "a name");
    if (c == QLatin1String("pd:Address"))
        return QCoreApplication::translate("ValueKind", "an address");
    if (c == QLatin1String("pd:Gender"))
        return QCoreApplication::translate("ValueKind", "a gender");
    if (c == QLatin1String("pd:Identifier"))
        return QCoreApplication::translate("ValueKind", "a customer number or other code");
    if (c == QLatin1String("pd:DeviceBased"))
        return QCoreApplication::translate("ValueKind", "a device");
    if (c == QLatin1String("pd:Location"))
        return QCoreApplication::translate("ValueKind", "a place");
    if (c == QLatin1String("pd:SearchHistory"))
        return QCoreApplication::translate("ValueKind", "a search");
    if (c == QLatin1String("pd:Communication"))
        return QCoreApplication::translate("ValueKind", "a message");
    if (c == QLatin1String("pd:Health"))
        return QCoreApplication::translate("ValueKind", "a health detail");
    return {};
}

QString byVocabulary(QStringView v)
{
    switch (ValueVocabulary::of(v)) {
    case ValueVocabulary::Kind::PaymentMethod:
        return QCoreApplication::translate("ValueKind", "a way to pay");
    case ValueVocabulary::Kind::MaskedCard:
        return QCoreApplication::translate("ValueKind", "a payment card");
    case ValueVocabulary::Kind::SearchUrl:
    case ValueVocabulary::Kind::VideoUrl:
    case ValueVocabulary::Kind::MapUrl:
    case ValueVocabulary::Kind::WebUrl:
        return QCoreApplication::translate("ValueKind", "a web address");
    case ValueVocabulary::Kind::Device: return QCoreApplication::translate("ValueKind", "a device");
    case ValueVocabulary::Kind::Movement:
        return QCoreApplication::translate("ValueKind", "a way of moving");
    case ValueVocabulary::Kind::SearchText:
        return QCoreApplication::translate("ValueKind", "a search");
    case ValueVocabulary::Kind::WatchText:
        return QCoreApplication::translate("ValueKind", "something you watched");
    case ValueVocabulary::Kind::Locale:
        return QCoreApplication::translate("ValueKind", "a language");
    case ValueVocabulary::Kind::Structural:
    case ValueVocabulary::Kind::None: break;
    }
    return {};
}

} // namespace

namespace ValueKind {

QString describe(QStringView raw, const QString &categoryId)
{
    const QStringView v = raw.trimmed();
    if (v.isEmpty())
        return QCoreApplication::translate("ValueKind", "an empty value");
    if (EmailDetector::looksLike(v))
        return QCoreApplication::translate("ValueKind", "an e-mail address");
    if (IbanDetector::isValid(v))
        return QCoreApplication::translate("ValueKind", "a bank account number (IBAN)");
    if (PaymentCardDetector::isValid(v))
        return QCoreApplication::translate("ValueKind", "a payment card number");
    if (BsnDetector::isValid(v) && categoryId == QLatin1String("pd:NationalIdentificationNumber"))
        return QCoreApplication::translate("ValueKind", "a citizen service number (BSN)");
    if (PhoneDetector::looksLike(v))
        return QCoreApplication::translate("ValueKind", "a phone number");
    if (PostcodeDetector::isDutch(v))
        return QCoreApplication::translate("ValueKind", "a postcode");
    if (IpAddressDetector::looksLike(v))
        return QCoreApplication::translate("ValueKind", "an internet address (IP address)");
    if (GeoDetector::isCoordinatePair(v))
        return QCoreApplication::translate("ValueKind", "a place on the map");
    if (v.size() <= 30) {
        const QDate date = DateOfBirthDetector::parseDate(v);
        if (date.isValid())
            return categoryId == QLatin1String("pd:DateOfBirth")
                ? QCoreApplication::translate("ValueKind", "a date of birth")
                : QCoreApplication::translate("ValueKind", "a date in %1").arg(date.year());
    }
    if (isYesNo(v))
        return QCoreApplication::translate("ValueKind", "yes or no");
    if (const QString c = byCategory(categoryId); !c.isEmpty())
        return c;
    if (AddressDetector::looksLike(v))
        return QCoreApplication::translate("ValueKind", "an address");
    if (const QString w = byVocabulary(v); !w.isEmpty())
        return w;
    if (isNumber(v))
        return QCoreApplication::translate("ValueKind", "a number");
    return QCoreApplication::translate("ValueKind", "a text");
}

} // namespace ValueKind
