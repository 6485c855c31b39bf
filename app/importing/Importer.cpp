#include "Importer.h"

#include "AppendJournal.h"
#include "CsvReader.h"
#include "JsonReader.h"
#include "SearchIndexer.h"
#include "SnapshotWriter.h"
#include "XmlRecordReader.h"
#include "ZipArchive.h"
#include "ZipEntryDevice.h"
#include "core/Logging.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>
#include <sqlite3.h>

namespace {

// A cancel that arrives before the worker thread starts importing still counts; the flag is
// cleared when the run returns, so the importer can be used again.
struct ClearOnExit
{
    std::atomic<bool> &flag;
    ~ClearOnExit() { flag.store(false); }
};

QString cancelledMessage()
{
    return QCoreApplication::translate("Import", "The import was cancelled. Nothing was changed.");
}

Result<QByteArray> sha256Of(QFile &file)
{
    // OpenSSL's SHA-256 uses the CPU's SHA instructions: several times faster than
    // QCryptographicHash, and every byte of an export is hashed before it is read.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1 || !file.seek(0))
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("Import", "Roer could not read this file."));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error::make(ErrorCode::Io,
                               QCoreApplication::translate("Import",
                                                           "Roer could not read this file."));
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    file.seek(0);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

// Rolls back unless committed: a failed or cancelled import changes nothing.
class Transaction
{
public:
    explicit Transaction(sqlite3 *db) : m_db(db)
    {
        m_ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~Transaction()
    {
        if (m_ok && !m_done)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    bool begun() const { return m_ok; }
    bool commit()
    {
        m_done = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        return m_done;
    }

private:
    sqlite3 *m_db;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace

Importer::Importer(Vault &vault, const ImportLimits &limits) : Importer(vault.handle(), limits) {}

Importer::Importer(sqlite3 *db, const ImportLimits &limits)
    : m_db(db), m_limits(limits), m_budget(std::make_unique<ZipBudget>())
{
}

Importer::~Importer() = default;

namespace {
// Programs, archives, images and the like, by their first bytes (their "magic number").
bool hasBinaryMagic(const QByteArray &head)
{
    static const char *const magics[] = {
        "\x7F"
        "ELF", // Linux program
        "\xCF\xFA\xED\xFE",
        "\xCE\xFA\xED\xFE",
        "\xCA\xFE\xBA\xBE",   // macOS program
        "\x1F\x8B",           // gzip
        "7z\xBC\xAF\x27\x1C", // 7-Zip
        "Rar!\x1A\x07",       // RAR
        "\xFD"
        "7zXZ", // xz
        "\x89PNG",
        "\xFF\xD8\xFF",
        "GIF8",            // images
        "SQLite format 3", // a database
    };
    for (const char *magic : magics)
        if (head.startsWith(magic))
            return true;
    return false;
}

// Text has no NUL bytes (UTF-16 starts with its byte order mark) and few control characters.
bool looksBinary(const QByteArray &head)
{
    if (hasBinaryMagic(head))
        return true;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return false;
    int control = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return true;
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F)
            ++control;
    }
    return control * 10 > head.size(); // more than one in ten
}
} // namespace

Importer::Format Importer::sniff(QIODevice *device, const QString &name)
{
    const QByteArray head = device->peek(1024);
    if (head.isEmpty())
        return Format::Empty;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Format::Zip;
    if (head.startsWith("%PDF"))
        return Format::Pdf;
    // Before the name: a program renamed to .csv is still a program.
    if (looksBinary(head))
        return Format::Binary;
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.mid(3);
    text = text.trimmed();
    const QByteArray lower = text.toLower();
    // A web page by how it starts; HTML inside the values of a JSON or XML export is data.
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html"))
        return Format::Html;
    if (text.startsWith('<'))
        return Format::Xml;
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (text.startsWith('{') || text.startsWith('[') || suffix == QLatin1String("json")
        || suffix == QLatin1String("js"))
        return Format::Json;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")
        || suffix == QLatin1String("txt"))
        return Format::Csv;
    // Other text that looks like rows of values is read as CSV.
    return head.contains('\n') && (head.contains(',') || head.contains(';') || head.contains('\t'))
        ? Format::Csv
        : Format::Unknown;
}

bool Importer::onRecord()
{
    ++m_parsedRecords;
    if (++m_sinceReport >= 4096) {
        m_sinceReport = 0;
        reportProgress(false);
    }
    return !m_cancelled.load(std::memory_order_relaxed);
}

void Importer::reportProgress(bool force)
{
    Q_UNUSED(force);
    const qint64 pos = m_topFile ? m_topFile->pos() : 0;
    emit progressed(qMin(m_bytesBefore + pos, m_bytesTotal), m_bytesTotal, m_currentName);
}

Result<void> Importer::readRecords(QIODevice *device, const QString &path, Format format)
{
    static const char *const names[] = {"zip", "csv", "json", "xml"};
    if (m_writer)
        if (auto r = m_writer->beginDataFile(path, QLatin1String(names[int(format)])); !r)
            return r;
    std::optional<Error> writeError;
    RecordCallback callback = [&](const Record &record) {
        if (m_writer) {
            if (auto r = m_writer->addRecord(record); !r) {
                writeError = r.error();
                return false;
            }
        }
        return onRecord();
    };
    Result<ReadStats> stats = Error::make(ErrorCode::Generic, QString());
    if (format == Format::Csv)
        stats = CsvReader(device, m_limits, callback).read();
    else if (format == Format::Json)
        stats = JsonReader(device, m_limits, callback).read();
    else
        stats = XmlRecordReader(device, m_limits, callback).read();
    if (writeError)
        return *writeError;
    // A ZIP entry that failed to inflate explains the failure better than the parser.
    if (auto *entry = dynamic_cast<ZipEntryDevice *>(device); entry && entry->error())
        return *entry->error();
    if (!stats) {
        if (stats.error().code == ErrorCode::Cancelled || m_cancelled.load())
            return Error::make(ErrorCode::Cancelled, cancelledMessage());
        return Error::make(stats.error().code,
                           QStringLiteral("%1: %2").arg(path, stats.error().message));
    }
    for (const QString &w : std::as_const(stats->warnings))
        m_warnings.append(QStringLiteral("%1: %2").arg(path, w));
    ++m_filesRead;
    if (!m_writer)
        return {};
    if (format == Format::Csv) // a table: every row is a record
        return m_writer->endDataFile({RecordRule{RecordRule::Kind::Row, {}, {}, stats->records}});
    return m_writer->endDataFile(stats->rules);
}

Result<void> Importer::attach(QIODevice *device, const QString &path, const QString &reason)
{
    m_skipped.append(QStringLiteral("%1: %2").arg(path, reason));
    if (!m_writer)
        return {};
    // Kept in the vault as it is, up to a size that keeps memory bounded.
    constexpr qint64 kMaxAttachment = qint64(64) << 20;
    QByteArray content = device->read(kMaxAttachment + 1);
    QString why = reason;
    qint64 size = content.size();
    if (content.size() > kMaxAttachment) {
        while (!device->atEnd()) {
            const QByteArray more = device->read(1 << 20);
            if (more.isEmpty())
                break;
            size += more.size();
        }
        content = QByteArray();
        why += QLatin1Char(' ')
            + QCoreApplication::translate("Import", "The file is too large to keep in the vault.");
    }
    const QString sha = content.isNull()
        ? QString()
        : QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return m_writer->addAttachment(path, why, content, size, sha);
}

Result<void> Importer::importZip(QIODevice *device, const QString &path, int zipDepth)
{
    if (zipDepth >= m_limits.maxZipDepth)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate(
                               "Import", "%1: ZIP files are nested too deeply. Roer stops here.")
                               .arg(path));
    ZipArchive archive(device, m_limits, m_budget.get());
    if (auto r = archive.open(); !r)
        return Error::make(r.error().code, QStringLiteral("%1: %2").arg(path, r.error().message));
    const QString prefix = zipDepth == 0 ? QString() : path + QLatin1Char('/');
    for (const ZipEntry &entry : archive.entries()) {
        if (m_cancelled.load())
            return Error::make(ErrorCode::Cancelled, cancelledMessage());
        if (entry.isDirectory() || entry.name.startsWith(QLatin1String("__MACOSX/"))
            || entry.name.endsWith(QLatin1String(".DS_Store")))
            continue;
        const QString entryPath = prefix + entry.name;
        m_currentName = entryPath;
        reportProgress(true);
        if (entry.isEncrypted() && !entry.isSupportedEncryption()) {
            m_skipped.append(QStringLiteral("%1: %2").arg(
                entryPath,
                QCoreApplication::translate(
                    "Import", "This file is protected with an encryption Roer cannot read.")));
            continue;
        }
        if (!entry.isSupportedMethod()) {
            m_skipped.append(QStringLiteral("%1: %2").arg(
                entryPath,
                QCoreApplication::translate(
                    "Import", "This file uses a compression method Roer cannot read.")));
            continue;
        }
        auto opened = archive.openEntry(entry, m_password);
        if (!opened) {
            if (opened.error().code == ErrorCode::WrongPassphrase)
                return opened.error();
            return Error::make(opened.error().code,
                               QStringLiteral("%1: %2").arg(entryPath, opened.error().message));
        }
        std::unique_ptr<ZipEntryDevice> entryDevice = std::move(opened.value());
        if (auto r = importDevice(entryDevice.get(), entryPath, zipDepth); !r)
            return r;
        if (entryDevice->error())
            return Error::make(entryDevice->error()->code,
                               QStringLiteral("%1: %2").arg(entryPath,
                                                            entryDevice->error()->message));
    }
    return {};
}

