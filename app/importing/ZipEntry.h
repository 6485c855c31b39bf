#pragma once

#include <QString>

// One file inside a ZIP archive, as its central directory describes it.
struct ZipEntry
{
    QString name; // '/'-separated, checked: no "..", not absolute
    quint16 flags = 0;
    quint16 method = 0; // 0 stored, 8 deflate
    quint32 crc32 = 0;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    qint64 localHeaderOffset = 0;
    qint64 dataOffset = 0; // after the local header
    bool isDirectory() const { return name.endsWith(QLatin1Char('/')); }
    bool isEncrypted() const { return flags & 0x1; }
    // ZipCrypto only; AES and other strong encryption are not supported.
    bool isSupportedEncryption() const { return isEncrypted() && !(flags & 0x40) && method != 99; }
    bool isSupportedMethod() const { return method == 0 || method == 8; }
};

// Counters shared by an archive and the archives nested inside it.
struct ZipBudget
{
    qint64 inflated = 0;
    int entries = 0;
};
