#pragma once

#include "consent/Clock.h"
#include "consent/ConsentStore.h"
#include "core/SecureBytes.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QTimeZone>

#include <memory>

// A clock the test moves by hand.
class FakeClock : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 3, 3), QTime(9, 0),
                                                   QTimeZone::utc()))
        : m_now(start)
    {
    }
    QDateTime now() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(const QDateTime &t) { m_now = t; }

private:
    QDateTime m_now;
};

namespace ConsentTestUtil {

inline std::unique_ptr<Vault> makeVault(const QString &dir)
{
    auto v = Vault::create(dir, SecureBytes::random(Vault::kKeySize));
    return v ? std::move(*v) : nullptr;
}

inline qint64 addRetailer(Vault &vault, const QString &name, const QString &apiBase,
                          const QString &email = QStringLiteral("privacy@example.invalid"))
{
    auto st =
        vault.prepare("INSERT INTO retailer (name, website, privacy_email, api_base, created_at)"
                      " VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z')");
    st.bind(1, name)
        .bind(2, QStringLiteral("https://shop.example"))
        .bind(3, email)
        .bind(4, apiBase);
    if (!st.exec())
        return 0;
    return vault.lastInsertId();
}

inline RetailerPurpose purpose(const QString &id, const QString &basis, const QStringList &channels,
                               bool contract = false,
                               const QString &dpv = QStringLiteral("dpv:DirectMarketing"))
{
    RetailerPurpose p;
    p.id = id;
    p.dpvPurpose = dpv;
    p.titleEn = QStringLiteral("Offers and news");
    p.titleNl = QStringLiteral("Aanbiedingen en nieuws");
    p.legalBasis = basis;
    p.dataCategories = {QStringLiteral("pd:EmailAddress")};
    p.retention = QStringLiteral("P2Y");
    p.channels = channels;
    p.neededForContract = contract;
    return p;
}

inline DecisionRequest request(qint64 retailerId, const QString &purposeId, Consent::State state,
                               const QStringList &channels = {})
{
    DecisionRequest r;
    r.retailerId = retailerId;
    r.purposeId = purposeId;
    r.state = state;
    r.channels = channels;
    return r;
}

} // namespace ConsentTestUtil
