#pragma once

#include <QStringView>

// Dutch postcodes: "1234 AB" or "1234AB"; the first digit is never 0 and the letter pairs
// SA, SD and SS are not used.
namespace PostcodeDetector {
bool isDutch(QStringView value);
}
