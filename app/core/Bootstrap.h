#pragma once

// Process-wide safety settings every Roer executable applies first thing in main().
namespace Bootstrap {
// No core dumps: a crash must not write decrypted data or keys to disk.
void disableCoreDumps();
} // namespace Bootstrap
