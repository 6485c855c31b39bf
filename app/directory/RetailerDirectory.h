#pragma once

#include "DirectoryEntry.h"
#include "Retailer.h"
#include "core/Result.h"

#include <QList>

// The bundled directory of retailers a customer can pick from. It is compiled into roer_core
// as the resource :/directory/directory.json.
class RetailerDirectory
{
public:
    static QString resourcePath();
    // Loads the bundled directory (cached after the first call).
    static Result<RetailerDirectory> bundled();
    static Result<RetailerDirectory> fromJson(const QByteArray &json);

    const QList<DirectoryEntry> &entries() const { return m_entries; }
    const DirectoryEntry *find(const QString &id) const;
    // Entries whose name, brands or website contain `text` (case-insensitive).
    QList<DirectoryEntry> search(const QString &text) const;
    // A retailer prefilled from an entry, ready for RetailerStore::add.
    static Retailer toRetailer(const DirectoryEntry &entry);

private:
    QList<DirectoryEntry> m_entries;
};
