#include "CorrectionStore.h"

#include "Catalogue.h"
#include "core/Logging.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

CorrectionStore::CorrectionStore(Vault &vault) : m_vault(vault) {}

Result<void> CorrectionStore::set(qint64 retailerId, const QString &dataFile, const QString &path,
                                  const QString &category)
{
    if (!Catalogue::builtIn().category(category))
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("CorrectionStore",
                                                       "Roer does not know this kind of data."));
    // SQLite 3.15: no UPSERT; the primary key makes INSERT OR REPLACE the same thing here.
    SqlStatement st = m_vault.prepare("INSERT OR REPLACE INTO field_correction (retailer_id, "
                                      "data_file, field_path, category, corrected_at) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, retailerId)
        .bind(2, dataFile)
        .bind(3, path)
        .bind(4, category)
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    Result<void> r = st.exec();
    if (r)
        qCInfo(lcExplain) << "stored a category correction";
    return r;
}

Result<void> CorrectionStore::remove(qint64 retailerId, const QString &dataFile,
                                     const QString &path)
{
    SqlStatement st = m_vault.prepare("DELETE FROM field_correction WHERE retailer_id = ?1 AND "
                                      "data_file = ?2 AND field_path = ?3");
    st.bind(1, retailerId).bind(2, dataFile).bind(3, path);
    return st.exec();
}

Result<QList<CorrectionStore::Correction>> CorrectionStore::forRetailer(qint64 retailerId) const
{
    SqlStatement st = m_vault.prepare(
        "SELECT data_file, field_path, category FROM field_correction WHERE retailer_id = ?1 "
        "ORDER BY data_file, field_path");
    st.bind(1, retailerId);
    QList<Correction> out;
    for (;;) {
        Result<bool> row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out << Correction{st.text(0), st.text(1), st.text(2)};
    }
    return out;
}

const CorrectionStore::Correction *CorrectionStore::find(const QList<Correction> &corrections,
                                                         const QString &dataFile,
                                                         const QString &path)
{
    const QString fileName = QFileInfo(dataFile).fileName();
    const Correction *sameName = nullptr;
    for (const Correction &c : corrections) {
        if (c.path != path)
            continue;
        if (c.dataFile == dataFile)
            return &c;
        if (!sameName && QFileInfo(c.dataFile).fileName() == fileName)
            sameName = &c;
    }
    return sameName;
}
