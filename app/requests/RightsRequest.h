#pragma once

#include "RequestDetails.h"
#include "RequestTypes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One rights request of the customer to one retailer, as kept in the vault (rights_request).
// Its history (what happened when) is the hash-chained RequestEvent list.
struct RightsRequest
{
    QString id; // UUID without braces; also the request_id of the protocol
    qint64 retailerId = 0;
    QString retailerName;    // filled in when read
    QString retailerWebsite; // filled in when read
    Requests::Kind kind = Requests::Kind::Access;
    Requests::Delivery delivery = Requests::Delivery::Letter;
    QString language = QStringLiteral("en"); // of the letter: "nl" or "en"
    RequestDetails details;
    Requests::Status status = Requests::Status::LetterMade;
    // The retailer's reason for a refusal or an extension, per language ("nl", "en"); a
    // reason the customer typed in from a letter is stored under its language.
    QJsonObject reason;
    QDateTime createdAt;
    QDate sentOn;
    std::optional<Requests::SentBy> sentBy;
    QDate receivedOn; // the day the retailer got it: the deadline counts from here
    QDate dueOn;      // one month (Art. 12(3))
    QDate extendedDueOn;
    QDate extensionNoticeOn;       // when the retailer said it needs more time
    QDateTime closedAt;            // completed, refused or cancelled
    qint64 resultSnapshotId = 0;   // access/portability: the copy, stored as a snapshot
    QJsonObject accessInformation; // access: the Art. 15(1) answers of the retailer
    QDateTime letterMadeAt;
    QDateTime reminderMadeAt;
    QDateTime complaintMadeAt;
    QDateTime updatedAt;

    // The deadline that holds now: the extended one when the extension counts.
    QDate deadline() const;
    bool extensionCounts() const;
    bool isLate(const QDate &today) const;
    // The retailer's reason in `language`, falling back to any other.
    QString reasonText(const QString &wanted) const;
    QJsonObject toJson(const QDate &today, const QString &uiLanguage) const;
};
