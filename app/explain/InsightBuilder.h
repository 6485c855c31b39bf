#pragma once

#include "SnapshotExplanation.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QString>

class Catalogue;

// Turns explained fields into "what <retailer> knows about you" sentences, one per category
// ("1,204 purchases between 2012 and 2024", "your location 2,000 times"), and alerts with
// what to do: special categories (GDPR Art. 9), a BSN, a location trail, profiles and
// segments, full card numbers, and data older than the usual retention.
class InsightBuilder
{
    Q_DECLARE_TR_FUNCTIONS(InsightBuilder)

public:
    // A location trail starts here: enough points to follow someone's days.
    static constexpr qint64 kTrailPoints = 10;
    static constexpr int kMaxProfileAlerts = 5;

    InsightBuilder(const Catalogue &catalogue, const QString &language);
    void setToday(const QDate &today) { m_today = today; }
    // Retention the retailer itself states, in years per category id (from its privacy
    // statement, once the directory carries it). Without it, the catalogue's typical
    // retention is used and the alert says "longer than usually needed".
    void setStatedRetention(const QHash<QString, int> &years) { m_statedRetention = years; }

    // Fills explanation.summary and explanation.alerts from explanation.fields.
    void build(SnapshotExplanation &explanation) const;

    struct Group
    {
        QString category;
        qint64 records = 0;  // rows: the largest field count per data file, summed over files
        qint64 distinct = 0; // different values: the largest over the group's fields
        QDate firstDate;
        QDate lastDate;
        QStringList examples; // first distinct values (profiles)
        bool fullCardNumbers = false;
    };
    // Category id -> group, for the categories found (not "none", not unrecognised).
    QHash<QString, Group> groups(const QList<ExplainedField> &fields) const;

private:
    QString sentence(const Group &group) const;
    QString number(qint64 n) const;
    QString inlineTitle(const QString &category) const;

    const Catalogue &m_catalogue;
    QString m_language;
    QLocale m_locale;
    QDate m_today;
    QHash<QString, int> m_statedRetention;
};
