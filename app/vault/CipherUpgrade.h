#pragma once

#include "VaultDescriptor.h"
#include "core/Result.h"
#include "core/SecureBytes.h"

// One-time upgrade of a vault written by SQLCipher 3.x (Debian 12) when Roer is linked with
// SQLCipher 4.x (Windows/macOS builds, Debian 13). The old file is exported into a new one
// with 4.x settings, the new file is verified, and only then swapped in; the old file is kept
// as vault.sqlcipher3.db. Each step can be interrupted: the next unlock finishes the swap.
// On a 3.x build this does nothing.
namespace CipherUpgrade {
Result<void> runIfNeeded(const QString &directory, const SecureBytes &key,
                         const VaultDescriptor &descriptor);
} // namespace CipherUpgrade
