#pragma once

#include <QString>

// The fixed texts of request letters, in English and Dutch (B1; Dutch with "je"). Kept apart
// from RequestLetter, which puts them together. %1, %2 are filled in by RequestLetter.
struct RequestLetterTexts
{
    const char *dateLabel, *subjectLabel, *greeting, *closing;
    const char *yourName, *yourAddress, *yourEmail, *shopAddress;
    const char *nameLabel, *addressLabel, *emailLabel, *customerNumberLabel, *fieldLabel;
    // Subjects, per kind (the order of Requests::Kind).
    const char *subject[6];
    // The main request, per kind: what, under which article.
    const char *opening[6];
    // Per kind: what the request covers ("all my data" or the scope).
    const char *allData[6], *scope[6];
    const char *accessItems, *accessFormat;
    const char *withdrawConsents, *objectMarketing, *objectProfiling;
    const char *eraseKeepByLaw, *eraseTellOthers;
    const char *objectionMarketing, *objectionProfiling, *ownReason, *objectionConfirm;
    const char *rectifyWrong, *rectifyCorrect, *rectifyTellOthers;
    const char *restrictMeaning, *restrictLift;
    const char *portabilityFormat;
    const char *deadline, *identity;
    const char *pasteRest;
    // Reminder letters.
    const char *reminderSubject, *reminderSent, *reminderExtended, *reminderNoAnswer, *reminderNext,
        *reminderFirstRequest;
    // What was asked, per kind, as a short phrase (reminders and the complaint pack).
    const char *asked[6];

    static const RequestLetterTexts &forLanguage(const QString &language);
};