QString Importer::refusal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Import", "Roer could not open this file.");
    switch (sniff(&file, path)) {
    case Format::Empty: return QCoreApplication::translate("Import", "This file is empty.");
    case Format::Binary:
        return QCoreApplication::translate("Import",
                                           "This is not a data export. It looks like a program, "
                                           "a picture or another kind of file.");
    default: return QString();
    }
}

Result<void> Importer::importDevice(QIODevice *device, const QString &path, int zipDepth)
{
    const Format format = sniff(device, path);
    switch (format) {
    case Format::Empty:
        if (zipDepth == 0)
            return Error::make(ErrorCode::InvalidInput,
                               QCoreApplication::translate("Import", "%1: This file is empty.")
                                   .arg(path));
        m_skipped.append(
            QStringLiteral("%1: %2").arg(path,
                                         QCoreApplication::translate("Import",
                                                                     "This file is empty.")));
        return {};
    case Format::Zip: {
        if (device->isSequential()) {
            // An inner ZIP is read into memory (bounded): it must be seekable.
            QByteArray bytes = device->read(m_limits.maxNestedZipBytes + 1);
            if (auto *entry = dynamic_cast<ZipEntryDevice *>(device); entry && entry->error())
                return Error::make(entry->error()->code,
                                   QStringLiteral("%1: %2").arg(path, entry->error()->message));
            if (bytes.size() > m_limits.maxNestedZipBytes)
                return Error::make(
                    ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Import",
                        "%1: A ZIP file inside the ZIP file is too large. Roer stops here.")
                        .arg(path));
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            return importZip(&buffer, path, zipDepth + 1);
        }
        return importZip(device, path, zipDepth);
    }
    case Format::Pdf:
        return attach(device, path,
                      QCoreApplication::translate(
                          "Import", "Roer cannot read PDF files. It keeps the file as it is."));
    case Format::Html:
        return attach(device, path,
                      QCoreApplication::translate(
                          "Import",
                          "Roer cannot read web pages (HTML). It keeps the file as it is."));
    case Format::Binary:
        // On its own it is no export: refused, so it cannot replace the customer's real data.
        // Inside a ZIP (a photo in an archive) it is kept as it is.
        if (zipDepth == 0)
            return Error::make(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("Import",
                                            "%1: This is not a data export. It looks like a "
                                            "program, a picture or another kind of file. Roer "
                                            "did not import it.")
                    .arg(path));
        return attach(device, path,
                      QCoreApplication::translate(
                          "Import", "This is not a file of data. Roer keeps it as it is."));
    case Format::Unknown:
        return attach(device, path,
                      QCoreApplication::translate(
                          "Import",
                          "Roer does not know this kind of file. It keeps the file as it is."));
    case Format::Csv:
    case Format::Json:
    case Format::Xml: return readRecords(device, path, format);
    }
    return {};
}

