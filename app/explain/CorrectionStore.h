#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

class Vault;

// The customer's own category for a field ("this is not my name, it is the product name"),
// kept per retailer, data file and field path in the vault (migration 3) and applied before
// the classifier on this and every later import of that retailer.
class CorrectionStore
{
public:
    struct Correction
    {
        QString dataFile;
        QString path;
        QString category;
    };

    explicit CorrectionStore(Vault &vault);

    Result<void> set(qint64 retailerId, const QString &dataFile, const QString &path,
                     const QString &category);
    Result<void> remove(qint64 retailerId, const QString &dataFile, const QString &path);
    Result<QList<Correction>> forRetailer(qint64 retailerId) const;

    // The correction for a field: the same data file first; else the same path in a file of
    // the same name (exports often put files in a new, dated folder each time).
    static const Correction *find(const QList<Correction> &corrections, const QString &dataFile,
                                  const QString &path);

private:
    Vault &m_vault;
};
