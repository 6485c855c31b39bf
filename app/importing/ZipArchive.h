#pragma once

#include "ImportLimits.h"
#include "ZipEntry.h"
#include "core/Result.h"

#include <QList>

#include <memory>

class QIODevice;
class ZipEntryDevice;

// Reads a ZIP archive from a seekable QIODevice without extracting anything to disk.
// open() checks the whole central directory first and refuses hostile archives: too many
// entries, names with ".." or absolute paths, links, overlapping entries, truncation.
class ZipArchive
{
public:
    ZipArchive(QIODevice *device, const ImportLimits &limits, ZipBudget *budget);
    Result<void> open();
    const QList<ZipEntry> &entries() const { return m_entries; }
    // A device that inflates the entry while it is read, within the limits. `password` is
    // needed for ZipCrypto entries.
    Result<std::unique_ptr<ZipEntryDevice>> openEntry(const ZipEntry &entry,
                                                      const QByteArray &password = {});

    static bool isZip(QIODevice *device);

private:
    Result<void> fail(const QString &message) const;

    QIODevice *m_device;
    ImportLimits m_limits;
    ZipBudget *m_budget;
    QList<ZipEntry> m_entries;
};
