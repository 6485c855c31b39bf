#include "SandboxSeed.h"

#include <QJsonDocument>

namespace {

// Kept as JSON text so retailers reading this reference see the wire format directly.
const char kPurposes[] = R"JSON([
 {"id": "order-delivery", "dpv_purpose": "dpv:DeliveryOfGoods",
  "title": {"nl": "Je bestelling bezorgen", "en": "Delivering your order"},
  "description": {"nl": "We gebruiken je naam en adres om je bestelling te bezorgen. We sturen je berichten over de bezorging.",
                  "en": "We use your name and address to deliver your order. We send you messages about the delivery."},
  "legal_basis": "dpv:Contract",
  "data_categories": ["pd:Name", "pd:PostalAddress", "pd:EmailAddress", "pd:TelephoneNumber"],
  "retention": "P1Y", "channels": ["email", "sms"], "needed_for_contract": true},
 {"id": "direct-marketing", "dpv_purpose": "dpv:DirectMarketing",
  "title": {"nl": "Aanbiedingen en nieuws", "en": "Offers and news"},
  "description": {"nl": "We sturen je aanbiedingen en nieuws over onze winkels.",
                  "en": "We send you offers and news about our shops."},
  "legal_basis": "dpv:Consent",
  "data_categories": ["pd:Name", "pd:EmailAddress", "pd:TelephoneNumber", "pd:PostalAddress", "pd:PurchasesAndSpendingHabit"],
  "retention": "P2Y", "channels": ["email", "sms", "post"], "needed_for_contract": false},
 {"id": "personalised-ads", "dpv_purpose": "dpv:PersonalisedAdvertising",
  "title": {"nl": "Advertenties die bij je passen", "en": "Adverts that suit you"},
  "description": {"nl": "We kiezen advertenties op onze website en in de app op basis van wat je koopt en bekijkt.",
                  "en": "We choose adverts on our website and in the app based on what you buy and view."},
  "legal_basis": "dpv:LegitimateInterest",
  "data_categories": ["pd:BrowsingBehavior", "pd:PurchasesAndSpendingHabit"],
  "retention": "P1Y", "channels": ["app"], "needed_for_contract": false},
 {"id": "product-recommendations", "dpv_purpose": "dpv:ProvidePersonalisedRecommendations",
  "title": {"nl": "Tips voor producten", "en": "Product tips"},
  "description": {"nl": "We geven je tips voor producten op basis van je eerdere aankopen.",
                  "en": "We give you product tips based on what you bought before."},
  "legal_basis": "dpv:Consent",
  "data_categories": ["pd:PurchasesAndSpendingHabit", "pd:Preference"],
  "retention": "P1Y", "channels": ["email", "app", "in_store"], "needed_for_contract": false},
 {"id": "store-visit-analytics", "dpv_purpose": "dpv:Marketing",
  "title": {"nl": "Winkelbezoek meten", "en": "Measuring store visits"},
  "description": {"nl": "Onze app ziet wanneer je in een winkel bent. Zo passen we aanbiedingen aan.",
                  "en": "Our app sees when you are in one of our shops. We use this to adjust offers."},
  "legal_basis": "dpv:Consent",
  "data_categories": ["pd:Location", "pd:BehavioralData"],
  "retention": "P6M", "channels": ["app", "in_store"], "needed_for_contract": false},
 {"id": "fraud-prevention", "dpv_purpose": "dpv:FraudPreventionAndDetection",
  "title": {"nl": "Fraude voorkomen", "en": "Preventing fraud"},
  "description": {"nl": "We controleren betalingen om fraude te voorkomen.",
                  "en": "We check payments to prevent fraud."},
  "legal_basis": "dpv:LegitimateInterest",
  "data_categories": ["pd:PaymentCardNumber", "pd:IPAddress", "pd:PurchasesAndSpendingHabit"],
  "retention": "P2Y", "channels": [], "needed_for_contract": false},
 {"id": "invoice-records", "dpv_purpose": "dpv:LegalCompliance",
  "title": {"nl": "Facturen bewaren", "en": "Keeping invoices"},
  "description": {"nl": "De wet zegt dat we facturen zeven jaar moeten bewaren.",
                  "en": "The law says we must keep invoices for seven years."},
  "legal_basis": "dpv:LegalObligation",
  "data_categories": ["pd:Name", "pd:PostalAddress", "pd:PurchasesAndSpendingHabit"],
  "retention": "P7Y", "channels": [], "needed_for_contract": true}
])JSON";

