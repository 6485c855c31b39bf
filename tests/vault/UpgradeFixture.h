#pragma once

#include "vault/CipherSettings.h"
#include "vault/Vault.h"
#include "vault/VaultDescriptor.h"
#include "vault/VaultDigest.h"
#include "vault/VaultPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

// The vaults that a Debian 12 build (SQLCipher 3.4.1) made with roer-cli
// (tests/vault/fixtures/sqlcipher3/make-fixture.sh), and what roer-cli printed for them there.
namespace UpgradeFixture {

inline QString source(const QString &name)
{
    return qEnvironmentVariable("ROER_TEST_DATA") + QStringLiteral("/fixtures/sqlcipher3/") + name;
}

inline QString secret(const QString &name)
{
    QFile f(source(name) + QStringLiteral("/secret.txt"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// A copy of the fixture's vault.db and vault.json in `directory` (never the fixture itself).
inline bool copyTo(const QString &name, const QString &directory)
{
    QDir().mkpath(directory);
    for (const QString &file : {QStringLiteral("vault.db"), QStringLiteral("vault.json")}) {
        QFile::remove(directory + QLatin1Char('/') + file);
        if (!QFile::copy(source(name) + QLatin1Char('/') + file,
                         directory + QLatin1Char('/') + file))
            return false;
        QFile(directory + QLatin1Char('/') + file)
            .setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

inline QByteArray expected(const QString &name, const QString &output)
{
    QFile f(source(name) + QStringLiteral("/expected/") + output + QStringLiteral(".json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// roer-cli, the real program, on `directory`; the passphrase (if any) in its environment.
inline Run cli(const QString &directory, const QString &passphrase, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ROER_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("ROER_PASSPHRASE"), passphrase);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("ROER_BINARY_DIR") + QStringLiteral("/app/cli/roer-cli"),
            QStringList{QStringLiteral("--vault"), directory, QStringLiteral("--lang"),
                        QStringLiteral("en")}
                + args);
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// The digest of a file as it is (no migration, no upgrade), opened with `settings`.
inline Result<QByteArray> digestAsIs(const QString &directory, const QString &file,
                                     const SecureBytes &key, const CipherSettings &settings)
{
    auto vault = Vault::openAsIs(directory, file, key, settings, Vault::keyCheckFor(key));
    if (!vault)
        return vault.error();
    return VaultDigest::of(**vault);
}

// The rows of the tables the file holds now, and their names (for dataDigestAsIs later).
struct TableDigest
{
    QList<QByteArray> tables;
    QByteArray digest;
};
inline Result<TableDigest> tablesDigestAsIs(const QString &directory, const QString &file,
                                            const SecureBytes &key, const CipherSettings &settings,
                                            const QList<QByteArray> &only = {})
{
    auto vault = Vault::openAsIs(directory, file, key, settings, Vault::keyCheckFor(key));
    if (!vault)
        return vault.error();
    TableDigest d;
    if (only.isEmpty()) {
        auto names = VaultDigest::tables(**vault);
        if (!names)
            return names.error();
        d.tables = *names;
    } else {
        d.tables = only;
    }
    auto digest = VaultDigest::ofTables(**vault, d.tables);
    if (!digest)
        return digest.error();
    d.digest = *digest;
    return d;
}

} // namespace UpgradeFixture
