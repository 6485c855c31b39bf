#include "PhoneDetector.h"

#include <QString>

namespace {

// "+31 (0)6-1234 5678" -> "+31612345678"; empty when other characters are present.
QString compact(QStringView value)
{
    QString out;
    QStringView v = value.trimmed();
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == u'(' && i + 2 < v.size() && v.at(i + 1) == u'0' && v.at(i + 2) == u')') {
            i += 2; // the "(0)" trunk prefix people put after +31
            continue;
        }
        if (c.isDigit() && c.unicode() < 128)
            out += c;
        else if (c == u'+' && out.isEmpty())
            out += c;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')' && c != u'/')
            return {};
    }
    return out;
}

} // namespace

namespace PhoneDetector {

bool isDutch(QStringView value)
{
    QString n = compact(value);
    if (n.startsWith(QLatin1String("+31")))
        n = n.mid(3);
    else if (n.startsWith(QLatin1String("0031")))
        n = n.mid(4);
    else if (n.size() == 10 && n.startsWith(u'0') && !n.startsWith(QLatin1String("00")))
        n = n.mid(1);
    else
        return false;
    // 9 national digits, never starting with 0; 1-5 and 7 are area codes, 6 mobile,
    // 8 and 9 service and special numbers.
    return n.size() == 9 && n.at(0) != u'0';
}

bool isInternational(QStringView value)
{
    QString n = compact(value);
    if (n.startsWith(u'+'))
        n = n.mid(1);
    else if (n.startsWith(QLatin1String("00")))
        n = n.mid(2);
    else
        return false;
    return n.size() >= 8 && n.size() <= 15 && n.at(0) != u'0';
}

} // namespace PhoneDetector
