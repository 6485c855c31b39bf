#include "TextCodec.h"

namespace TextCodec {

bool isAscii(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i)
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return false;
    return true;
}

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char d = s[i + k];
            if ((d & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

QString fromUtf8Lossy(const char *data, qsizetype size, bool *hadInvalid)
{
    if (isAscii(data, size))
        return QString::fromLatin1(data, size);
    if (!isValidUtf8(data, size) && hadInvalid)
        *hadInvalid = true;
    // QString::fromUtf8 replaces each invalid sequence with U+FFFD.
    return QString::fromUtf8(data, size);
}

QString fromWindows1252(const char *data, qsizetype size)
{
    // 0x80-0x9F differ from Latin-1; 0 marks the five undefined bytes.
    static const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
                                      0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
                                      0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D,
                                      0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
                                      0x0153, 0xFFFD, 0x017E, 0x0178};
    QString out(size, Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        dst[i] = (c >= 0x80 && c < 0xA0) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

QString repairMojibake(const QString &text)
{
    bool high = false;
    for (QChar ch : text) {
        if (ch.unicode() > 0xFF)
            return text;
        if (ch.unicode() >= 0x80)
            high = true;
    }
    if (!high)
        return text;
    const QByteArray bytes = text.toLatin1();
    if (!isValidUtf8(bytes.constData(), bytes.size()))
        return text;
    return QString::fromUtf8(bytes);
}

} // namespace TextCodec
