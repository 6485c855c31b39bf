#include "RecordBlob.h"

namespace RecordBlob {

namespace {
constexpr quint8 kTypeMask = 0x1f;
constexpr quint8 kRawNull = 0x20;
constexpr quint8 kHasNormalised = 0x40;

// UTF-8 length of UTF-16 text; a lone surrogate becomes U+FFFD (3 bytes).
qsizetype utf8Length(const QChar *s, qsizetype n)
{
    qsizetype len = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c < 0x80)
            len += 1;
        else if (c < 0x800)
            len += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1].unicode())) {
            len += 4;
            ++i;
        } else
            len += 3;
    }
    return len;
}
} // namespace

void Encoder::begin(qsizetype fieldCount)
{
    m_buffer.resize(0); // keeps the capacity
    m_buffer.append(char(kVersion));
    putVarint(quint64(fieldCount));
}

void Encoder::putVarint(quint64 v)
{
    char bytes[10];
    int n = 0;
    do {
        quint8 b = v & 0x7f;
        v >>= 7;
        if (v)
            b |= 0x80;
        bytes[n++] = char(b);
    } while (v);
    m_buffer.append(bytes, n);
}

void Encoder::putUtf16(const QString &text)
{
    // Straight into the buffer: QString::toUtf8 would allocate a QByteArray per value.
    const QChar *s = text.constData();
    const qsizetype n = text.size();
    const qsizetype len = utf8Length(s, n);
    putVarint(quint64(len));
    const qsizetype at = m_buffer.size();
    m_buffer.resize(at + len);
    auto *out = reinterpret_cast<uchar *>(m_buffer.data() + at);
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = s[i].unicode();
        if (c < 0x80) {
            *out++ = uchar(c);
            continue;
        }
        if (c < 0x800) {
            *out++ = uchar(0xc0 | (c >> 6));
            *out++ = uchar(0x80 | (c & 0x3f));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(char16_t(c), s[++i].unicode());
            *out++ = uchar(0xf0 | (c >> 18));
            *out++ = uchar(0x80 | ((c >> 12) & 0x3f));
            *out++ = uchar(0x80 | ((c >> 6) & 0x3f));
            *out++ = uchar(0x80 | (c & 0x3f));
            continue;
        }
        if (QChar::isSurrogate(c))
            c = 0xfffd;
        *out++ = uchar(0xe0 | (c >> 12));
        *out++ = uchar(0x80 | ((c >> 6) & 0x3f));
        *out++ = uchar(0x80 | (c & 0x3f));
    }
}

void Encoder::add(qint64 fieldPathId, ValueType type, const QString &raw, const QString &normalised)
{
    const bool hasNormalised = !normalised.isNull() && normalised != raw;
    putVarint(quint64(fieldPathId));
    m_buffer.append(char((quint8(type) & kTypeMask) | (raw.isNull() ? kRawNull : 0)
                         | (hasNormalised ? kHasNormalised : 0)));
    putUtf16(raw);
    if (hasNormalised)
        putUtf16(normalised);
}

void Encoder::addUtf8(qint64 fieldPathId, ValueType type, bool rawIsNull, QByteArrayView raw, bool hasNormalised,
                      QByteArrayView normalised)
{
    putVarint(quint64(fieldPathId));
    m_buffer.append(char((quint8(type) & kTypeMask) | (rawIsNull ? kRawNull : 0)
                         | (hasNormalised ? kHasNormalised : 0)));
    putVarint(quint64(raw.size()));
    m_buffer.append(raw.data(), raw.size());
    if (hasNormalised) {
        putVarint(quint64(normalised.size()));
        m_buffer.append(normalised.data(), normalised.size());
    }
}

QString FieldView::rawText() const
{
    return rawIsNull ? QString() : QString::fromUtf8(raw.data(), raw.size());
}

QString FieldView::normalisedText() const
{
    return hasNormalised ? QString::fromUtf8(normalised.data(), normalised.size()) : rawText();
}

Reader::Reader(const char *data, qsizetype size)
    : m_p(reinterpret_cast<const uchar *>(data)), m_end(reinterpret_cast<const uchar *>(data) + size)
{
    if (size < 2 || m_p[0] != kVersion) {
        m_ok = false;
        return;
    }
    ++m_p;
    m_ok = getVarint(m_count);
}

bool Reader::getVarint(quint64 &v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_p >= m_end)
            return false;
        const uchar b = *m_p++;
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

bool Reader::next(FieldView &field)
{
    if (!m_ok || m_read >= m_count)
        return false;
    quint64 path = 0, len = 0;
    if (!getVarint(path) || m_p >= m_end) {
        m_ok = false;
        return false;
    }
    const uchar flags = *m_p++;
    if (!getVarint(len) || len > quint64(m_end - m_p)) {
        m_ok = false;
        return false;
    }
    field.fieldPathId = qint64(path);
    field.type = ValueType(flags & kTypeMask);
    field.rawIsNull = flags & kRawNull;
    field.raw = QByteArrayView(reinterpret_cast<const char *>(m_p), qsizetype(len));
    m_p += len;
    field.hasNormalised = flags & kHasNormalised;
    field.normalised = {};
    if (field.hasNormalised) {
        if (!getVarint(len) || len > quint64(m_end - m_p)) {
            m_ok = false;
            return false;
        }
        field.normalised = QByteArrayView(reinterpret_cast<const char *>(m_p), qsizetype(len));
        m_p += len;
    }
    ++m_read;
    return true;
}

} // namespace RecordBlob
