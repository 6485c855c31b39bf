#pragma once

#include "FieldClassification.h"

#include <QDate>
#include <QString>
#include <QStringList>

class Catalogue;

// Places one field of a snapshot in a personal-data category, from
//  (a) its values: e-mail, phone, IBAN, BSN, card, postcode, GPS, IP, date of birth, address;
//  (b) its name, against the Dutch and English vocabulary in the catalogue;
//  (c) the data file it sits in ("orders.csv" -> what you bought), as a weak last hint.
// Customer corrections come before all of this (see CorrectionStore / SnapshotExplainer).
// Pure: no vault, no I/O; texts are translated with tr() in the current language.
class FieldClassifier
{
public:
    struct Input
    {
        QString dataFile;   // as imported, e.g. "Retail.OrderHistory.1/Retail.OrderHistory.1.csv"
        QString path;       // field path, e.g. "Order ID" or "locations[].latitudeE7"
        QStringList sample; // a sample of raw values (empty values are ignored)
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
    struct NameHit
    {
        QString category;
        double confidence = 0.0;
        QString matchedName;
        bool fromSection = false; // matched a parent section, not the field itself
    };
    struct ValueHit
    {
        QString detector;
        QString category;
        int matches = 0;
        int total = 0;
        double score = 0.0;
    };

    NameHit matchName(const QStringList &segments) const;
    NameHit matchFile(const QString &dataFile) const;
    QList<ValueHit> detect(const QStringList &values) const;
    QString titleOf(const QString &category) const;

    const Catalogue &m_catalogue;
    QDate m_today;
    QString m_language = QStringLiteral("en");
};
