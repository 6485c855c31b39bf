#pragma once

#include "Requester.h"
#include "RightsRequest.h"
#include "directory/Retailer.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

// A rights request as a letter or e-mail, in plain Dutch or English (B1), with the articles
// of the GDPR named, the one-month deadline (Art. 12(3)), and what the shop may ask to check
// who the customer is (Art. 12(6)): Roer never adds a copy of an ID. The customer's details
// come from what they entered once (Requester); what is missing stays as "[Your name]".
// The letter has its own language, independent of Roer's screens, so its texts are here in
// both languages instead of going through the translator.
struct RequestLetter
{
    QString language;           // "nl" or "en"
    QString to;                 // the shop's privacy e-mail address, or empty
    QStringList senderLines;    // name, address lines, e-mail
    QStringList recipientLines; // shop name and postal address (from the directory)
    QDate date;
    QString subject;
    QString greeting;
    QStringList paragraphs;  // running text, one string per paragraph
    QStringList detailLines; // how the shop can find the customer: "Name: ...", ...
    QString closing;         // "Kind regards,"
    QString signature;       // the customer's name
    QString appendix;        // a reminder carries the first request here

    // The request itself, dated `date` (the day it is sent or made).
    static RequestLetter make(const RightsRequest &request, const Retailer &retailer,
                              const Requester &requester, const QString &language,
                              const QDate &date);
    // After the deadline: a reminder that names the first request and the next step (the AP).
    static RequestLetter reminder(const RightsRequest &request, const Retailer &retailer,
                                  const Requester &requester, const QString &language,
                                  const QDate &date);

    // The whole letter as text: sender, recipient, date, subject, body.
    QString plainText() const;
    // What goes into an e-mail: greeting to signature (the subject is separate).
    QString emailBody() const;
    // mailto: links are length-limited: the greeting, the main request, a line asking to
    // paste the rest, and the closing. restOfEmail() is what Roer copies for that paste.
    QString shortEmailBody() const;
    QString restOfEmail() const;
    // sha256 (hex) of plainText(), for the history.
    QByteArray sha256() const;
    // Paragraphs of running text, for the plain-language checks.
    QStringList prose() const;
};
