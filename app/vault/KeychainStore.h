#pragma once

#include "KeychainSplit.h"
#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

// A small wrapper around QtKeychain jobs (service "Roer", one entry per vault or token).
// - Never uses QtKeychain's insecure fallback (it would store the secret in plain settings).
// - Tells "no such entry" (ErrorCode::KeychainNoEntry) from "keychain unavailable or denied"
//   (ErrorCode::KeychainUnavailable): only EntryNotFound means there is no entry.
// - Jobs are asynchronous; each gets a timeout, because some keychains hang or prompt.
// - No entry is larger than the Windows Credential Manager allows (2560 bytes), on any system:
//   a larger secret is split over several entries (KeychainSplit).
class KeychainStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 15000;

    explicit KeychainStore(QObject *parent = nullptr);

    void read(const QString &account, std::function<void(Result<SecureBytes>)> done);
    void write(const QString &account, const SecureBytes &secret,
               std::function<void(Result<void>)> done);
    void remove(const QString &account, std::function<void(Result<void>)> done);

    // For the command line, which has no event loop of its own: runs a local one.
    Result<SecureBytes> readBlocking(const QString &account);
    Result<void> writeBlocking(const QString &account, const SecureBytes &secret);
    Result<void> removeBlocking(const QString &account);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    // One keychain entry each.
    void readEntry(const QString &account, std::function<void(Result<SecureBytes>)> done);
    void writeEntry(const QString &account, const SecureBytes &secret,
                    std::function<void(Result<void>)> done);
    void removeEntry(const QString &account, std::function<void(Result<void>)> done);
    // The parts of a split secret, one after the other from part `n` on.
    void readParts(const QString &account, const KeychainSplit::Manifest &manifest, int n,
                   std::shared_ptr<SecureBytes> whole,
                   std::function<void(Result<SecureBytes>)> done);
    void writeParts(const QString &account, std::shared_ptr<const SecureBytes> value,
                    const QString &generation, int n, std::function<void(Result<void>)> done);
    void removeParts(const QString &account, const KeychainSplit::Manifest &manifest, int from,
                     std::function<void()> done);

    int m_timeoutMs = kDefaultTimeoutMs;
};
