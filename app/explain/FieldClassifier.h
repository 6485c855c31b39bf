#pragma once

#include "FieldClassification.h"
#include "FieldNameMatcher.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Catalogue;

// Places one field of a snapshot in a personal-data category by what the field itself shows:
//  (a) its values: e-mail, phone, IBAN, BSN, card, postcode, GPS, IP, date of birth, address,
//      and value words (ways to pay, web addresses of searches and videos, devices, ways of
//      moving; see ValueVocabulary);
//  (b) its own name, in Dutch and English, against the catalogue's vocabulary; a generic name
//      ("name", "value") is read with its parent ("location › name" is a place's name);
//  (c) its neighbours, the fields of the same record: a date, a time or an amount belongs to
//      what its record is about, a city in a record of logins is a place you were, not your
//      address; inside a part or file of guesses about you, it is one of those guesses;
//  (d) the parts of the file it sits in and the data file's name, as weaker hints.
// "Technical data" (category "none") where that is the truth. Customer corrections come before
// all of this (CorrectionStore / SnapshotExplainer). Pure: no vault, no I/O; texts are
// translated with tr() in the current language.
class FieldClassifier
{
public:
    // A field beside it. `category`: what its own name or values say (the explainer classifies
    // every field once without neighbours first); empty: the classifier reads its name.
    struct Neighbour
    {
        QString name;
        QString category;
    };
    struct Input
    {
        QString dataFile;   // as imported, e.g. "Retail.OrderHistory.1/Retail.OrderHistory.1.csv"
        QString path;       // field path, e.g. "Order ID" or "locations[].latitudeE7"
        QStringList sample; // a sample of raw values (empty values are ignored)
        QList<Neighbour> neighbours = {}; // the other fields with the same parent
    };

    explicit FieldClassifier(const Catalogue &catalogue);

    // The day to judge "date of birth" plausibility against (a seam for tests).
    void setToday(const QDate &today) { m_today = today; }
    // Language of catalogue texts used inside reasons ("nl" or "en"); tr() texts follow the
    // installed translator.
    void setLanguage(const QString &language) { m_language = language; }

    FieldClassification classify(const Input &input) const;

    // "locations[].latitudeE7" -> {"locations", "latitudeE7"}; "orders.csv › Order ID" with
    // data file "orders.csv" -> {"Order ID"}.
    static QStringList pathSegments(const QString &path, const QString &dataFile = {});
    // Category title in running text ("your e-mail address").
    static QString inlineTitle(const QString &title);

private:
    // What the name and the context say, before the values are weighed against it.
    struct NameEvidence
    {
        enum class Kind {
            None,
            Own,
            Section,
            Neighbours,
            RecordTime,
            Money,
            File,
            Inference,
            InferenceFile,
            Place,
            OwnPlace,
            ZeroTime
        };
        QString category;
        double confidence = 0.0;
        QString matched; // the name, part or file it came from
        Kind kind = Kind::None;
        bool quiet = false; // an amount, a currency, a way to pay (see Catalogue::NameRule)
    };
    struct Context
    {
        QString category; // what the record is about, from its fields, part and file
        double weight = 0.0;
        double recordWeight = 0.0; // the part of it from the record itself (fields and parts)
        int votes = 0;             // fields beside it that say so
        QString example;           // one of them
        int personFields = 0;
        bool locationField = false;
    };

    NameEvidence resolveName(const Input &input, const QStringList &segments,
                             const QStringList &values) const;
    NameEvidence adjust(NameEvidence evidence, const QStringList &segments, const Context &context,
                        const Input &input) const;
    Context context(const Input &input, const QStringList &segments,
                    const QStringList &only = {}) const;
    QString reasonFor(const NameEvidence &evidence) const;
    QString titleOf(const QString &category) const;

    const Catalogue &m_catalogue;
    FieldNameMatcher m_names;
    QDate m_today;
    QString m_language = QStringLiteral("en");
};
