#pragma once

#include <QtGlobal>

// Hard limits for reading untrusted export files. Hitting one refuses the whole import.
struct ImportLimits
{
    qint64 maxEntryInflated = qint64(4) << 30;  // bytes actually inflated from one ZIP entry
    qint64 maxTotalInflated = qint64(16) << 30; // ... from all entries of one import
    qint64 maxCompressionRatio = 250; // inflated / compressed, checked once past ratioGrace
    qint64 ratioGrace = qint64(1) << 20;
    int maxEntries = 100000;                      // ZIP entries, nested ones included
    int maxZipDepth = 3;                          // a ZIP inside a ZIP inside a ZIP
    qint64 maxNestedZipBytes = qint64(256) << 20; // an inner ZIP is held in memory
    qint64 maxLineBytes = qint64(16) << 20;       // one CSV row
    int maxJsonDepth = 128;
    qint64 maxRecordBytes = qint64(64) << 20; // one record (JSON string values included)
    int maxRecordFields = 200000;
    qint64 readChunk = qint64(1) << 20; // bytes read from the file at a time (smaller when fuzzing)
};
