#include "ZipCrypto.h"

#include <zlib.h>

namespace {
quint32 crcByte(quint32 crc, uchar b)
{
    static const z_crc_t *table = get_crc_table();
    return table[(crc ^ b) & 0xFF] ^ (crc >> 8);
}
} // namespace

ZipCrypto::ZipCrypto(const QByteArray &password)
{
    m_keys[0] = 305419896;
    m_keys[1] = 591751049;
    m_keys[2] = 878082192;
    for (char c : password)
        update(uchar(c));
}

void ZipCrypto::update(uchar c)
{
    m_keys[0] = crcByte(m_keys[0], c);
    m_keys[1] = (m_keys[1] + (m_keys[0] & 0xFF)) * 134775813 + 1;
    m_keys[2] = crcByte(m_keys[2], uchar(m_keys[1] >> 24));
}

uchar ZipCrypto::nextByte() const
{
    // Unsigned 32-bit: a 16-bit value times itself overflows int (found by fuzzing).
    const quint32 t = (m_keys[2] & 0xFFFF) | 2;
    return uchar((t * (t ^ 1)) >> 8);
}

void ZipCrypto::decrypt(uchar *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i) {
        const uchar plain = data[i] ^ nextByte();
        update(plain);
        data[i] = plain;
    }
}

bool ZipCrypto::checkHeader(const uchar *header, uchar checkByte)
{
    uchar copy[12];
    std::copy(header, header + 12, copy);
    decrypt(copy, 12);
    return copy[11] == checkByte;
}
