#include "Vault.h"

#include "Schema.h"
#include "VaultPaths.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QMessageAuthenticationCode>

#include <sqlite3.h>

namespace {

QString pragmaText(sqlite3 *db, const char *sql)
{
    SqlStatement st(db, sql);
    auto row = st.step();
    return row && row.value() ? st.text(0) : QString();
}

bool isLowerHex(const SecureBytes &hex)
{
    for (std::size_t i = 0; i < hex.size(); ++i) {
        const unsigned char c = hex.data()[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

// Applies the key as SQLCipher's raw-key form x'<64 hex>'. The key is validated first, so
// SQLCipher can never mistake it for a passphrase and stretch it.
Result<void> applyRawKey(sqlite3 *db, const SecureBytes &key)
{
    if (key.size() != Vault::kKeySize)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("Vault",
                                                       "The vault key has the wrong length."));
    SecureBytes hex = key.toHex();
    if (hex.size() != 64 || !isLowerHex(hex))
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("Vault",
                                                       "The vault key has the wrong length."));
    SecureBytes raw(hex.size() + 3);
    raw.data()[0] = 'x';
    raw.data()[1] = '\'';
    std::copy(hex.data(), hex.data() + hex.size(), raw.data() + 2);
    raw.data()[raw.size() - 1] = '\'';
    if (sqlite3_key(db, raw.data(), int(raw.size())) != SQLITE_OK)
        return Error::make(ErrorCode::Generic,
                           QCoreApplication::translate("Vault",
                                                       "The vault key could not be applied."));
    return {};
}

Result<void> applyCipherSettings(sqlite3 *db, const CipherSettings &settings)
{
    const int linkedMajor = Vault::linkedCipherMajor();
    if (settings.libraryMajor > linkedMajor)
        return Error::make(ErrorCode::UnsupportedFormat,
                           QCoreApplication::translate(
                               "Vault",
                               "This vault uses newer encryption than this Roer build supports. "
                               "Please update Roer."));
    // Only fixed statements: nothing from a file reaches the SQL text.
    if (linkedMajor >= 4 && settings.libraryMajor == 3
        && sqlite3_exec(db, "PRAGMA cipher_compatibility = 3", nullptr, nullptr, nullptr)
            != SQLITE_OK)
        return Error::make(ErrorCode::Generic,
                           QCoreApplication::translate("Vault",
                                                       "The vault key could not be applied."));
    const char *pageSql = nullptr;
    switch (settings.pageSize) {
    case 1024: pageSql = "PRAGMA cipher_page_size = 1024"; break;
    case 4096: pageSql = "PRAGMA cipher_page_size = 4096"; break;
    default:
        return Error::make(ErrorCode::UnsupportedFormat,
                           QCoreApplication::translate("Vault",
                                                       "The vault settings file is damaged."));
    }
    if (sqlite3_exec(db, pageSql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error::make(ErrorCode::Generic,
                           QCoreApplication::translate("Vault",
                                                       "The vault key could not be applied."));
    return {};
}

} // namespace

Vault::Vault(sqlite3 *db, QString directory, QString cipherVersion)
    : m_db(db), m_directory(std::move(directory)), m_cipherVersion(std::move(cipherVersion))
{
}

Vault::~Vault()
{
    if (m_db) {
        // Checkpoint so the WAL does not keep pages around longer than needed. Not from a
        // worker connection: the main connection is still open and does that itself; a
        // TRUNCATE checkpoint here could wait for the main connection's readers.
        if (!m_worker)
            sqlite3_exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
    if (m_closed)
        m_closed();
}

QString Vault::linkedCipherVersion()
{
    static const QString version = [] {
        sqlite3 *db = nullptr;
        QString v;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            == SQLITE_OK)
            v = pragmaText(db, "PRAGMA cipher_version");
        sqlite3_close_v2(db);
        return v;
    }();
    return version;
}

int Vault::linkedCipherMajor()
{
    return linkedCipherVersion().section(QLatin1Char('.'), 0, 0).toInt();
}

QByteArray Vault::keyCheckFor(const SecureBytes &key)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256,
                                   QByteArray::fromRawData(key.constChar(), qsizetype(key.size())));
    mac.addData(QByteArrayLiteral("roer key check v1"));
    return mac.result().toHex();
}

Result<std::unique_ptr<Vault>> Vault::create(const QString &directory, const SecureBytes &key)
{
    const QString file = VaultPaths::databaseFile(directory);
    if (QFile::exists(file) || QFile::exists(VaultPaths::descriptorFile(directory)))
        return Error::make(ErrorCode::AlreadyExists,
                           QCoreApplication::translate("Vault",
                                                       "There is already a vault in this folder."));
    const CipherSettings settings = CipherSettings::forLibraryMajor(linkedCipherMajor());
    return openFile(directory, file, key, settings, keyCheckFor(key), Mode::Create);
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &directory, const SecureBytes &key,
                                           const CipherSettings &settings,
                                           const QByteArray &keyCheck)
{
    const QString file = VaultPaths::databaseFile(directory);
    if (!QFile::exists(file))
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("Vault", "The vault file is missing."));
    return openFile(directory, file, key, settings, keyCheck, Mode::Open);
}

