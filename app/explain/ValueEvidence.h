#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// What the values of a field say on their own: checksums and patterns (IBAN, payment card,
// BSN, e-mail, phone, postcode, IP, GPS, postal address), a date that makes a plausible
// birthday, and value words (ValueVocabulary: ways to pay, web addresses, devices, ...).
// Used by FieldClassifier, which weighs them against the field's name and record.
class ValueEvidence
{
public:
    struct Hit
    {
        QString detector; // "iban", "email", "payment-method", ...
        QString category;
        int matches = 0;
        int total = 0;
        double score = 0.0; // strength of the detector times the share of values it fits
    };

    // Every detector that fits at least one value, surest first.
    static QList<Hit> detect(const QStringList &values, const QDate &today);
    // "8 of 10 values look like e-mail addresses.", translated (context FieldClassifier).
    static QString reason(const QString &detector, int matches, int total);
};
