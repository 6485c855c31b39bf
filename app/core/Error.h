#pragma once

#include <QString>

// What went wrong, as a value. `message` is already translated into the customer's language
// and safe to show; it never contains personal data or key material.
enum class ErrorCode {
    Generic,
    InvalidInput,
    Io,
    NotFound,
    AlreadyExists,
    Cancelled,
    // vault
    PlainSqliteLinked,
    WrongKey,
    VaultDamaged,
    VaultLocked,
    UnsupportedFormat,
    // key custody
    KeychainNoEntry,
    KeychainUnavailable,
    WrongPassphrase,
    // network and retailers
    Network,
    Protocol,
    Refused,
};

struct Error
{
    ErrorCode code = ErrorCode::Generic;
    QString message;

    static Error make(ErrorCode code, const QString &message) { return Error{code, message}; }
};
