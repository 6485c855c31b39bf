#include "ZipEntryDevice.h"

#include <QCoreApplication>

#include <zlib.h>

namespace {

// Small input rounds keep the ratio check close to the bytes actually inflated.
constexpr qint64 kInChunk = 16 * 1024;

} // namespace

ZipEntryDevice::ZipEntryDevice(QIODevice *archive, const ZipEntry &entry,
                               const ImportLimits &limits, ZipBudget *budget,
                               std::unique_ptr<ZipCrypto> crypto, qint64 dataStart)
    : m_archive(archive), m_entry(entry), m_limits(limits), m_budget(budget),
      m_crypto(std::move(crypto)), m_inPos(dataStart),
      m_inLeft(entry.compressedSize - (dataStart - entry.dataOffset))
{
    m_crc = crc32(0, nullptr, 0);
    if (m_entry.method == 8) {
        m_zs = std::make_unique<z_stream_s>();
        *m_zs = z_stream_s{};
        // Raw deflate: ZIP entries carry no zlib header.
        if (inflateInit2(m_zs.get(), -MAX_WBITS) != Z_OK)
            m_error =
                Error::make(ErrorCode::Generic,
                            QCoreApplication::translate("Import",
                                                        "Roer could not unpack this ZIP file."));
    }
}

ZipEntryDevice::~ZipEntryDevice()
{
    if (m_zs)
        inflateEnd(m_zs.get());
}

qint64 ZipEntryDevice::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + (m_finished || m_error ? 0 : 1);
}

qint64 ZipEntryDevice::fail(const QString &message)
{
    if (!m_error)
        m_error = Error::make(ErrorCode::InvalidInput, message);
    setErrorString(message);
    return -1;
}

qint64 ZipEntryDevice::readCompressed(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_inLeft);
    if (n <= 0)
        return 0;
    if (!m_archive->seek(m_inPos))
        return -1;
    const qint64 got = m_archive->read(data, n);
    if (got != n)
        return -1;
    if (m_crypto)
        m_crypto->decrypt(reinterpret_cast<uchar *>(data), got);
    m_inPos += got;
    m_inLeft -= got;
    m_consumed += got;
    return got;
}

bool ZipEntryDevice::account(qint64 produced)
{
    m_out += produced;
    m_budget->inflated += produced;
    if (m_out > m_limits.maxEntryInflated || m_budget->inflated > m_limits.maxTotalInflated
        || m_out > m_entry.uncompressedSize) {
        fail(QCoreApplication::translate(
            "Import",
            "A file in this ZIP unpacks to far more data than it says. Roer stops here."));
        return false;
    }
    if (m_out > m_limits.ratioGrace
        && m_out > qMax<qint64>(m_consumed, 1) * m_limits.maxCompressionRatio) {
        fail(QCoreApplication::translate(
            "Import",
            "A file in this ZIP is packed suspiciously tightly (a \"ZIP bomb\"). Roer "
            "stops here."));
        return false;
    }
    return true;
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_error)
        return -1;
    if (m_finished || maxSize <= 0)
        return 0;
    const QString damaged =
        QCoreApplication::translate("Import", "This ZIP file is damaged or incomplete.");
    qint64 produced = 0;
    if (m_entry.method == 0) {
        produced = readCompressed(data, maxSize);
        if (produced < 0)
            return fail(damaged);
        if (produced == 0)
            m_finished = true;
    } else {
        m_zs->next_out = reinterpret_cast<Bytef *>(data);
        m_zs->avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
        while (m_zs->avail_out > 0) {
            if (m_zs->avail_in == 0 && m_inLeft > 0) {
                m_in.resize(kInChunk);
                const qint64 got = readCompressed(m_in.data(), kInChunk);
                if (got <= 0)
                    return fail(damaged);
                m_zs->next_in = reinterpret_cast<Bytef *>(m_in.data());
                m_zs->avail_in = uInt(got);
            }
            const int rc = inflate(m_zs.get(), Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                m_finished = true;
                break;
            }
            if (rc == Z_BUF_ERROR && m_zs->avail_in == 0 && m_inLeft == 0)
                return fail(damaged); // the data ends before the deflate stream does
            if (rc != Z_OK && rc != Z_BUF_ERROR)
                return fail(damaged);
            // Stop early to check the limits between rounds of inflating.
            const qint64 soFar = qint64(reinterpret_cast<char *>(m_zs->next_out) - data);
            if (soFar > 0 && m_zs->avail_in == 0)
                break;
        }
        produced = qint64(reinterpret_cast<char *>(m_zs->next_out) - data);
    }
    if (produced > 0) {
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(produced));
        if (!account(produced))
            return -1;
    }
    if (m_finished) {
        if (m_out != m_entry.uncompressedSize || m_crc != m_entry.crc32)
            return fail(damaged);
    }
    return produced;
}
