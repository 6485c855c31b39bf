#pragma once

#include <QStringView>

// IBAN bank account numbers: country code, 2 check digits, account; checked with the
// ISO 13616 mod-97 rule and, for common countries, the exact length.
namespace IbanDetector {
bool isValid(QStringView value);
}
