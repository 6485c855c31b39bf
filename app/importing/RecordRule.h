#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Why a reader cut a data file where it did: which rule (docs/importing.md, "What becomes a
// record") made the records of one part of a file. Stored with the snapshot, shown in My data
// ("why is this one record?"), and used by the explainer to keep the records of one part of a
// file together when it counts them.
struct RecordRule
{
    Q_DECLARE_TR_FUNCTIONS(RecordRule)

public:
    enum class Kind {
        Row,           // a table: each row
        ListItem,      // each item (object, element) of the list `section`
        ListValue,     // each plain value of the list `section`
        ListRow,       // each inner list of `section`, its columns numbered 1, 2, 3
        Object,        // the part `section`: one object, its nested parts are its fields
        Profile,       // the whole file: one object with values of its own
        OwnValues,     // the values of `section` next to its lists
        ExportDetails, // the export's own details (date, version), kept apart
    };

    Kind kind = Kind::Row;
    QString section;    // path inside the file; empty: the top of the file
    QStringList fields; // ExportDetails at the top of the file: the paths it holds
    qint64 records = 0;

    // The rule in the customer's language, for a file called `fileName`.
    QString describe(const QString &fileName) const;
    // A short title for the rule ("One record per item of a list").
    QString title() const;

    QJsonObject toJson() const;
    static RecordRule fromJson(const QJsonObject &object);
    static QString kindName(Kind kind);

    // The rule that made the records holding the field at `pathInFile` (a path inside the
    // file, "Orders › Total"): a rule listing the path, else the one with the longest section
    // the path sits in. Null when none applies.
    static const RecordRule *forPath(const QList<RecordRule> &rules, const QString &pathInFile);

    // Names of values at the top of a file that describe the export itself ("exportDate",
    // "schemaVersion"), and of parts that hold such details ("meta", "header").
    static bool isExportDetailName(const QString &name);
    static bool isExportDetailsPart(const QString &name);
    // Names of lists of things that happened (orders, receipts, payments, trips, logins,
    // messages, visits): their items stay records of their own, even in a profile.
    static bool isEventListName(const QString &name);
};

// Counts records per rule while a reader reads one file (a bounded list: a hostile file with
// many thousand sections does not grow it without end).
class RecordRuleTally
{
public:
    static constexpr int kMaxRules = 200;
    static constexpr int kMaxFields = 50;

    void count(const RecordRule &rule);
    // ExportDetails at the top of a file: the field paths it holds.
    void countDetails(const QStringList &paths);
    const QList<RecordRule> &rules() const { return m_rules; }

private:
    QList<RecordRule> m_rules;
};
