#pragma once

#include <QStringView>

// Telephone numbers. Dutch: 0 + 9 digits or +31/0031 + 9 digits (06 mobile, 010 etc.).
// International: + or 00, then a country code and 7 to 14 more digits (E.164 allows 15).
// Spaces, dashes, dots and "(0)" / brackets are allowed as people write them.
namespace PhoneDetector {
bool isDutch(QStringView value);
bool isInternational(QStringView value);
inline bool looksLike(QStringView value)
{
    return isDutch(value) || isInternational(value);
}
} // namespace PhoneDetector
