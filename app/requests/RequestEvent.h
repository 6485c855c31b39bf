#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One fact in the history of a rights request: made, letter made, sent, received by the
// retailer, extended, completed, refused, result stored, reminder made, complaint made,
// stopped. Events are append-only and hash-chained per retailer exactly like consent records
// (ConsentRecord): hash = sha256(canonicalJson() + previousHash), the first previous hash is
// 64 zeros. So the history can be shown to the shop or the Autoriteit Persoonsgegevens as
// proof, and any later edit, removal or reordering is found (RequestHistoryVerifier).
struct RequestEvent
{
    static constexpr const char *kSchema = "roer.request-event/1";

    // What happened. Stable ids: they are hashed into the history.
    static constexpr const char *kCreated = "created";
    static constexpr const char *kLetterMade = "letter_made";
    static constexpr const char *kSent = "sent";
    static constexpr const char *kDelivered = "delivered"; // the retailer's API took it
    static constexpr const char *kStatus = "status";       // the retailer's answer
    static constexpr const char *kResultStored = "result_stored";
    static constexpr const char *kReminderMade = "reminder_made";
    static constexpr const char *kComplaintMade = "complaint_made";
    static constexpr const char *kCancelled = "cancelled";

    QString eventId;
    QString requestId;
    QString previousEventId; // the event before this one of the same request, or empty
    QDateTime time;          // UTC, milliseconds
    qint64 retailerId = 0;   // local only; not part of the canonical form
    QString controllerName;
    QString controllerWebsite;
    QString kind;     // Requests::kindId
    QString delivery; // "api" or "letter"
    QString event;    // one of the ids above
    QString status;   // Requests::statusId after the event
    QString source;   // who says so: "customer", "retailer-api", "roer"
    QJsonObject details;

    QByteArray previousHash; // hex
    QByteArray hash;         // hex

    QByteArray canonicalJson() const;
    QJsonObject toJson() const; // canonical fields plus the two hashes
    static bool fromCanonicalJson(const QByteArray &json, RequestEvent &out);
};