const char kCustomers[] = R"JSON({
 "c-1001": {
  "name": "Anna de Vries",
  "consents": [
   {"purpose_id": "direct-marketing", "state": "given", "channels": ["email"],
    "context": {"until": null, "where": "anywhere", "while_using_app": false},
    "decided_at": "2025-06-01T10:15:00Z", "updated_at": "2025-06-01T10:15:02Z",
    "record_id": "5b0e6a44-1c1e-4bb5-9d55-2f4a3c1b8e01", "source": "retailer"}
  ],
  "datasets": [
   {"id": "profile", "title": {"nl": "Je gegevens", "en": "Your details"},
    "purposes": ["order-delivery", "direct-marketing"],
    "data_categories": ["pd:Name", "pd:EmailAddress", "pd:TelephoneNumber", "pd:DateOfBirth"], "retention": "P1Y",
    "records": [{"name": "Anna de Vries", "email": "anna@example.invalid", "phone": "+31 6 00000001", "birth_date": "1990-04-12"}]},
   {"id": "addresses", "title": {"nl": "Je adressen", "en": "Your addresses"},
    "purposes": ["order-delivery"], "data_categories": ["pd:PostalAddress"], "retention": "P1Y",
    "records": [{"label": "home", "street": "Voorbeeldstraat 1", "postcode": "1234 AB", "city": "Utrecht", "country": "NL"}]},
   {"id": "orders", "title": {"nl": "Je bestellingen", "en": "Your orders"},
    "purposes": ["order-delivery", "invoice-records"],
    "data_categories": ["pd:PurchasesAndSpendingHabit", "pd:PostalAddress"], "retention": "P7Y",
    "records": [
     {"order_id": "Z-2025-000123", "ordered_at": "2025-06-01T10:12:00Z", "total_eur": 42.5, "items": 3, "delivery_address": "Voorbeeldstraat 1, 1234 AB Utrecht"},
     {"order_id": "Z-2025-000456", "ordered_at": "2025-09-14T18:40:00Z", "total_eur": 12.95, "items": 1, "delivery_address": "Voorbeeldstraat 1, 1234 AB Utrecht"}]},
   {"id": "loyalty", "title": {"nl": "Je klantenkaart", "en": "Your loyalty card"},
    "purposes": ["direct-marketing"], "data_categories": ["pd:PurchasesAndSpendingHabit"], "retention": "P2Y",
    "records": [{"card_number": "2900000000017", "points": 340, "member_since": "2021-03-02"}]},
   {"id": "marketing_segments", "title": {"nl": "Groepen waar we je in plaatsen", "en": "Groups we put you in"},
    "purposes": ["personalised-ads"], "data_categories": ["pd:Preference", "pd:PurchasesAndSpendingHabit"], "retention": "P1Y",
    "records": [{"segment": "young-family", "assigned_at": "2025-07-01T00:00:00Z"}, {"segment": "eco-shopper", "assigned_at": "2025-10-01T00:00:00Z"}]},
   {"id": "store_visits", "title": {"nl": "Je winkelbezoeken", "en": "Your store visits"},
    "purposes": ["store-visit-analytics"], "data_categories": ["pd:Location"], "retention": "P6M",
    "records": [{"store": "Utrecht Centrum", "entered_at": "2025-10-04T11:02:00Z", "minutes": 23}, {"store": "Zeist", "entered_at": "2025-10-18T15:47:00Z", "minutes": 9}]},
   {"id": "app_events", "title": {"nl": "Wat je in de app deed", "en": "What you did in the app"},
    "purposes": ["personalised-ads", "product-recommendations"], "data_categories": ["pd:BrowsingBehavior"], "retention": "P1Y",
    "records": [{"event": "viewed_product", "product": "Kinderfiets 16 inch", "at": "2025-10-20T20:11:00Z"}]}
  ]
 },
 "c-1002": {
  "name": "Bram Jansen",
  "consents": [],
  "datasets": [
   {"id": "profile", "title": {"nl": "Je gegevens", "en": "Your details"},
    "purposes": ["order-delivery"], "data_categories": ["pd:Name", "pd:EmailAddress"], "retention": "P1Y",
    "records": [{"name": "Bram Jansen", "email": "bram@example.invalid", "phone": null, "birth_date": null}]},
   {"id": "orders", "title": {"nl": "Je bestellingen", "en": "Your orders"},
    "purposes": ["order-delivery", "invoice-records"], "data_categories": ["pd:PurchasesAndSpendingHabit"], "retention": "P7Y",
    "records": [{"order_id": "Z-2024-009876", "ordered_at": "2024-12-20T09:05:00Z", "total_eur": 199.0, "items": 2, "delivery_address": "Proefweg 22, 9876 ZY Groningen"}]}
  ]
 },
 "c-1003": {
  "name": "Chris Bakker",
  "consents": [
   {"purpose_id": "personalised-ads", "state": "refused", "channels": [],
    "context": {"until": null, "where": "anywhere", "while_using_app": false},
    "decided_at": "2025-03-10T14:00:00Z", "updated_at": "2025-03-10T14:00:00Z",
    "record_id": "0a4f2c1e-7b3d-4e5f-8a9b-1c2d3e4f5a6b", "source": "retailer"},
   {"purpose_id": "store-visit-analytics", "state": "given", "channels": ["app"],
    "context": {"until": "2025-12-31", "where": "in_store", "while_using_app": true},
    "decided_at": "2025-03-10T14:01:00Z", "updated_at": "2025-03-10T14:01:00Z",
    "record_id": "6c8e0a2b-4d6f-4a1b-9c3d-5e7f9a1b3c5d", "source": "retailer"}
  ],
  "datasets": [
   {"id": "profile", "title": {"nl": "Je gegevens", "en": "Your details"},
    "purposes": ["order-delivery"], "data_categories": ["pd:Name", "pd:EmailAddress"], "retention": "P1Y",
    "records": [{"name": "Chris Bakker", "email": "chris@example.invalid", "phone": "+31 6 00000003", "birth_date": null}]},
   {"id": "store_visits", "title": {"nl": "Je winkelbezoeken", "en": "Your store visits"},
    "purposes": ["store-visit-analytics"], "data_categories": ["pd:Location"], "retention": "P6M",
    "records": [{"store": "Amersfoort", "entered_at": "2025-11-02T10:30:00Z", "minutes": 41}]}
  ]
 }
})JSON";

