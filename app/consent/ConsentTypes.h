#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// The vocabulary of a consent decision. Identifiers are stable and follow W3C DPV where DPV
// has a term (consent states, legal bases); they appear in records, the protocol and JSON.
namespace Consent {

// dpv:ConsentGiven, dpv:ConsentRefused, dpv:ConsentWithdrawn, dpv:ConsentExpired,
// dpv:ConsentUnknown
enum class State { Given, Refused, Withdrawn, Expired, Unknown };

enum class Place { Anywhere, InStore, Online };

// Where a decision is in its delivery to the retailer.
enum class Delivery {
    Waiting,        // committed, not sent yet (or will be retried)
    Sent,           // sent, no receipt yet
    Confirmed,      // the retailer sent a receipt
    Refused,        // the retailer refused it for good
    NeedsAttention, // the customer has to look at it
    ByLetter,       // no API: the customer sends a letter or e-mail
};

QString stateId(State state);  // "given", ...
QString stateDpv(State state); // "dpv:ConsentGiven", ...
std::optional<State> stateFromId(const QString &id);
QString stateLabel(State state); // translated

QString placeId(Place place);                        // "anywhere", "in_store", "online"
std::optional<Place> placeFromId(const QString &id); // also accepts "in-store"
QString placeLabel(Place place);

QString deliveryId(
    Delivery delivery); // "waiting", "sent", "confirmed", "refused", "needs_attention", "by_letter"
std::optional<Delivery> deliveryFromId(const QString &id);
QString deliveryLabel(Delivery delivery);

// Channels: "email", "sms", "phone", "post", "app", "in_store".
const QStringList &allChannels();
bool isChannel(const QString &id);
QString channelLabel(const QString &id);
// Sorted, without duplicates; nullopt when one is unknown.
std::optional<QStringList> normaliseChannels(const QStringList &ids);

// Legal bases as DPV ids: "dpv:Consent", "dpv:Contract", "dpv:LegitimateInterest",
// "dpv:LegalObligation". Short forms ("consent", "legitimate_interest", ...) are accepted.
QString normaliseLegalBasis(const QString &basis);
QString legalBasisLabel(const QString &basis);

// The context in which a decision holds.
struct Context
{
    QDate until; // invalid: no end date
    Place place = Place::Anywhere;
    bool whileUsingApp = false;

    bool operator==(const Context &) const = default;
};

} // namespace Consent
