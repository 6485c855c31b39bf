#pragma once

#include "ImportLimits.h"
#include "ZipCrypto.h"
#include "ZipEntry.h"
#include "core/Result.h"

#include <QIODevice>

#include <memory>
#include <optional>

struct z_stream_s;

// Inflates one ZIP entry while it is read. Counts the bytes actually inflated against the
// per-entry and total limits and the compression ratio, and checks size and CRC at the end.
// A failure makes read() return -1; error() says why.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(QIODevice *archive, const ZipEntry &entry, const ImportLimits &limits,
                   ZipBudget *budget, std::unique_ptr<ZipCrypto> crypto, qint64 dataStart);
    ~ZipEntryDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    const std::optional<Error> &error() const { return m_error; }
    qint64 inflated() const { return m_out; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &message);
    qint64 readCompressed(char *data, qint64 maxSize);
    bool account(qint64 produced);

    QIODevice *m_archive;
    ZipEntry m_entry;
    ImportLimits m_limits;
    ZipBudget *m_budget;
    std::unique_ptr<ZipCrypto> m_crypto;
    std::unique_ptr<z_stream_s> m_zs;
    QByteArray m_in;
    qint64 m_inPos;  // next compressed byte in the archive
    qint64 m_inLeft; // compressed bytes not read yet
    qint64 m_consumed = 0;
    qint64 m_out = 0;
    quint32 m_crc = 0;
    bool m_finished = false;
    std::optional<Error> m_error;
};
