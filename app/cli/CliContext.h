#pragma once

#include "core/Result.h"

#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <memory>

class VaultManager;
class Vault;

// What every roer-cli command gets: the global options, the unlocked vault on request, and
// stable output helpers. Exit codes: 0 success, 1 usage error, 2 any other error.
class CliContext
{
public:
    enum Exit { Ok = 0, Usage = 1, Failed = 2 };

    CliContext(QString vaultDirectory, QString passphraseFile, QString recoveryCodeFile = {});
    ~CliContext();

    QString vaultDirectory() const { return m_vaultDirectory; }
    // The language of the output (--lang): "nl" or "en".
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }
    VaultManager &manager();
    // Unlocks with the recovery code if --recovery-code-file is given, else with the
    // passphrase (file or ROER_PASSPHRASE) if one is given, else with the keychain. Prints the
    // error and returns nullptr on failure; a keychain failure names the way forward.
    Vault *unlockedVault();
    // The passphrase from --passphrase-file or ROER_PASSPHRASE, or a null string.
    Result<QString> passphrase() const;
    bool hasPassphrase() const;

    static void printJson(const QJsonDocument &doc);
    static void printLine(const QString &line);
    // One line on stderr; returns Failed.
    static int fail(const QString &message);
    static int usage(const QString &message);

private:
    QString m_vaultDirectory;
    QString m_passphraseFile;
    QString m_recoveryCodeFile;
    QString m_language = QStringLiteral("en");
    std::unique_ptr<VaultManager> m_manager;
};
