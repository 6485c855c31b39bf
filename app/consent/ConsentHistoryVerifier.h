#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

class Vault;

// Checks the hash chain of the consent records: every stored record still hashes to its
// stored hash, links to the record before it, matches its indexed columns, and the current
// decisions point at the newest record of their purpose. Detects edits, removals and
// reordering made behind Roer's back.
class ConsentHistoryVerifier
{
public:
    struct Problem
    {
        QString recordId;
        QString reason; // translated
    };
    struct Report
    {
        int recordsChecked = 0;
        QList<Problem> problems;
        bool intact() const { return problems.isEmpty(); }
    };

    // All retailers when retailerId is 0.
    static Result<Report> verify(Vault &vault, qint64 retailerId = 0);
};
