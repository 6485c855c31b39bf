#pragma once

#include <QJsonArray>
#include <QJsonObject>

// The invented shop "Zandbak Winkels": its purposes, customers, the consents it recorded itself
// and what it holds about each customer. Every name, address and number is made up.
namespace SandboxSeed {
QJsonObject retailer();      // {"id", "name", "country", "privacy_contact", "privacy_policy"}
QJsonArray purposes();       // protocol Purpose objects
QJsonObject customers();     // customer id -> {"name", "datasets": [...], "consents": [...]}
QString defaultCustomerId(); // "c-1001"
// The answers to an access request besides the data (GDPR Art. 15(1)(a)-(h) and 15(2)),
// per item per language, as in the protocol's "access_information".
QJsonObject accessInformation();
} // namespace SandboxSeed
