#include "PostcodeDetector.h"

#include <QRegularExpression>

namespace PostcodeDetector {

bool isDutch(QStringView value)
{
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{3} ?([A-Za-z]{2})$"));
    const QRegularExpressionMatch m = re.match(value.trimmed().toString());
    if (!m.hasMatch())
        return false;
    const QString letters = m.captured(1).toUpper();
    return letters != QLatin1String("SA") && letters != QLatin1String("SD")
        && letters != QLatin1String("SS");
}

} // namespace PostcodeDetector