void Importer::resetRun()
{
    m_skipped.clear();
    m_warnings.clear();
    m_filesRead = 0;
    *m_budget = ZipBudget{};
}

Result<ImportSummary> Importer::run(qint64 retailerId, const QStringList &files)
{
    const ClearOnExit clearCancel{m_cancelled};
    resetRun();
    // Hash first: a re-import of the same files is recognised before anything is written.
    QStringList hashes, names;
    QList<qint64> sizes;
    m_bytesTotal = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::Io,
                               QCoreApplication::translate("Import", "Roer could not open %1.")
                                   .arg(QFileInfo(path).fileName()));
        auto sha = sha256Of(file);
        if (!sha)
            return sha.error();
        hashes.append(QString::fromLatin1(*sha));
        names.append(QFileInfo(path).fileName());
        sizes.append(file.size());
        m_bytesTotal += file.size();
    }
    return store(retailerId, names.join(QStringLiteral(", ")), names, hashes, sizes,
                 [&files](qsizetype i) -> std::unique_ptr<QIODevice> {
                     auto file = std::make_unique<QFile>(files[i]);
                     if (!file->open(QIODevice::ReadOnly))
                         return nullptr;
                     return file;
                 });
}

Result<ImportSummary> Importer::runData(qint64 retailerId, const QString &name,
                                        const QList<DataFile> &files)
{
    const ClearOnExit clearCancel{m_cancelled};
    resetRun();
    QStringList hashes, names;
    QList<qint64> sizes;
    m_bytesTotal = 0;
    for (const DataFile &file : files) {
        hashes.append(QString::fromLatin1(
            QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex()));
        names.append(file.name);
        sizes.append(file.content.size());
        m_bytesTotal += file.content.size();
    }
    return store(retailerId, name, names, hashes, sizes,
                 [&files](qsizetype i) -> std::unique_ptr<QIODevice> {
                     auto buffer = std::make_unique<QBuffer>();
                     buffer->setData(files[i].content); // shared, not copied
                     if (!buffer->open(QIODevice::ReadOnly))
                         return nullptr;
                     return buffer;
                 });
}

