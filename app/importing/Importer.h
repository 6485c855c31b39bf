#pragma once

#include "ImportLimits.h"
#include "ImportSummary.h"
#include "core/Result.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;
class SnapshotWriter;
class Vault;
struct sqlite3;
struct ZipBudget;

// Imports export files of one retailer as one new snapshot, in one transaction: on failure
// or cancel the vault stays exactly as it was. Usable from a worker thread: cancel() may be
// called from any thread, progressed() is emitted from the importing thread.
class Importer : public QObject
{
    Q_OBJECT
public:
    // Why a file the customer chose is no export Roer can import (empty, a program, a picture),
    // translated; empty when it may be one. Reads only the file's first bytes, so the import
    // dialog can mark each file before anything is imported. The import refuses the same.
    static QString refusal(const QString &path);

    explicit Importer(Vault &vault, const ImportLimits &limits = {});
    // A bare connection (the benchmark's unkeyed baseline). The schema must be there.
    explicit Importer(sqlite3 *db, const ImportLimits &limits = {});
    ~Importer() override;

    // For ZipCrypto-protected archives; an import without it fails with WrongPassphrase.
    void setZipPassword(const QByteArray &password) { m_password = password; }
    Result<ImportSummary> run(qint64 retailerId, const QStringList &files);
    // Content already in memory (a retailer's export fetched over the Roer protocol) as one
    // new snapshot called `name`: the same path as run(), but nothing touches the disk
    // outside the vault. Each file is read like a file of that name.
    struct DataFile
    {
        QString name;
        QByteArray content;
    };
    Result<ImportSummary> runData(qint64 retailerId, const QString &name,
                                  const QList<DataFile> &files);
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    // Reads a file without storing anything (benchmark "parse only", the fuzz replay).
    Result<qint64> parseOnly(const QString &file);

signals:
    void progressed(qint64 bytesDone, qint64 bytesTotal, const QString &currentFile);

private:
    void resetRun();
    enum class Format { Zip, Csv, Json, Xml, Pdf, Html, Binary, Empty, Unknown };
    static Format sniff(QIODevice *device, const QString &name);
    Result<void> importDevice(QIODevice *device, const QString &path, int zipDepth);
    Result<void> importZip(QIODevice *device, const QString &path, int zipDepth);
    Result<void> readRecords(QIODevice *device, const QString &path, Format format);
    Result<void> attach(QIODevice *device, const QString &path, const QString &reason);
    // run() and runData(): the re-import check, then every source in one transaction.
    Result<ImportSummary> store(qint64 retailerId, const QString &name, const QStringList &names,
                                const QStringList &hashes, const QList<qint64> &sizes,
                                const std::function<std::unique_ptr<QIODevice>(qsizetype)> &open);
    bool onRecord();
    void reportProgress(bool force);

    sqlite3 *m_db;
    ImportLimits m_limits;
    QByteArray m_password;
    std::atomic<bool> m_cancelled{false};
    SnapshotWriter *m_writer = nullptr; // null when only parsing
    std::unique_ptr<ZipBudget> m_budget;
    QStringList m_skipped;
    QStringList m_warnings;
    qint64 m_parsedRecords = 0;
    int m_filesRead = 0;
    // progress
    QIODevice *m_topFile = nullptr;
    QString m_currentName;
    qint64 m_bytesBefore = 0;
    qint64 m_bytesTotal = 0;
    qint64 m_sinceReport = 0;
};
