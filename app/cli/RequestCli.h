#pragma once

#include "core/Result.h"
#include "requests/RightsRequest.h"

#include <QString>
#include <QStringList>

class CliContext;
class Vault;

// Shared by the `request` commands of roer-cli (CommandRequest*.cpp).
namespace RequestCli {
// "Unknown argument" / the parser's own message, as a usage error.
int usageFor(const QString &parseError, const QStringList &positional, const char *use);
QDate today();
// The request named by the first positional argument (an id or its first characters).
Result<RightsRequest> request(Vault &vault, const QStringList &positional);
// One line per request for the plain output.
QString line(const RightsRequest &request, const QDate &today);
} // namespace RequestCli

int runRequestLetter(CliContext &context, Vault &vault, const QStringList &arguments);
int runRequestComplaint(CliContext &context, Vault &vault, const QStringList &arguments);
int runRequestCalendar(CliContext &context, Vault &vault, const QStringList &arguments);
