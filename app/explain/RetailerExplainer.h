#pragma once

#include "SnapshotExplanation.h"
#include "core/Result.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

class Vault;

// Explains the newest snapshot of one retailer in the vault, with the customer's
// corrections applied. What roer-cli `explain` and the "My data" page use.
class RetailerExplainer
{
public:
    RetailerExplainer(Vault &vault, const QString &language);
    void setToday(const QDate &today) { m_today = today; }
    // Progress while reading values, and a way to stop: return false and explainLatest()
    // fails with ErrorCode::Cancelled (see ObservedSnapshotReader). Called on the thread
    // that runs explainLatest().
    void setObserver(std::function<bool(qint64 done, qint64 total)> observer)
    {
        m_observer = std::move(observer);
    }

    // nullopt: the retailer has no snapshot yet.
    Result<std::optional<SnapshotExplanation>> explainLatest(qint64 retailerId,
                                                             const QString &retailerName) const;

private:
    Vault &m_vault;
    QString m_language;
    QDate m_today;
    std::function<bool(qint64, qint64)> m_observer;
};
