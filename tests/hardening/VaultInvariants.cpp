#include "VaultInvariants.h"

#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>

namespace VaultInvariants {

namespace {
bool next(SqlStatement &s)
{
    const auto row = s.step();
    return row && *row;
}

qint64 scalar(Vault &vault, const char *sql)
{
    SqlStatement s = vault.prepare(sql);
    auto row = s.step();
    return row && *row ? s.int64(0) : -1;
}
} // namespace

QList<Snapshot> snapshots(Vault &vault)
{
    QList<Snapshot> out;
    SqlStatement s = vault.prepare("SELECT id, record_count, field_count, content_sha256, "
                                   "first_record_id, last_record_id FROM snapshot ORDER BY id");
    while (next(s)) {
        Snapshot snap;
        snap.id = s.int64(0);
        snap.records = s.int64(1);
        snap.fields = s.int64(2);
        snap.contentSha = s.text(3);
        QCryptographicHash h(QCryptographicHash::Sha256);
        SqlStatement files = vault.prepare(
            "SELECT path, format, record_count FROM data_file WHERE snapshot_id = ? ORDER BY path");
        files.bind(1, snap.id);
        while (next(files))
            h.addData(files.utf8(0) + '\0' + files.utf8(1) + '\0'
                      + QByteArray::number(files.int64(2)) + '\n');
        SqlStatement blobs =
            vault.prepare("SELECT fields FROM record WHERE id BETWEEN ? AND ? ORDER BY id");
        blobs.bind(1, s.int64(4)).bind(2, s.int64(5));
        while (next(blobs))
            h.addData(blobs.blob(0));
        snap.digest = h.result().toHex();
        out.append(snap);
    }
    return out;
}

QStringList problems(Vault &vault)
{
    QStringList out;
    {
        SqlStatement s = vault.prepare("PRAGMA integrity_check");
        QStringList lines;
        while (next(s))
            lines.append(s.text(0));
        if (lines != QStringList{QStringLiteral("ok")})
            out.append(QStringLiteral("integrity_check: ") + lines.join(QStringLiteral("; ")));
    }
    if (!vault.exec("INSERT INTO record_fts(record_fts) VALUES ('integrity-check')"))
        out.append(QStringLiteral("the search index is damaged"));
    struct Orphans
    {
        const char *what;
        const char *sql;
    };
    const Orphans checks[] = {
        {"records outside every snapshot",
         "SELECT count(*) FROM record r WHERE NOT EXISTS (SELECT 1 FROM snapshot s "
         "WHERE r.id BETWEEN s.first_record_id AND s.last_record_id)"},
        {"data files without a snapshot",
         "SELECT count(*) FROM data_file WHERE snapshot_id NOT IN (SELECT id FROM snapshot)"},
        {"sources without a snapshot",
         "SELECT count(*) FROM snapshot_source WHERE snapshot_id NOT IN (SELECT id FROM snapshot)"},
        {"field summaries without a snapshot",
         "SELECT count(*) FROM field_summary WHERE snapshot_id NOT IN (SELECT id FROM snapshot)"},
        {"attachments without a snapshot",
         "SELECT count(*) FROM attachment WHERE snapshot_id NOT IN (SELECT id FROM snapshot)"},
        {"search documents without a record",
         "SELECT count(*) FROM record_fts WHERE docid NOT IN (SELECT id FROM record)"},
        {"snapshots whose record count does not match their rows",
         "SELECT count(*) FROM snapshot s WHERE s.record_count != (SELECT count(*) FROM record r "
         "WHERE r.id BETWEEN s.first_record_id AND s.last_record_id)"},
        {"snapshots whose data files do not add up",
         "SELECT count(*) FROM snapshot s WHERE s.record_count != (SELECT coalesce(sum("
         "record_count), 0) FROM data_file d WHERE d.snapshot_id = s.id)"},
        {"field paths used by no snapshot",
         "SELECT count(*) FROM field_path p WHERE NOT EXISTS (SELECT 1 FROM field_summary f "
         "WHERE f.field_path_id = p.id)"},
    };
    for (const Orphans &c : checks) {
        const qint64 n = scalar(vault, c.sql);
        if (n != 0)
            out.append(QStringLiteral("%1: %2").arg(QLatin1String(c.what)).arg(n));
    }
    return out;
}

QStringList strayFiles(const QString &directory)
{
    QStringList out = QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::System);
    out.removeAll(QStringLiteral("vault.db"));
    out.removeAll(QStringLiteral("vault.json"));
    return out;
}

} // namespace VaultInvariants
