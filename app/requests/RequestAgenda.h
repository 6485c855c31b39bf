#pragma once

#include "RightsRequest.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

class Vault;

// What needs the customer's attention among their requests, worked out from the dates in the
// vault and today, so it is right at every start even when Roer was closed for weeks:
// late answers first, then answers due within a week, letters that were made but never said
// to be sent (a gentle nudge after two days), and requests Roer could not deliver.
class RequestAgenda
{
public:
    enum class Kind { Late, DueSoon, NotSent, NotDelivered };
    struct Item
    {
        Kind kind;
        RightsRequest request;
        QString text; // one plain sentence, translated
    };

    static constexpr int kDueSoonDays = 7;
    static constexpr int kNudgeAfterDays = 2;

    // `language` is for the dates in the texts ("nl" or "en").
    static Result<QList<Item>> items(Vault &vault, const QDate &today, const QString &language);
};
