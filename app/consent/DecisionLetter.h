#pragma once

#include "ConsentRecord.h"
#include "RetailerInfo.h"
#include "RetailerPurpose.h"

#include <QString>

// The same decision as a letter or e-mail for a retailer without the Roer API, in Dutch or
// English at B1 level: withdrawal of consent (GDPR Art. 7(3)), objection (Art. 21; against
// direct marketing it is absolute, Art. 21(3)), or consent given. The customer sends it
// themselves; Roer then tracks it as "sent by you on <date>".
class DecisionLetter
{
public:
    enum class Kind { Withdrawal, Objection, Consent };

    struct Letter
    {
        Kind kind;
        QString to; // the retailer's privacy e-mail address, or empty
        QString subject;
        QString body; // plain text; [Your name] etc. are for the customer to fill in
    };

    static Kind kindFor(const ConsentRecord &record, const RetailerPurpose &purpose);
    // language: "nl" or "en".
    static Letter make(const RetailerInfo &retailer, const RetailerPurpose &purpose,
                       const ConsentRecord &record, const QString &language);
};