// What the invented shop tells a customer who asks for access (docs/protocol §7).
const char kAccessInformation[] = R"JSON({
 "purposes": {"nl": "We gebruiken je gegevens om je bestelling te bezorgen, om facturen te bewaren, en met je toestemming voor aanbiedingen, tips en het meten van winkelbezoek. Voor fraudecontrole en advertenties beroepen we ons op ons eigen belang.",
              "en": "We use your data to deliver your order, to keep invoices, and with your consent for offers, tips and measuring store visits. For fraud checks and adverts we rely on our own interest."},
 "categories": {"nl": "Naam, adres, e-mailadres, telefoonnummer, geboortedatum, bestellingen, klantenkaart, winkelbezoeken en wat je in de app doet.",
                "en": "Name, address, e-mail address, phone number, date of birth, orders, loyalty card, store visits and what you do in the app."},
 "recipients": {"nl": "Bezorgdienst Pakketje B.V. (bezorging), Betaalhuis N.V. (betalingen). Niemand buiten de EU.",
                "en": "Pakketje B.V. (delivery), Betaalhuis N.V. (payments). Nobody outside the EU."},
 "retention": {"nl": "Facturen 7 jaar (wet). Bestellingen 1 jaar na bezorging. Winkelbezoeken 6 maanden. De rest 2 jaar na je laatste aankoop.",
               "en": "Invoices 7 years (by law). Orders 1 year after delivery. Store visits 6 months. The rest 2 years after your last purchase."},
 "rights": {"nl": "Je kunt vragen om inzage, verbetering, wissen, beperking en je gegevens in een bestand. Je kunt bezwaar maken.",
            "en": "You can ask for access, correction, erasure, restriction and your data in a file. You can object."},
 "complaint": {"nl": "Je kunt klagen bij de Autoriteit Persoonsgegevens.",
               "en": "You can complain to the Autoriteit Persoonsgegevens (the Dutch data protection authority)."},
 "source": {"nl": "Van jou, van je klantenkaart en uit onze app.",
            "en": "From you, from your loyalty card and from our app."},
 "automated_decisions": {"nl": "We nemen geen besluiten over je zonder mensen. We plaatsen je wel in groepen voor advertenties.",
                         "en": "We make no decisions about you without people. We do put you in groups for adverts."},
 "transfers": {"nl": "Je gegevens blijven in de EU.",
               "en": "Your data stays in the EU."}
})JSON";

} // namespace

namespace SandboxSeed {

QJsonObject accessInformation()
{
    return QJsonDocument::fromJson(QByteArray(kAccessInformation)).object();
}

QJsonObject retailer()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("zandbak")},
        {QStringLiteral("name"), QStringLiteral("Zandbak Winkels B.V. (sandbox)")},
        {QStringLiteral("country"), QStringLiteral("NL")},
        {QStringLiteral("privacy_contact"), QStringLiteral("privacy@zandbak.example")},
        {QStringLiteral("privacy_policy"),
         QJsonObject{{QStringLiteral("nl"), QStringLiteral("https://zandbak.example/privacy")},
                     {QStringLiteral("en"), QStringLiteral("https://zandbak.example/en/privacy")}}},
    };
}

QJsonArray purposes()
{
    return QJsonDocument::fromJson(QByteArray(kPurposes)).array();
}

QJsonObject customers()
{
    return QJsonDocument::fromJson(QByteArray(kCustomers)).object();
}

QString defaultCustomerId()
{
    return QStringLiteral("c-1001");
}

} // namespace SandboxSeed
