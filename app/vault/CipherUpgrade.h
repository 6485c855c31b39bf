#pragma once

#include "VaultDescriptor.h"
#include "core/Result.h"
#include "core/SecureBytes.h"

// One-time upgrade of a vault written by SQLCipher 3.x (Debian 12) when Roer is linked with
// SQLCipher 4.x (Windows/macOS builds, Debian 13). The key stays the same, so the keychain
// entry, the passphrase and the recovery code go on working.
//
// Steps, each of which may be interrupted (a crash, kill -9):
//   1. the old file is exported into vault.upgrading.db with the 4.x settings;
//   2. the new file is checked: it opens with the new settings and its digest (VaultDigest:
//      schema and every row) equals the old file's;
//   3. vault.db is renamed to vault.sqlcipher3.db (the backup), vault.upgrading.db to vault.db;
//   4. vault.json records the new settings (written atomically);
//   5. after the upgraded vault has opened normally, finish() removes the backup.
// The next unlock after an interruption goes on from where it stopped: before step 3 the old
// file is untouched and the upgrade starts again; after it the verified new file is used. At
// no point is there only a half-written file.
namespace CipherUpgrade {
// Runs or resumes the upgrade when it is due; on a 3.x build it puts back the old file of an
// upgrade a 4.x build began (the customer went back to an older Roer).
Result<void> runIfNeeded(const QString &directory, const SecureBytes &key,
                         const VaultDescriptor &descriptor);
// Step 5: the upgraded vault opened; the backup of the old file is no longer needed.
void finish(const QString &directory, const VaultDescriptor &descriptor);
} // namespace CipherUpgrade