Result<ImportSummary>
Importer::store(qint64 retailerId, const QString &name, const QStringList &names,
                const QStringList &hashes, const QList<qint64> &sizes,
                const std::function<std::unique_ptr<QIODevice>(qsizetype)> &open)
{
    QStringList sorted = hashes;
    sorted.sort();
    const QString contentSha =
        QString::fromLatin1(QCryptographicHash::hash(sorted.join(QLatin1Char(',')).toLatin1(),
                                                     QCryptographicHash::Sha256)
                                .toHex());
    {
        SqlStatement same(m_db,
                          "SELECT id FROM snapshot WHERE retailer_id = ? AND content_sha256 = ? "
                          "ORDER BY id DESC LIMIT 1");
        same.bind(1, retailerId).bind(2, contentSha);
        auto row = same.step();
        if (!row)
            return row.error();
        if (row.value()) {
            ImportSummary summary;
            summary.alreadyImported = true;
            summary.snapshotId = same.int64(0);
            qCInfo(lcImport) << "same files imported before; nothing added";
            return summary;
        }
    }

    // One writer at a time on the connection (a background search index step may be running).
    VaultWriterGate gate;
    AppendJournal journal(m_db);
    Transaction tx(m_db);
    if (!tx.begun())
        return Error::make(ErrorCode::Generic,
                           QCoreApplication::translate(
                               "Import", "Roer could not write the import into the vault."));
    SnapshotWriter writer(m_db, retailerId);
    m_writer = &writer;
    struct Reset
    {
        Importer *self;
        ~Reset()
        {
            self->m_writer = nullptr;
            self->m_topFile = nullptr;
        }
    } reset{this};
    if (auto r = writer.begin(name, contentSha); !r)
        return r.error();
    m_bytesBefore = 0;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (auto r = writer.addSource(names[i], sizes[i], hashes[i]); !r)
            return r.error();
        const std::unique_ptr<QIODevice> file = open(i);
        if (!file)
            return Error::make(ErrorCode::Io,
                               QCoreApplication::translate("Import", "Roer could not open %1.")
                                   .arg(names[i]));
        m_topFile = file.get();
        m_currentName = names[i];
        reportProgress(true);
        if (auto r = importDevice(file.get(), names[i], 0); !r) {
            qCInfo(lcImport) << "import refused or cancelled; vault unchanged";
            return r.error();
        }
        m_bytesBefore += sizes[i];
        m_topFile = nullptr;
    }
    if (m_cancelled.load())
        return Error::make(ErrorCode::Cancelled, cancelledMessage());
    auto summary = writer.finish(m_skipped, m_warnings);
    if (!summary)
        return summary.error();
    if (!tx.commit())
        return Error::make(ErrorCode::Generic,
                           QCoreApplication::translate(
                               "Import", "Roer could not write the import into the vault."));
    summary->filesRead = m_filesRead;
    qCInfo(lcImport) << "import done:" << m_filesRead << "files," << summary->records << "records,"
                     << summary->fields << "fields";
    emit progressed(m_bytesTotal, m_bytesTotal, QString());
    return summary;
}

Result<qint64> Importer::parseOnly(const QString &path)
{
    m_writer = nullptr;
    m_parsedRecords = 0;
    *m_budget = ZipBudget{};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("Import", "Roer could not open %1.")
                               .arg(QFileInfo(path).fileName()));
    m_topFile = &file;
    m_bytesTotal = file.size();
    auto r = importDevice(&file, QFileInfo(path).fileName(), 0);
    m_topFile = nullptr;
    if (!r)
        return r.error();
    return m_parsedRecords;
}
