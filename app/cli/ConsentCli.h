#pragma once

#include "consent/RetailerInfo.h"
#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

class CliContext;
class Vault;

// Shared by the consent, outbox and retailer-link commands of roer-cli.
namespace ConsentCli {

// "--name value" pairs and bare flags. Unknown options are a usage error.
struct Options
{
    QHash<QString, QString> values;
    QStringList flags;
    QStringList positional;
    QString error; // translated; empty when fine
    QString value(const QString &name) const { return values.value(name); }
    bool has(const QString &name) const { return flags.contains(name) || values.contains(name); }
};
Options parse(const QStringList &arguments, const QStringList &valueOptions,
              const QStringList &flagOptions);

// Looks the retailer up by name; prints the error and returns nullopt if unknown.
Result<RetailerInfo> retailer(Vault &vault, const QString &name);

// Runs a local event loop until `finished` says so or the time is up; false on timeout.
bool waitUntil(const std::function<bool()> &finished, int timeoutMs);

// Fetches and stores the purposes of a linked retailer (needs the keychain for the token).
Result<void> refreshPurposes(Vault &vault, const RetailerInfo &retailer);

} // namespace ConsentCli
