#include "SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>
#include <stdexcept>

SecureBytes::SecureBytes(std::size_t size)
    : m_data(size ? new unsigned char[size]() : nullptr), m_size(size)
{
}

SecureBytes::SecureBytes(const unsigned char *data, std::size_t size) : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data.get(), data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(other.m_size)
{
    other.m_size = 0;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    // RAND_bytes only fails when the system has no entropy source at all; a key made from
    // anything else would be a silent disaster, so this is the one place we abort.
    if (size && RAND_bytes(bytes.data(), static_cast<int>(size)) != 1)
        throw std::runtime_error("no secure random source");
    return bytes;
}

SecureBytes SecureBytes::takeFrom(QByteArray &bytes)
{
    SecureBytes out(reinterpret_cast<const unsigned char *>(bytes.constData()),
                    static_cast<std::size_t>(bytes.size()));
    wipe(bytes);
    return out;
}

SecureBytes SecureBytes::copy() const
{
    return SecureBytes(m_data.get(), m_size);
}

SecureBytes SecureBytes::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes hex(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        hex.data()[2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        hex.data()[2 * i + 1] = static_cast<unsigned char>(digits[m_data[i] & 0x0f]);
    }
    return hex;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size
        && (m_size == 0 || CRYPTO_memcmp(m_data.get(), other.m_data.get(), m_size) == 0);
}

void SecureBytes::clear()
{
    if (m_data && m_size)
        OPENSSL_cleanse(m_data.get(), m_size);
    m_data.reset();
    m_size = 0;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never wipe someone else's copy; wipe ours
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}
