#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QObject>
#include <QString>

#include <functional>

// A small wrapper around QtKeychain jobs (service "Roer", one entry per vault or token).
// - Never uses QtKeychain's insecure fallback (it would store the secret in plain settings).
// - Tells "no such entry" (ErrorCode::KeychainNoEntry) from "keychain unavailable or denied"
//   (ErrorCode::KeychainUnavailable): only EntryNotFound means there is no entry.
// - Jobs are asynchronous; each gets a timeout, because some keychains hang or prompt.
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
    int m_timeoutMs = kDefaultTimeoutMs;
};
