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
        else if (QChar::isHighSurrogate(c) && i + 1 < n
                 && QChar::isLowSurrogate(s[i + 1].unicode())) {
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
    m_buffer.append(bytes, writeVarint(reinterpret_cast<uchar *>(bytes), v));
}

namespace {
// Writes `text` as UTF-8 at `out` (room for 3 bytes a code unit); returns the end.
uchar *writeUtf8(uchar *out, const QChar *s, qsizetype n)
{
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
    return out;
}
} // namespace

int Encoder::writeVarint(uchar *out, quint64 v)
{
    int n = 0;
    do {
        quint8 b = v & 0x7f;
        v >>= 7;
        if (v)
            b |= 0x80;
        out[n++] = b;
    } while (v);
    return n;
}

uchar *Encoder::writeText(uchar *out, const QString &text)
{
    // Straight into the buffer: QString::toUtf8 would allocate a QByteArray per value.
    const QChar *s = text.constData();
    const qsizetype n = text.size();
    if (n * 3 < 0x80) {
        // The UTF-8 length fits in one varint byte: write the text after it, then the length.
        uchar *end = writeUtf8(out + 1, s, n);
        *out = uchar(end - out - 1);
        return end;
    }
    out += writeVarint(out, quint64(utf8Length(s, n)));
    return writeUtf8(out, s, n);
}

void Encoder::add(qint64 fieldPathId, ValueType type, const QString &raw, const QString &normalised)
{
    const bool hasNormalised = !normalised.isNull() && normalised != raw;
    // One resize to the most this field can take, pointer writes, one resize down (keeps the
    // capacity): appending byte by byte went through QByteArray::insert for every varint.
    const qsizetype at = m_buffer.size();
    m_buffer.resize(at + 31 + (raw.size() + (hasNormalised ? normalised.size() : 0)) * 3);
    auto *start = reinterpret_cast<uchar *>(m_buffer.data());
    uchar *out = start + at;
    out += writeVarint(out, quint64(fieldPathId));
    *out++ = uchar((quint8(type) & kTypeMask) | (raw.isNull() ? kRawNull : 0)
                   | (hasNormalised ? kHasNormalised : 0));
    out = writeText(out, raw);
    if (hasNormalised)
        out = writeText(out, normalised);
    m_buffer.resize(out - start);
}

void Encoder::addUtf8(qint64 fieldPathId, ValueType type, bool rawIsNull, QByteArrayView raw,
                      bool hasNormalised, QByteArrayView normalised)
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
    : m_p(reinterpret_cast<const uchar *>(data)),
      m_end(reinterpret_cast<const uchar *>(data) + size)
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
