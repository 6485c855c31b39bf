#pragma once

#include <QStringView>

// Dutch citizen service numbers (BSN): 9 digits (8 with the leading zero dropped) that pass
// the "11-proef": 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 (and not 0).
namespace BsnDetector {
bool isValid(QStringView value);
}
