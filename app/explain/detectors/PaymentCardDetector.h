#pragma once

#include <QStringView>

// Full payment card numbers: 13 to 19 digits (spaces or dashes allowed), a known first
// digit (2-6) and a valid Luhn check digit. Masked numbers ("**** 1234") do not count.
namespace PaymentCardDetector {
bool luhnValid(QStringView digits);
bool isValid(QStringView value);
} // namespace PaymentCardDetector
