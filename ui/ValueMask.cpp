#include "ValueMask.h"

namespace ValueMask {

QString mask(const QString &value)
{
    static const QString dots = QStringLiteral("•••");
    const QString v = value.trimmed();
    if (v.isEmpty())
        return QString();
    const qsizetype at = v.indexOf(QLatin1Char('@'));
    const qsizetype dot = v.lastIndexOf(QLatin1Char('.'));
    if (at > 0 && dot > at && dot < v.size() - 1 && !v.contains(QLatin1Char(' ')))
        return v.left(1) + dots + QLatin1Char('@') + dots + v.mid(dot);
    if (v.size() <= 3)
        return dots;
    return v.left(1) + dots;
}

} // namespace ValueMask
