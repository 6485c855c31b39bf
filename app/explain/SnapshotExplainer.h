#pragma once

#include "CorrectionStore.h"
#include "SnapshotExplanation.h"
#include "SnapshotReader.h"
#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QString>

class Catalogue;

// Explains a whole snapshot: every field classified (the customer's corrections first),
// with the catalogue texts in the chosen language, plus the "what they know about you"
// sentences and the alerts (InsightBuilder). Reads the snapshot through a SnapshotReader in
// at most two passes over all values: samples to classify (stopping once every field has
// one), then, only when the insights need it, a full pass for dates and distinct values.
class SnapshotExplainer
{
public:
    static constexpr int kSampleSize = 200;
    static constexpr int kMaxDistinct = 10000;

    SnapshotExplainer(const Catalogue &catalogue, const QString &language);

    // The reference day for ages and retention (a seam for tests).
    void setToday(const QDate &today) { m_today = today; }
    // See InsightBuilder::setStatedRetention.
    void setStatedRetention(const QHash<QString, int> &years) { m_statedRetention = years; }

    Result<SnapshotExplanation>
    explain(const SnapshotReader &reader, const QString &retailerName,
            const QList<CorrectionStore::Correction> &corrections) const;

    // A date or timestamp in the ways exports write them (ISO 8601, dd-MM-yyyy, epoch
    // seconds or milliseconds); invalid when it is none of those or outside 1970..today+1y.
    QDate eventDate(const QString &raw, const QString &normalised) const;

private:
    void describe(ExplainedField &field) const;

    const Catalogue &m_catalogue;
    QString m_language;
    QDate m_today;
    QHash<QString, int> m_statedRetention;
};
