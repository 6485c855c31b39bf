#include "EmailDetector.h"

#include <QRegularExpression>

namespace EmailDetector {

bool looksLike(QStringView value)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-"
                       "9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"));
    const QStringView v = value.trimmed();
    return v.size() <= 254 && re.match(v.toString()).hasMatch();
}

} // namespace EmailDetector
