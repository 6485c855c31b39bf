#pragma once

#include <QByteArray>
#include <QtGlobal>

// Traditional PKWARE ("ZipCrypto") decryption. Weak encryption, but common in exports that
// come with a password in a separate e-mail.
class ZipCrypto
{
public:
    explicit ZipCrypto(const QByteArray &password);
    // Decrypts the 12-byte header; true when its check byte matches.
    bool checkHeader(const uchar *header, uchar checkByte);
    void decrypt(uchar *data, qint64 size);

private:
    void update(uchar c);
    uchar nextByte() const;
    quint32 m_keys[3];
};
