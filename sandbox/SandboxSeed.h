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
} // namespace SandboxSeed
