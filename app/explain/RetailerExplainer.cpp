#include "RetailerExplainer.h"

#include "Catalogue.h"
#include "CorrectionStore.h"
#include "ObservedSnapshotReader.h"
#include "SnapshotExplainer.h"
#include "StoreSnapshotReader.h"
#include "importing/SnapshotStore.h"

#include <QCoreApplication>

RetailerExplainer::RetailerExplainer(Vault &vault, const QString &language)
    : m_vault(vault), m_language(language), m_today(QDate::currentDate())
{
}

Result<std::optional<SnapshotExplanation>>
RetailerExplainer::explainLatest(qint64 retailerId, const QString &retailerName) const
{
    const SnapshotStore store(m_vault);
    Result<std::optional<SnapshotInfo>> latest = store.latestSnapshot(retailerId);
    if (!latest)
        return latest.error();
    if (!latest->has_value())
        return std::optional<SnapshotExplanation>();
    Result<QList<CorrectionStore::Correction>> corrections =
        CorrectionStore(m_vault).forRetailer(retailerId);
    if (!corrections)
        return corrections.error();
    SnapshotExplainer explainer(Catalogue::builtIn(), m_language);
    explainer.setToday(m_today);
    const StoreSnapshotReader reader(m_vault, store, (*latest)->id);
    Result<SnapshotExplanation> explained = Error();
    if (m_observer) {
        const ObservedSnapshotReader observed(reader, m_observer);
        explained = explainer.explain(observed, retailerName, *corrections);
        if (observed.stopped())
            return Error::make(ErrorCode::Cancelled,
                               QCoreApplication::translate("RetailerExplainer",
                                                           "Explaining was stopped."));
    } else {
        explained = explainer.explain(reader, retailerName, *corrections);
    }
    if (!explained)
        return explained.error();
    explained->snapshotId = (*latest)->id;
    return std::optional<SnapshotExplanation>(std::move(explained).value());
}
