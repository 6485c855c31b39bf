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

    // Figures the insights use; never shown raw.
    qint64 distinct = 0;       // distinct values seen (capped, see SnapshotExplainer)
    QStringList firstDistinct; // the first few distinct values (for profiles/segments)
    QDate firstDate;           // when the field holds dates: the oldest and newest
    QDate lastDate;
};

struct ExplainAlert
{
    QString kind;     // "special-category", "national-id", "location-trail", "profile",
                      // "full-card-number", "retention"
    QString category; // the DPV category it is about
    QString text;     // translated, with what to do
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
};
