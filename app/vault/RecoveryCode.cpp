#include "RecoveryCode.h"

#include "core/SecureBytes.h"

#include <cstring>

namespace {
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kGroups = 8;
constexpr int kGroupSize = 4;
} // namespace

namespace RecoveryCode {

QString generate()
{
    const SecureBytes random = SecureBytes::random(kGroups * kGroupSize);
    QString code;
    for (int i = 0; i < kGroups * kGroupSize; ++i) {
        if (i && i % kGroupSize == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[random.data()[i] & 31]); // 5 bits each: 160 bits
    }
    return code;
}

QString normalise(const QString &typed)
{
    QString plain;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.unicode() > 127 || !std::strchr(kAlphabet, c.toLatin1()))
            return {};
        plain += c;
    }
    if (plain.size() != kGroups * kGroupSize)
        return {};
    QString code;
    for (int i = 0; i < plain.size(); i += kGroupSize)
        code += (i ? QStringLiteral("-") : QString()) + plain.mid(i, kGroupSize);
    return code;
}

} // namespace RecoveryCode
