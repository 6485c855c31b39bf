#pragma once

#include "RequestEvent.h"
#include "Requester.h"
#include "RightsRequest.h"
#include "core/Result.h"
#include "directory/DirectoryEntry.h"
#include "directory/Retailer.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// A complaint to the Autoriteit Persoonsgegevens (the Dutch data protection authority, Art. 77
// GDPR) about a request that is late or was refused: the facts of the case in the order the
// AP's complaint form and letters ask for them (you, the organisation, which data, what you
// asked and when, the contact you had, their reaction, what you want), in Dutch, because the
// AP works in Dutch. It says plainly that the AP wants proof that the shop was contacted
// first, and carries that proof: the request, the reminder and the hash-chained history.
struct ComplaintPack
{
    struct Attachment
    {
        QString fileName;
        QString title; // Dutch, for the list of attachments
        QByteArray content;
    };

    QString title;
    QStringList guidance; // what the customer should know first: plain running text
    QStringList sections; // each: a heading line, then the facts
    QList<Attachment> attachments;

    static ComplaintPack make(const RightsRequest &request, const Retailer &retailer,
                              const Requester &requester, const QList<RequestEvent> &history,
                              const QByteArray &historyJson, const DirectoryEntry *authority,
                              const QDate &today);

    QString text() const; // the complaint itself ("klacht.txt")
    // Writes klacht.txt and the attachments into `directory` (made if needed), each file
    // atomically. An existing file is replaced; nothing else in the folder is touched.
    Result<void> writeTo(const QString &directory) const;
    QByteArray sha256() const; // of text() and the attachments, for the history
};
