#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class Vault;

// What must hold in a vault after any crash (the kill campaigns check it after every kill).
namespace VaultInvariants {
struct Snapshot
{
    qint64 id = 0;
    qint64 records = 0;
    qint64 fields = 0;
    QString contentSha; // of the files imported
    QByteArray digest;  // SHA-256 over its data files (path, count) and record blobs
};
QList<Snapshot> snapshots(Vault &vault);

// Empty when all is well; otherwise one line per problem: integrity_check and the FTS4
// index check fail, rows that belong to no snapshot (records, data files, sources, field
// summaries, search documents), a snapshot whose record range does not match its rows.
QStringList problems(Vault &vault);

// Files in the vault folder other than vault.db and vault.json (a hot journal, a WAL, a
// temporary file of an interrupted save).
QStringList strayFiles(const QString &directory);
} // namespace VaultInvariants
