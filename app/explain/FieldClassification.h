#pragma once

#include <QString>

// What the classifier concluded about one field path.
struct FieldClassification
{
    enum class Source { None, Correction, Values, Name, File };

    QString category;        // DPV id ("pd:EmailAddress"), "none", or empty: not recognised
    double confidence = 0.0; // 0..1
    QString reason;          // translated, for the customer: "8 of 10 values look like ..."
    QString question;        // translated; set when not recognised: a question for the retailer
    QString detector;        // key of the value detector that decided, if any ("iban")
    Source source = Source::None;
    // Decided by the field's own name or values, not by its neighbours, part or file (the
    // explainer gives these to the neighbours of a field as what they are about).
    bool ownEvidence = false;

    bool recognised() const { return !category.isEmpty(); }
};
