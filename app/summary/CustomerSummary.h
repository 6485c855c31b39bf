#pragma once

#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Vault;

// What a customer takes home (issue 10): per shop what it holds (kinds of data, never a value),
// what the customer decided and whether it reached the shop, and the open requests with their
// deadlines. Everything is already in words, in `language`; SummaryDocument lays it out.
struct CustomerSummary
{
    struct Decision
    {
        QString purpose;  // "E-mails with offers"
        QString state;    // "Allowed", "Not allowed"
        QString channels; // "e-mail, text message"; empty when the purpose has none
        QString delivery; // "Confirmed by the retailer", "Waiting to be sent", ...
    };
    struct OpenRequest
    {
        QString kind;   // "Erase your data"
        QString status; // "Sent, waiting for the answer"
        QString due;    // "5 April 2026"; empty before it is sent
        bool late = false;
    };
    struct Shop
    {
        QString name;
        QStringList kinds; // "What you bought", "Where you were" (titles of data categories)
        bool hasData = false;
        QList<Decision> decisions;
        QList<OpenRequest> openRequests;
    };

    QString language;
    QDate madeOn;
    QList<Shop> shops;

    // `categories`: the data categories Roer found per retailer id (from its explanation);
    // a retailer without an entry shows that Roer holds no data from it yet.
    static Result<CustomerSummary> build(Vault &vault, const QString &language, const QDate &today,
                                         const QHash<qint64, QStringList> &categories);
};
