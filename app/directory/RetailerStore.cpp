#include "RetailerStore.h"

#include "core/Logging.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QCoreApplication>

namespace {

const char kColumns[] =
    "SELECT id, name, website, privacy_email, postal_address, api_base, directory_id, created_at "
    "FROM retailer ";

Retailer readRetailer(const SqlStatement &st)
{
    Retailer r;
    r.id = st.int64(0);
    r.name = st.text(1);
    r.website = st.text(2);
    r.privacyEmail = st.text(3);
    r.postalAddress = st.text(4);
    r.apiBase = st.text(5);
    r.directoryId = st.text(6);
    r.createdAt = QDateTime::fromString(st.text(7), Qt::ISODate);
    return r;
}

QString orNull(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QString() : t;
}

} // namespace

RetailerStore::RetailerStore(Vault &vault) : m_vault(vault) {}

Result<void> RetailerStore::checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("Retailers",
                                                       "Please give the retailer a name."));
    if (name.size() > 200)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("Retailers", "This name is too long."));
    return {};
}

Result<qint64> RetailerStore::add(const Retailer &retailer)
{
    if (auto r = checkName(retailer.name); !r)
        return r.error();
    auto existing = findByName(retailer.name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::make(ErrorCode::AlreadyExists,
                           QCoreApplication::translate(
                               "Retailers", "You already have a retailer with this name."));
    auto st = m_vault.prepare(
        "INSERT INTO retailer (name, website, privacy_email, postal_address, api_base, "
        "directory_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, retailer.name.trimmed())
        .bind(2, orNull(retailer.website))
        .bind(3, orNull(retailer.privacyEmail))
        .bind(4, orNull(retailer.postalAddress))
        .bind(5, orNull(retailer.apiBase))
        .bind(6, orNull(retailer.directoryId))
        .bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto r = st.exec(); !r)
        return r.error();
    qCInfo(lcImport) << "retailer added";
    return m_vault.lastInsertId();
}

Result<void> RetailerStore::rename(qint64 id, const QString &newName)
{
    if (auto r = checkName(newName); !r)
        return r;
    auto existing = findByName(newName);
    if (!existing)
        return existing.error();
    if (existing->has_value() && (*existing)->id != id)
        return Error::make(ErrorCode::AlreadyExists,
                           QCoreApplication::translate(
                               "Retailers", "You already have a retailer with this name."));
    auto st = m_vault.prepare("UPDATE retailer SET name = ? WHERE id = ?");
    st.bind(1, newName.trimmed()).bind(2, id);
    if (auto r = st.exec(); !r)
        return r;
    if (m_vault.changes() == 0)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("Retailers",
                                                       "This retailer does not exist."));
    return {};
}

Result<void> RetailerStore::update(const Retailer &retailer)
{
    if (auto r = rename(retailer.id, retailer.name); !r)
        return r;
    auto st = m_vault.prepare("UPDATE retailer SET website = ?, privacy_email = ?, "
                              "postal_address = ?, api_base = ? WHERE id = ?");
    st.bind(1, orNull(retailer.website))
        .bind(2, orNull(retailer.privacyEmail))
        .bind(3, orNull(retailer.postalAddress))
        .bind(4, orNull(retailer.apiBase))
        .bind(5, retailer.id);
    return st.exec();
}

Result<void> RetailerStore::remove(qint64 id)
{
    VaultTransaction tx(m_vault);
    if (!tx.begun())
        return tx.begun();
    auto st = m_vault.prepare("DELETE FROM retailer WHERE id = ?");
    st.bind(1, id);
    if (auto r = st.exec(); !r)
        return r;
    if (m_vault.changes() == 0)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("Retailers",
                                                       "This retailer does not exist."));
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcImport) << "retailer removed with its data";
    return {};
}

Result<QList<Retailer>> RetailerStore::list() const
{
    auto st = m_vault.prepare((QByteArray(kColumns) + "ORDER BY name COLLATE NOCASE").constData());
    return st.collect<Retailer>(readRetailer);
}

Result<std::optional<Retailer>> RetailerStore::find(qint64 id) const
{
    auto st = m_vault.prepare((QByteArray(kColumns) + "WHERE id = ?").constData());
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Retailer>();
    return std::optional<Retailer>(readRetailer(st));
}

Result<std::optional<Retailer>> RetailerStore::findByName(const QString &name) const
{
    auto st = m_vault.prepare((QByteArray(kColumns) + "WHERE name = ?").constData());
    st.bind(1, name.trimmed());
    auto row = st.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Retailer>();
    return std::optional<Retailer>(readRetailer(st));
}
