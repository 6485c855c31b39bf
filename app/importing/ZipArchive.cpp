#include "ZipArchive.h"

#include "TextCodec.h"
#include "ZipEntryDevice.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>

namespace {

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}
quint64 u64(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}

QByteArray readAt(QIODevice *d, qint64 pos, qint64 size)
{
    if (pos < 0 || pos > d->size() || !d->seek(pos))
        return {};
    return d->read(size);
}

bool safeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QChar(0)))
        return false;
    if (name.size() >= 2 && name[1] == QLatin1Char(':'))
        return false; // C:/...
    const auto parts = QStringView(name).split(u'/');
    for (QStringView part : parts)
        if (part == u"..")
            return false;
    return true;
}

} // namespace

ZipArchive::ZipArchive(QIODevice *device, const ImportLimits &limits, ZipBudget *budget)
    : m_device(device), m_limits(limits), m_budget(budget)
{
}

bool ZipArchive::isZip(QIODevice *device)
{
    const QByteArray head = device->peek(4);
    return head == QByteArrayLiteral("PK\x03\x04") || head == QByteArrayLiteral("PK\x05\x06");
}

Result<void> ZipArchive::fail(const QString &message) const
{
    return Error::make(ErrorCode::InvalidInput, message);
}

Result<void> ZipArchive::open()
{
    const QString damaged =
        QCoreApplication::translate("Import", "This ZIP file is damaged or incomplete.");
    const qint64 size = m_device->size();
    if (size < 22)
        return fail(damaged);
    // End of central directory: the last 22 bytes plus a comment of up to 64 KiB.
    const qint64 tailSize = qMin<qint64>(size, 22 + 65535);
    const QByteArray tail = readAt(m_device, size - tailSize, tailSize);
    if (tail.size() != tailSize)
        return fail(damaged);
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i)
        if (u32(tail.constData() + i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return fail(damaged);
    const char *e = tail.constData() + eocd;
    const qint64 eocdPos = size - tailSize + eocd;
    if (u16(e + 4) != 0 || u16(e + 6) != 0)
        return fail(QCoreApplication::translate(
            "Import", "This ZIP file is split over several parts. Roer cannot read it."));
    quint64 count = u16(e + 10);
    quint64 cdSize = u32(e + 12);
    quint64 cdOffset = u32(e + 16);
    qint64 cdEnd = eocdPos;
    if (count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) {
        // ZIP64: a locator just before the record points at the 64-bit record.
        const QByteArray loc = readAt(m_device, eocdPos - 20, 20);
        if (loc.size() != 20 || u32(loc.constData()) != 0x07064b50)
            return fail(damaged);
        const qint64 z64Pos = qint64(u64(loc.constData() + 8));
        const QByteArray z = readAt(m_device, z64Pos, 56);
        if (z.size() != 56 || u32(z.constData()) != 0x06064b50 || z64Pos >= eocdPos)
            return fail(damaged);
        count = u64(z.constData() + 32);
        cdSize = u64(z.constData() + 40);
        cdOffset = u64(z.constData() + 48);
        cdEnd = z64Pos;
    }
    if (count > quint64(m_limits.maxEntries)
        || quint64(m_budget->entries) + count > quint64(m_limits.maxEntries))
        return fail(QCoreApplication::translate(
            "Import", "This ZIP file has too many files in it. Roer stops here."));
    if (cdOffset > quint64(cdEnd) || cdSize > quint64(cdEnd) - cdOffset
        || cdSize > (quint64(128) << 20))
        return fail(damaged);
    const QByteArray cd = readAt(m_device, qint64(cdOffset), qint64(cdSize));
    if (cd.size() != qint64(cdSize))
        return fail(damaged);
    m_budget->entries += int(count);

    qsizetype p = 0;
    for (quint64 n = 0; n < count; ++n) {
        if (p + 46 > cd.size() || u32(cd.constData() + p) != 0x02014b50)
            return fail(damaged);
        const char *h = cd.constData() + p;
        ZipEntry entry;
        const quint16 madeBy = u16(h + 4);
        entry.flags = u16(h + 8);
        entry.method = u16(h + 10);
        entry.crc32 = u32(h + 16);
        entry.compressedSize = u32(h + 20);
        entry.uncompressedSize = u32(h + 24);
        const quint16 nameLen = u16(h + 28), extraLen = u16(h + 30), commentLen = u16(h + 32);
        const quint32 external = u32(h + 38);
        entry.localHeaderOffset = u32(h + 42);
        if (p + 46 + nameLen + extraLen + commentLen > cd.size())
            return fail(damaged);
        const char *name = h + 46;
        entry.name = (entry.flags & 0x800) || TextCodec::isValidUtf8(name, nameLen)
            ? QString::fromUtf8(name, nameLen)
            : TextCodec::fromWindows1252(name, nameLen);
        entry.name.replace(QLatin1Char('\\'), QLatin1Char('/'));
        // ZIP64 sizes and offset, in this order, for the fields that are 0xFFFFFFFF.
        const char *x = name + nameLen;
        for (qsizetype k = 0; k + 4 <= extraLen;) {
            const quint16 id = u16(x + k), len = u16(x + k + 2);
            if (k + 4 + len > extraLen)
                break;
            if (id == 0x0001) {
                qsizetype q = k + 4;
                auto take = [&](qint64 &field) {
                    if (field == 0xFFFFFFFF && q + 8 <= k + 4 + len) {
                        field = qint64(u64(x + q));
                        q += 8;
                    }
                };
                take(entry.uncompressedSize);
                take(entry.compressedSize);
                take(entry.localHeaderOffset);
            }
            k += 4 + len;
        }
        p += 46 + nameLen + extraLen + commentLen;

        if (!safeName(entry.name)) {
            qCWarning(lcImport) << "zip entry with unsafe path refused";
            return fail(QCoreApplication::translate(
                "Import",
                "This ZIP file contains a file path that points outside the archive. "
                "Roer does not trust it."));
        }
        const int host = madeBy >> 8;
        if ((host == 3 || host == 19) && ((external >> 16) & 0170000) == 0120000)
            return fail(QCoreApplication::translate(
                "Import",
                "This ZIP file contains a link to another file. Roer does not trust it."));
        if (entry.compressedSize < 0 || entry.uncompressedSize < 0 || entry.localHeaderOffset < 0)
            return fail(damaged);
        const QByteArray local = readAt(m_device, entry.localHeaderOffset, 30);
        if (local.size() != 30 || u32(local.constData()) != 0x04034b50)
            return fail(damaged);
        entry.dataOffset = entry.localHeaderOffset + 30 + u16(local.constData() + 26)
            + u16(local.constData() + 28);
        if (entry.dataOffset + entry.compressedSize > qint64(cdOffset))
            return fail(damaged);
        m_entries.append(entry);
    }
    // Entries must not share bytes: overlapping entries are how some ZIP bombs multiply.
    QList<const ZipEntry *> sorted;
    for (const ZipEntry &entry : std::as_const(m_entries))
        sorted.append(&entry);
    std::sort(sorted.begin(), sorted.end(), [](const ZipEntry *a, const ZipEntry *b) {
        return a->localHeaderOffset < b->localHeaderOffset;
    });
    for (qsizetype i = 1; i < sorted.size(); ++i)
        if (sorted[i - 1]->dataOffset + sorted[i - 1]->compressedSize
            > sorted[i]->localHeaderOffset)
            return fail(QCoreApplication::translate(
                "Import", "This ZIP file has overlapping parts. Roer does not trust it."));
    return {};
}

Result<std::unique_ptr<ZipEntryDevice>> ZipArchive::openEntry(const ZipEntry &entry,
                                                              const QByteArray &password)
{
    if (!entry.isSupportedMethod())
        return Error::make(ErrorCode::UnsupportedFormat,
                           QCoreApplication::translate(
                               "Import",
                               "This file in the ZIP uses a compression method Roer cannot read."));
    qint64 start = entry.dataOffset;
    std::unique_ptr<ZipCrypto> crypto;
    if (entry.isEncrypted()) {
        if (!entry.isSupportedEncryption())
            return Error::make(ErrorCode::UnsupportedFormat,
                               QCoreApplication::translate(
                                   "Import", "This ZIP file uses an encryption Roer cannot read."));
        if (password.isEmpty())
            return Error::make(ErrorCode::WrongPassphrase,
                               QCoreApplication::translate(
                                   "Import", "This ZIP file is protected with a password."));
        const QByteArray header = readAt(m_device, start, 12);
        if (header.size() != 12 || entry.compressedSize < 12)
            return Error::make(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("Import", "This ZIP file is damaged or incomplete."));
        crypto = std::make_unique<ZipCrypto>(password);
        // The check byte is the CRC's high byte, or the time's when sizes follow the data.
        const uchar check = (entry.flags & 0x8) ? uchar(0) : uchar(entry.crc32 >> 24);
        const bool ok =
            crypto->checkHeader(reinterpret_cast<const uchar *>(header.constData()), check);
        if (!ok && !(entry.flags & 0x8))
            return Error::make(
                ErrorCode::WrongPassphrase,
                QCoreApplication::translate("Import", "This password does not open the ZIP file."));
        crypto = std::make_unique<ZipCrypto>(password);
        QByteArray copy = header;
        crypto->decrypt(reinterpret_cast<uchar *>(copy.data()), 12);
        start += 12;
    }
    auto device = std::make_unique<ZipEntryDevice>(m_device, entry, m_limits, m_budget,
                                                   std::move(crypto), start);
    device->open(QIODevice::ReadOnly);
    return device;
}
