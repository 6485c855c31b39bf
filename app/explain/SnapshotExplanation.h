#pragma once

#include "FieldClassification.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One field of a snapshot, explained for the customer (texts in the chosen language).
struct ExplainedField
{
    qint64 fieldId = 0; // the snapshot's field path id
    QString dataFile;
    QString path;
    qint64 count = 0;
    FieldClassification classification;
    QString title;
    QString explanation;
    QString whatYouCanDo;
    QString retention;
    // Why they probably have it: "Delivering your order (needed for your order)", one line
    // per purpose the catalogue gives the category, with the legal basis usually claimed.
    QStringList purposes;

    // How the importer cut this field's file into records ("why is this one record?"),
    // translated; empty for snapshots imported before the rules were kept.
    QString recordRuleTitle;
    QString recordRule;
    QString part; // the part of the file its records belong to (the rule's section)

    // Figures the insights use; never shown raw.
    qint64 distinct = 0;       // distinct values seen (capped, see SnapshotExplainer)
    QStringList firstDistinct; // the first few distinct values (for profiles/segments)
    QDate firstDate;           // when the field holds dates: the oldest and newest
    QDate lastDate;
};

// The records of one part of one data file (a file, or one section of it) that hold a value
// of one category, with the event dates of exactly those records: what a sentence like
// "4 purchases between 2023 and 2024" counts. A date of birth is never an event date.
struct CategoryRecords
{
    QString category;
    QString dataFile;
    QString part;         // the record rule's section ("" = the whole file)
    int series = 0;       // parts of one series of files (parts of one export) share it
    qint64 records = 0;   // records of the part holding a value of the category
    int fields = 0;       // the part's fields in this category
    bool subject = false; // the category most of the part's fields are about
    QDate firstDate;      // the oldest and newest event date in those records
    QDate lastDate;
};

struct ExplainAlert
{
    // What the customer can ask the shop to do about it. The texts say what the law lets
    // them ask; the Requests page puts a button on the alert for its action.
    enum class Action { None, Access, Erase, Object };

    QString kind;     // "special-category", "national-id", "location-trail", "profile",
                      // "profiling", "full-card-number", "retention"
    QString category; // the DPV category it is about
    QString text;     // translated: what Roer found and why it matters
    Action action = Action::None;
    QString actionText; // translated: what the law lets the customer ask (empty for None)

    static QString actionName(Action action); // "erase", "object", "access", ""
    // The finding and what the customer can ask, as one text.
    QString fullText() const;
};

struct SnapshotExplanation
{
    qint64 snapshotId = 0; // set by RetailerExplainer (0 for other readers)
    QString language;      // "nl" or "en": the language of the catalogue texts
    QString retailer;
    QString headline; // "What Bol knows about you"
    QList<ExplainedField> fields;
    QStringList summary; // one sentence per category found
    QList<ExplainAlert> alerts;
    QList<CategoryRecords> records; // per category and part of a file (see CategoryRecords)
};
