#include "CliContext.h"

#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

#include <cstdio>
#include <optional>

CliContext::CliContext(QString vaultDirectory, QString passphraseFile, QString recoveryCodeFile)
    : m_vaultDirectory(std::move(vaultDirectory)), m_passphraseFile(std::move(passphraseFile)),
      m_recoveryCodeFile(std::move(recoveryCodeFile))
{
}

CliContext::~CliContext() = default;

VaultManager &CliContext::manager()
{
    if (!m_manager)
        m_manager = std::make_unique<VaultManager>(m_vaultDirectory);
    return *m_manager;
}

bool CliContext::hasPassphrase() const
{
    return !m_passphraseFile.isEmpty() || qEnvironmentVariableIsSet("ROER_PASSPHRASE");
}

Result<QString> CliContext::passphrase() const
{
    if (!m_passphraseFile.isEmpty()) {
        QFile file(m_passphraseFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::Io,
                               QCoreApplication::translate("roer-cli",
                                                           "Cannot read the passphrase file."));
        QByteArray line = file.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line);
        wipe(line);
        return text;
    }
    if (qEnvironmentVariableIsSet("ROER_PASSPHRASE"))
        return qEnvironmentVariable("ROER_PASSPHRASE");
    return QString();
}

Vault *CliContext::unlockedVault()
{
    VaultManager &vm = manager();
    if (vm.vault())
        return vm.vault();
    if (vm.state() == VaultManager::State::NoVault) {
        fail(QCoreApplication::translate("roer-cli",
                                         "There is no vault in %1. Run \"roer-cli init\" first.")
                 .arg(m_vaultDirectory));
        return nullptr;
    }
    auto d = vm.descriptor();
    if (!d) {
        fail(d.error().message);
        return nullptr;
    }
    Result<void> opened;
    if (!m_recoveryCodeFile.isEmpty()) {
        QFile file(m_recoveryCodeFile);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QCoreApplication::translate("roer-cli", "Cannot read the recovery code file."));
            return nullptr;
        }
        QByteArray line = file.readLine(4096);
        opened = vm.unlockWithRecoveryCode(QString::fromUtf8(line));
        wipe(line);
    } else if (d->unlock == VaultDescriptor::Unlock::Passphrase) {
        if (!hasPassphrase()) {
            fail(QCoreApplication::translate(
                "roer-cli",
                "This vault needs its passphrase. Use --passphrase-file or ROER_PASSPHRASE."));
            return nullptr;
        }
        auto pass = passphrase();
        opened = pass ? vm.unlockWithPassphrase(*pass) : Result<void>(pass.error());
    } else {
        QEventLoop loop;
        std::optional<Result<void>> result;
        vm.unlockWithKeychain([&](Result<void> r) {
            result.emplace(std::move(r));
            loop.quit();
        });
        if (!result)
            loop.exec();
        opened = *result;
    }
    if (!opened) {
        const ErrorCode code = opened.error().code;
        if (m_recoveryCodeFile.isEmpty()
            && (code == ErrorCode::KeychainUnavailable || code == ErrorCode::KeychainNoEntry
                || code == ErrorCode::WrongPassphrase))
            fail(opened.error().message + QLatin1Char(' ')
                 + QCoreApplication::translate(
                     "roer-cli", "To open it with your recovery code: --recovery-code-file FILE."));
        else
            fail(opened.error().message);
        return nullptr;
    }
    return vm.vault();
}

void CliContext::printJson(const QJsonDocument &doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::printLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int CliContext::fail(const QString &message)
{
    // Exactly one line: scripts read it.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fprintf(stderr, "roer-cli: %s\n", line.toUtf8().constData());
    return Failed;
}

int CliContext::usage(const QString &message)
{
    fail(message);
    return Usage;
}
