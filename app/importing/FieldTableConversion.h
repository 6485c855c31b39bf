#pragma once

#include "core/Result.h"

struct sqlite3;

// Schema 4 -> 5 (called by Schema::migrate inside the migration's transaction): turns the
// one-row-per-value `field` table into one blob per record (RecordBlob), fills the
// per-snapshot field summary, then drops `field` and `field_fts`. Search is rebuilt later by
// SearchIndexer (every snapshot starts as "not indexed").
namespace FieldTableConversion {
Result<void> run(sqlite3 *db);
}
