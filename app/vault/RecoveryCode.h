#pragma once

#include <QString>

// The recovery code shown once at setup: 160 random bits as 8 groups of 4 characters in
// Crockford's base32 (no I, L, O or U, so it is easy to read aloud and type back).
namespace RecoveryCode {
QString generate();
// Upper-cases, drops spaces and dashes, maps look-alikes (O->0, I/L->1); empty if invalid.
QString normalise(const QString &typed);
} // namespace RecoveryCode
