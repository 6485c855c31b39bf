#include "GeoDetector.h"

#include <QRegularExpression>
#include <QString>

namespace GeoDetector {

bool isDecimalDegree(QStringView value)
{
    static const QRegularExpression re(QStringLiteral("^-?[0-9]{1,3}\\.[0-9]{4,}$"));
    const QString v = value.trimmed().toString();
    if (!re.match(v).hasMatch())
        return false;
    const double d = v.toDouble();
    return d >= -180.0 && d <= 180.0;
}

bool isCoordinatePair(QStringView value)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:geo:)?\\(?\\s*(-?[0-9]{1,2}\\.[0-9]{3,})\\s*[,; "
                       "]\\s*(-?[0-9]{1,3}\\.[0-9]{3,})\\s*\\)?$"));
    const QRegularExpressionMatch m = re.match(value.trimmed().toString());
    if (!m.hasMatch())
        return false;
    const double lat = m.captured(1).toDouble();
    const double lon = m.captured(2).toDouble();
    return lat >= -90.0 && lat <= 90.0 && lon >= -180.0 && lon <= 180.0;
}

bool isE7(QStringView value)
{
    bool ok = false;
    const qint64 v = value.trimmed().toLongLong(&ok);
    return ok && v >= -1800000000LL && v <= 1800000000LL && (v >= 100000 || v <= -100000);
}

} // namespace GeoDetector
