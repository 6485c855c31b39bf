#include "IpAddressDetector.h"

#include <QHostAddress>
#include <QString>

namespace IpAddressDetector {

bool isIPv4(QStringView value)
{
    const QStringView v = value.trimmed();
    int parts = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= v.size(); ++i) {
        if (i < v.size() && v.at(i) != u'.') {
            if (!v.at(i).isDigit() || v.at(i).unicode() >= 128)
                return false;
            continue;
        }
        const QStringView part = v.mid(start, i - start);
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.at(0) == u'0'))
            return false;
        if (part.toInt() > 255)
            return false;
        ++parts;
        start = i + 1;
    }
    return parts == 4;
}

bool isIPv6(QStringView value)
{
    const QString v = value.trimmed().toString();
    if (v.count(u':') < 2)
        return false;
    for (const QChar c : v)
        if (!(c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f') || c == u':'
              || c == u'.'))
            return false;
    QHostAddress address;
    return address.setAddress(v) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace IpAddressDetector
