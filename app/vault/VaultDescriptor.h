#pragma once

#include "CipherSettings.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// vault.json: the plaintext facts needed before the database can be opened. It holds no
// secret: the key check is an HMAC made with the key, and the wrapped keys are encrypted
// with a slow key-derivation function.
struct VaultDescriptor
{
    enum class Unlock { Keychain, Passphrase };

    static constexpr int kFormatVersion = 1;

    int format = kFormatVersion;
    QString vaultId; // also the keychain entry name
    QDateTime createdAt;
    CipherSettings cipher;
    QByteArray keyCheck; // HMAC-SHA256(key, "roer key check v1"), hex
    Unlock unlock = Unlock::Keychain;
    QJsonObject passphraseWrap; // WrappedKey, only for passphrase vaults
    QJsonObject recoveryWrap;   // WrappedKey under the recovery code
    // False from the moment a code is made until the customer proves they wrote it down.
    // Files written before this field existed count as confirmed.
    bool recoveryConfirmed = true;

    static QString unlockName(Unlock unlock);

    static Result<VaultDescriptor> load(const QString &directory);
    // Written atomically (QSaveFile): a crash leaves the old or the new file, never half.
    Result<void> save(const QString &directory) const;
};
