#pragma once

#include <QString>

#include <optional>

// The vocabulary of a rights request (GDPR Chapter III). Identifiers are stable: they appear
// in the vault, the request history, the protocol (docs/protocol §7) and roer-cli's JSON.
namespace Requests {

enum class Kind {
    Access,        // Art. 15: a copy of the data and the Art. 15(1)(a)-(h) information
    Erasure,       // Art. 17 (optionally with Art. 7(3) withdrawal and an Art. 21 objection)
    Objection,     // Art. 21: direct marketing (absolute, 21(3)) or profiling / own interest
    Rectification, // Art. 16, with the Art. 19 notice to recipients
    Restriction,   // Art. 18
    Portability,   // Art. 20: the data the customer gave, machine-readable
};

// Where a request is. "Late" is not a status: it follows from the deadline and today.
enum class Status {
    Waiting,    // committed, on its way to the retailer's API (the outbox)
    LetterMade, // a letter or e-mail was made; the customer has not said it was sent
    Sent,       // the customer sent the letter or e-mail
    Received,   // the retailer confirmed it has the request
    InProgress, // the retailer is working on it
    Extended,   // the retailer took more time (Art. 12(3): up to two more months)
    Completed,  // done
    Refused,    // the retailer said no (with its reason)
    Cancelled,  // the customer stopped it
};

enum class Delivery { Api, Letter };

// How the customer sent a letter. Post arrives later, so the deadline starts later.
enum class SentBy { Email, Post, WebForm, Api };

// What an objection is against.
enum class ObjectTo { Nothing, DirectMarketing, Profiling, Both };

QString kindId(Kind kind); // "access", "erasure", ...
std::optional<Kind> kindFromId(const QString &id);
QString kindArticle(Kind kind); // "15", "17", ...
QString kindLabel(Kind kind);   // translated: "A copy of your data"
QString kindHelp(Kind kind);    // translated: one or two short sentences

QString statusId(Status status); // "waiting", "letter_made", ...
std::optional<Status> statusFromId(const QString &id);
QString statusLabel(Status status); // translated
// Still open: the retailer has to act (or the customer has to send it).
bool isOpen(Status status);
// The deadline runs: the retailer has (or should have) the request.
bool deadlineRuns(Status status);

QString deliveryId(Delivery delivery); // "api", "letter"
std::optional<Delivery> deliveryFromId(const QString &id);

QString sentById(SentBy by); // "email", "post", "web_form", "api"
std::optional<SentBy> sentByFromId(const QString &id);
QString sentByLabel(SentBy by);

QString objectToId(ObjectTo what); // "", "direct_marketing", "profiling", "both"
std::optional<ObjectTo> objectToFromId(const QString &id);

} // namespace Requests