Result<std::unique_ptr<Vault>> Vault::openWorker(const QString &directory, const SecureBytes &key,
                                                 const CipherSettings &settings,
                                                 const QByteArray &keyCheck,
                                                 std::function<void()> closed)
{
    const QString file = VaultPaths::databaseFile(directory);
    if (!QFile::exists(file))
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("Vault", "The vault file is missing."));
    auto vault = openFile(directory, file, key, settings, keyCheck, Mode::Worker);
    if (vault)
        (*vault)->m_closed = std::move(closed);
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::openAsIs(const QString &directory, const QString &file,
                                               const SecureBytes &key,
                                               const CipherSettings &settings,
                                               const QByteArray &keyCheck)
{
    if (!QFile::exists(file))
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("Vault", "The vault file is missing."));
    return openFile(directory, file, key, settings, keyCheck, Mode::AsIs);
}

Result<std::unique_ptr<Vault>> Vault::openFile(const QString &directory, const QString &file,
                                               const SecureBytes &key,
                                               const CipherSettings &settings,
                                               const QByteArray &keyCheck, Mode mode)
{
    const bool create = mode == Mode::Create;
    sqlite3 *raw = nullptr;
    // Without SQLITE_OPEN_CREATE a missing file is an error: a failed open never makes a vault.
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(file).constData(), &raw, flags, nullptr);
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db(raw, sqlite3_close_v2);
    if (rc != SQLITE_OK)
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("Vault",
                                                       "Roer cannot open the vault file."));

    const QString cipherVersion = pragmaText(db.get(), "PRAGMA cipher_version");
    if (cipherVersion.isEmpty()) {
        qCCritical(lcVault) << "linked SQLite has no SQLCipher: refusing to open";
        return Error::make(ErrorCode::PlainSqliteLinked,
                           QCoreApplication::translate(
                               "Vault",
                               "This Roer build has no encryption. Roer will not open your vault "
                               "with it, to keep your data safe."));
    }
    if (auto r = applyRawKey(db.get(), key); !r)
        return r.error();
    if (auto r = applyCipherSettings(db.get(), settings); !r)
        return r.error();

    // The first read is where a wrong key shows: SQLITE_NOTADB.
    const bool readable = SqlStatement(db.get(), "SELECT count(*) FROM sqlite_master").step().ok();
    if (!readable) {
        if (keyCheckFor(key) != keyCheck)
            return Error::make(ErrorCode::WrongKey,
                               QCoreApplication::translate("Vault",
                                                           "This key does not open the vault."));
        return Error::make(
            ErrorCode::VaultDamaged,
            QCoreApplication::translate("Vault",
                                        "The vault file is damaged. Roer has not changed it. "
                                        "Restore a backup of the vault folder."));
    }
    if (!create && keyCheckFor(key) != keyCheck)
        return Error::make(ErrorCode::WrongKey,
                           QCoreApplication::translate("Vault",
                                                       "This key does not open the vault."));

    if (mode == Mode::AsIs) {
        SqlStatement st(db.get(), "PRAGMA temp_store = MEMORY");
        if (auto r = st.exec(); !r)
            return r.error();
        sqlite3_busy_timeout(db.get(), 5000);
        return std::unique_ptr<Vault>(new Vault(db.release(), directory, cipherVersion));
    }
    if (mode == Mode::Worker) {
        // The main connection set the persistent settings (WAL) and migrated the schema.
        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
            SqlStatement st(db.get(), pragma);
            if (auto r = st.exec(); !r)
                return r.error();
        }
        sqlite3_busy_timeout(db.get(), 5000);
        std::unique_ptr<Vault> vault(new Vault(db.release(), directory, cipherVersion));
        vault->m_worker = true;
        if (vault->schemaVersion() != Schema::latestVersion())
            return Error::make(ErrorCode::UnsupportedFormat,
                               QCoreApplication::translate("Vault",
                                                           "Roer cannot open the vault file."));
        return vault;
    }

    static const char *const pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL", // NORMAL may lose the last decisions on power loss
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY", // temp files would not be encrypted
        "PRAGMA secure_delete = ON",  // deleted personal data is overwritten
    };
    for (const char *pragma : pragmas) {
        SqlStatement st(db.get(), pragma);
        if (auto r = st.exec(); !r)
            return r.error();
    }
    sqlite3_busy_timeout(db.get(), 5000);

    std::unique_ptr<Vault> vault(new Vault(db.release(), directory, cipherVersion));
    if (auto r = Schema::migrate(*vault); !r)
        return r.error();
    qCInfo(lcVault) << "vault open, cipher" << cipherVersion << "schema" << vault->schemaVersion();
    return vault;
}

Result<void> Vault::exec(const char *sql)
{
    SqlStatement st(m_db, sql);
    return st.exec();
}

qint64 Vault::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Vault::changes() const
{
    return sqlite3_changes(m_db);
}

int Vault::cipherPageSize() const
{
    return pragmaText(m_db, "PRAGMA cipher_page_size").toInt();
}

int Vault::schemaVersion() const
{
    return pragmaText(m_db, "PRAGMA user_version").toInt();
}
