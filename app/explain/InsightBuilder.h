#pragma once

#include "SnapshotExplanation.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QString>

class Catalogue;

// Turns explained fields into "what <retailer> knows about you" sentences, one per category
// ("1,204 purchases between 2012 and 2024", "your location 2,000 times"), and alerts, each
// with the right the customer has (erase, object, ask): special categories (GDPR Art. 9), a
// BSN, a location trail, profiling (segments and inferences), full card numbers, and data
// older than the usual retention. Counts and dates come from the records that hold the data
// (SnapshotExplanation::records), never from a date of birth or another file's rows.
class InsightBuilder
{
    Q_DECLARE_TR_FUNCTIONS(InsightBuilder)

public:
    // A location trail starts here: enough points to follow someone's days.
    static constexpr qint64 kTrailPoints = 10;
    static constexpr int kMaxProfileExamples = 3;

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
        qint64 records = 0;  // records holding it (see groups())
        qint64 distinct = 0; // different values: the largest over the group's fields
        QDate firstDate;     // event dates of those records
        QDate lastDate;
        QStringList examples; // first distinct values (profiles)
        bool fullCardNumbers = false;
        bool subject = false;  // the records' part is mainly about this category
        qint64 fieldCount = 0; // values of its largest field (when no record figures exist)
    };
    // Category id -> group, for the categories found (not "none", not unrecognised), from
    // explanation.fields and explanation.records.
    QHash<QString, Group> groups(const SnapshotExplanation &explanation) const;

    // What the law lets the customer ask for an alert's action, said honestly: Roer does not
    // send requests yet. (One place, so the Requests page can change it with its buttons.)
    QString actionText(ExplainAlert::Action action) const;

private:
    ExplainAlert alert(const QString &kind, const QString &category, const QString &text,
                       ExplainAlert::Action action) const;
    QString profilingText(const QString &who, const Group &g) const;
    QString sentence(const Group &group) const;
    QString number(qint64 n) const;
    QString inlineTitle(const QString &category) const;

    const Catalogue &m_catalogue;
    QString m_language;
    QLocale m_locale;
    QDate m_today;
    QHash<QString, int> m_statedRetention;
};
