#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QJsonObject>
#include <QString>

// Wraps the vault key with a secret the customer knows (a passphrase or the recovery code):
// PBKDF2-HMAC-SHA256 with 600,000 rounds stretches the secret into a wrapping key, and
// AES-256-GCM encrypts the vault key with the vault id as associated data, so a wrapped key
// cannot be moved to another vault unnoticed. The result is plain JSON for the descriptor.
namespace KeyWrap {
constexpr int kIterations = 600000;

Result<QJsonObject> wrap(const SecureBytes &key, const QString &secret, const QString &vaultId);
// ErrorCode::WrongPassphrase when the secret does not fit (GCM tag mismatch).
Result<SecureBytes> unwrap(const QJsonObject &wrapped, const QString &secret,
                           const QString &vaultId);
} // namespace KeyWrap
