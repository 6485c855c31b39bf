#pragma once

#include <QString>
#include <QStringList>

class CliContext;

// A roer-cli command: gets the arguments after its name, returns the exit code.
using CommandFunction = int (*)(CliContext &context, const QStringList &arguments);

struct Command
{
    const char *name;
    const char *summary; // English, for --help; the commands' messages are translated
    CommandFunction run;
};

// All commands, in --help order.
const Command *findCommand(const QString &name);
QString commandHelp();

int runInit(CliContext &context, const QStringList &arguments);
int runStatus(CliContext &context, const QStringList &arguments);
int runRetailer(CliContext &context, const QStringList &arguments);
int runImport(CliContext &context, const QStringList &arguments);
int runData(CliContext &context, const QStringList &arguments);
int runExplain(CliContext &context, const QStringList &arguments);
int runConsent(CliContext &context, const QStringList &arguments);
int runOutbox(CliContext &context, const QStringList &arguments);
int runVault(CliContext &context, const QStringList &arguments);
int runRequest(CliContext &context, const QStringList &arguments);
// `retailer link NAME` (the consent module's part of the shared `retailer` word).
int runRetailerLink(CliContext &context, const QStringList &arguments);
// `retailer refresh NAME` and `retailer unlink NAME` (consent module).
int runRetailerRefresh(CliContext &context, const QStringList &arguments);
int runRetailerUnlink(CliContext &context, const QStringList &arguments);
