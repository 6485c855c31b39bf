#include "FieldTableConversion.h"

#include "RecordBlob.h"
#include "core/Logging.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <sqlite3.h>

namespace {

struct Stmt
{
    sqlite3_stmt *s = nullptr;
    ~Stmt() { sqlite3_finalize(s); }
};

Error conversionError(sqlite3 *db)
{
    qCCritical(lcVault) << "converting imported data failed:" << sqlite3_errmsg(db);
    return Error::make(ErrorCode::Generic,
                       QCoreApplication::translate("Vault", "Roer could not update the vault."));
}

QByteArrayView columnText(sqlite3_stmt *st, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(st, column)) : QByteArrayView();
}

} // namespace

namespace FieldTableConversion {

Result<void> run(sqlite3 *db)
{
    // A record's fields were inserted right after it, so they are contiguous in id order.
    Stmt read, write;
    if (sqlite3_prepare_v2(
            db, "SELECT record_id, field_path_id, type, raw, normalised FROM field ORDER BY id", -1,
            &read.s, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(db, "UPDATE record SET fields = ? WHERE id = ?", -1, &write.s,
                              nullptr)
            != SQLITE_OK)
        return conversionError(db);

    struct Pending
    {
        qint64 pathId;
        int type;
        bool rawNull;
        QByteArray raw;
        bool hasNormalised;
        QByteArray normalised;
    };
    QList<Pending> fields;
    RecordBlob::Encoder encoder;
    qint64 current = -1, records = 0;
    auto flush = [&]() -> bool {
        if (current < 0)
            return true;
        encoder.begin(fields.size());
        for (const Pending &f : fields)
            encoder.addUtf8(f.pathId, ValueType(f.type), f.rawNull, f.raw, f.hasNormalised,
                            f.normalised);
        sqlite3_reset(write.s);
        sqlite3_bind_blob(write.s, 1, encoder.data().constData(), int(encoder.data().size()),
                          SQLITE_STATIC);
        sqlite3_bind_int64(write.s, 2, current);
        fields.clear();
        ++records;
        return sqlite3_step(write.s) == SQLITE_DONE;
    };
    int rc;
    while ((rc = sqlite3_step(read.s)) == SQLITE_ROW) {
        const qint64 record = sqlite3_column_int64(read.s, 0);
        if (record != current) {
            if (!flush())
                return conversionError(db);
            current = record;
        }
        const bool rawNull = sqlite3_column_type(read.s, 3) == SQLITE_NULL;
        const bool hasNormalised = sqlite3_column_type(read.s, 4) != SQLITE_NULL;
        fields.append({sqlite3_column_int64(read.s, 1), sqlite3_column_int(read.s, 2), rawNull,
                       columnText(read.s, 3).toByteArray(), hasNormalised,
                       columnText(read.s, 4).toByteArray()});
    }
    if (rc != SQLITE_DONE || !flush())
        return conversionError(db);

    const char *rest = R"sql(
INSERT INTO field_summary (snapshot_id, field_path_id, value_count)
    SELECT s.id, f.field_path_id, count(*) FROM snapshot s
    JOIN field f ON f.id BETWEEN s.first_field_id AND s.last_field_id
    GROUP BY s.id, f.field_path_id;
DROP TRIGGER snapshot_cleanup;
DROP TABLE field_fts;
DROP TABLE field;
CREATE TRIGGER snapshot_cleanup AFTER DELETE ON snapshot BEGIN
    DELETE FROM record_fts WHERE docid BETWEEN old.first_record_id AND old.last_record_id;
    DELETE FROM record WHERE id BETWEEN old.first_record_id AND old.last_record_id;
    DELETE FROM field_summary WHERE snapshot_id = old.id;
END;
)sql";
    if (sqlite3_exec(db, rest, nullptr, nullptr, nullptr) != SQLITE_OK)
        return conversionError(db);
    if (records > 0)
        qCInfo(lcVault) << "converted imported records to one row each:" << records;
    return {};
}

} // namespace FieldTableConversion
