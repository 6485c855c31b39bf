#pragma once

#include "CipherSettings.h"
#include "SqlStatement.h"
#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

// The open, encrypted vault database. Opened only through the sqlite3 C API with a random
// 256-bit raw key; refuses plain SQLite; a failed open never creates or overwrites a file.
// One Vault is used from one thread at a time.
class Vault
{
public:
    static constexpr std::size_t kKeySize = 32;

    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    // Makes a new database file; fails if one exists. Applies all migrations.
    static Result<std::unique_ptr<Vault>> create(const QString &directory, const SecureBytes &key);
    // Opens an existing database with the settings it was created with. `keyCheck` (from the
    // descriptor) tells a wrong key from a damaged file.
    static Result<std::unique_ptr<Vault>> open(const QString &directory, const SecureBytes &key,
                                               const CipherSettings &settings,
                                               const QByteArray &keyCheck);

    // A second connection to a vault that is already open elsewhere in this process, for a
    // worker thread (see VaultManager::openWorkerConnection). Same checks as open(): SQLCipher
    // in use, the key check, never creates a file; it does not migrate (the first connection
    // did) and refuses a schema it does not know. `closed` runs when the connection closes.
    static Result<std::unique_ptr<Vault>>
    openWorker(const QString &directory, const SecureBytes &key, const CipherSettings &settings,
               const QByteArray &keyCheck, std::function<void()> closed = {});

    // Opens a database file of the vault folder as it is, for the cipher upgrade: the same
    // checks as open(), but no migration and no change of the journal mode, so the old file
    // and the new one are compared exactly as they are on disk.
    static Result<std::unique_ptr<Vault>> openAsIs(const QString &directory, const QString &file,
                                                   const SecureBytes &key,
                                                   const CipherSettings &settings,
                                                   const QByteArray &keyCheck);

    // HMAC-SHA256(key, "roer key check v1") in hex: lets Roer tell a wrong key from damage
    // without storing anything that helps an attacker.
    static QByteArray keyCheckFor(const SecureBytes &key);
    // The version string of the linked SQLCipher, empty when plain SQLite is linked.
    static QString linkedCipherVersion();
    static int linkedCipherMajor();

    SqlStatement prepare(const char *sql) { return SqlStatement(m_db, sql); }
    Result<void> exec(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;

    QString directory() const { return m_directory; }
    QString cipherVersion() const { return m_cipherVersion; }
    int cipherPageSize() const;
    int schemaVersion() const;
    sqlite3 *handle() const { return m_db; }

private:
    Vault(sqlite3 *db, QString directory, QString cipherVersion);
    enum class Mode { Create, Open, Worker, AsIs };
    static Result<std::unique_ptr<Vault>> openFile(const QString &directory, const QString &file,
                                                   const SecureBytes &key,
                                                   const CipherSettings &settings,
                                                   const QByteArray &keyCheck, Mode mode);

    sqlite3 *m_db = nullptr;
    QString m_directory;
    QString m_cipherVersion;
    bool m_worker = false;
    std::function<void()> m_closed;
};
