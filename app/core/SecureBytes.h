#pragma once

#include <QByteArray>

#include <cstddef>
#include <memory>

// A move-only byte buffer for key material. It is wiped when released, never implicitly
// shared (unlike QByteArray) and never converted to text by accident.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char *data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    static SecureBytes random(std::size_t size);
    // Takes the bytes out of a QByteArray and wipes the QByteArray's buffer.
    static SecureBytes takeFrom(QByteArray &bytes);

    unsigned char *data() { return m_data.get(); }
    const unsigned char *data() const { return m_data.get(); }
    const char *constChar() const { return reinterpret_cast<const char *>(m_data.get()); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    SecureBytes copy() const;

    // Lower-case hex, for the `x'...'` raw-key form SQLCipher expects.
    SecureBytes toHex() const;
    // Constant-time comparison.
    bool equals(const SecureBytes &other) const;
    void clear();

private:
    std::unique_ptr<unsigned char[]> m_data;
    std::size_t m_size = 0;
};

// Wipes a QByteArray's own buffer (it must not be shared).
void wipe(QByteArray &bytes);
