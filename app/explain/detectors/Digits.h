#pragma once

#include <QString>
#include <QStringView>

// Helpers shared by the value detectors.
namespace Digits {

// The digits of `value` if it holds only digits and the given separators, else empty.
inline QString only(QStringView value, QStringView separators = u" -.")
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c.isDigit() && c.unicode() < 128)
            out += c;
        else if (!separators.contains(c))
            return {};
    }
    return out;
}

} // namespace Digits
