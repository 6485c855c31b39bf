#pragma once

#include "ConsentDecision.h"
#include "RemoteConsent.h"
#include "RetailerPurpose.h"

#include <QDate>
#include <QList>

// Compares what the retailer says the customer consented to (GET /v1/consents) with the
// customer's own latest decisions, and says every difference in plain words.
class Reconciler
{
public:
    struct Difference
    {
        enum Kind {
            StillListed, // they use it, but the customer said no
            NotListed,   // the customer said yes, they do not list it
            ChannelsDiffer,
            ConditionsDiffer, // until / where / while using the app
            OnlyAtRetailer,   // they list a yes the customer never gave through Roer
            NotConfirmedYet,  // Roer is still delivering the customer's choice
        };
        Kind kind;
        QString purposeId;
        QString text; // translated, B1
    };

    // `language` picks the purpose titles ("nl" or "en"); dates use the default QLocale.
    static QList<Difference> compare(const QList<ConsentDecision> &ours,
                                     const QList<RemoteConsent> &theirs,
                                     const QList<RetailerPurpose> &purposes,
                                     const QString &language, const QDate &today);
    static QString kindId(Difference::Kind kind);
};
