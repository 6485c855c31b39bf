#pragma once

#include <QStringView>

// A free-text postal address: a street word with a house number ("Dorpsstraat 12a",
// "12 High Street"), often with a postcode and town. Heuristic: street-like word plus a
// number, or a house number together with a Dutch postcode.
namespace AddressDetector {
bool looksLike(QStringView value);
}
