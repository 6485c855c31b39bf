#pragma once

#include "core/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// How a secret larger than one keychain entry may hold is kept. The Windows Credential Manager
// refuses more than 2560 bytes per entry (CRED_MAX_CREDENTIAL_BLOB_SIZE); an OAuth token set
// with a long access token is larger. Roer applies the same limit on every system, so a secret
// that works on Linux or macOS works on Windows too, and this code runs in every test.
//
// A larger secret is cut into parts, each stored as "<account>.part-<generation>-<n>"; the
// entry "<account>" itself then holds a small manifest: the generation, the number of parts
// and the SHA-256 of the whole. A new value gets a new generation: its parts are written before
// the manifest that points at them, so a crash midway leaves the old value readable.
class KeychainSplit
{
public:
    static constexpr qsizetype kMaxEntryBytes = 2560;
    static constexpr int kMaxParts = 64; // 160 KiB: far more than any token set

    struct Manifest
    {
        QString generation;
        int parts = 0;
        QByteArray sha256;
    };

    // True when `secret` cannot be stored as one entry as it is (too large, or it looks like a
    // manifest, which would make reading it ambiguous).
    static bool needsSplit(const SecureBytes &secret);
    static QString partAccount(const QString &account, const QString &generation, int part);
    static QString newGeneration();
    // The manifest entry for `secret` cut into parts of kMaxEntryBytes.
    static QByteArray manifestFor(const SecureBytes &secret, const QString &generation);
    static int partCount(const SecureBytes &secret);
    // Part `n` of `secret` (0-based).
    static SecureBytes part(const SecureBytes &secret, int n);
    // The manifest in an entry, or nothing when the entry is a secret of its own.
    static std::optional<Manifest> parseManifest(const QByteArray &entry);
    static bool matches(const Manifest &manifest, const SecureBytes &whole);
};
