#pragma once

#include <QStringView>

// GPS coordinates: a decimal degree with at least 4 decimals (about 10 m) within range,
// a "lat, lon" pair, or an E7 integer (degrees x 10^7, as in Google location history).
namespace GeoDetector {
bool isDecimalDegree(QStringView value);
bool isCoordinatePair(QStringView value);
// E7 integers look like any large number; the classifier trusts them only with a field
// name that says so (latitudeE7).
bool isE7(QStringView value);
inline bool looksLike(QStringView value)
{
    return isCoordinatePair(value) || isDecimalDegree(value);
}
} // namespace GeoDetector
