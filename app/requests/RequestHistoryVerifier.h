#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

class Vault;

// Checks the hash chain of the request history, as ConsentHistoryVerifier does for consent
// records: every event still hashes to its stored hash, links to the event before it (per
// retailer and per request), matches its indexed columns, and each request's newest event is
// the one the request points at. Finds edits, removals and reordering made behind Roer's back.
class RequestHistoryVerifier
{
public:
    struct Problem
    {
        QString eventId;
        QString reason; // translated
    };
    struct Report
    {
        int eventsChecked = 0;
        QList<Problem> problems;
        bool intact() const { return problems.isEmpty(); }
    };

    // All retailers when retailerId is 0.
    static Result<Report> verify(Vault &vault, qint64 retailerId = 0);
};
