#include "Commands.h"

namespace {
// One line per command; add yours here.
const Command kCommands[] = {
    {"init", "create a new vault", runInit},
    {"status", "show where the vault is and how it is unlocked", runStatus},
    {"retailer",
     "add, list, rename, remove or link retailers (add|list|rename|remove|directory|link)",
     runRetailer},
    {"import", "import export files of a retailer: import --retailer NAME FILE...", runImport},
    {"data", "show the latest imported data of a retailer: data --retailer NAME --json", runData},
    {"explain", "explain what a retailer knows about you (--retailer NAME [--json])", runExplain},
    {"consent", "set, list or show the history of your consent choices", runConsent},
    {"outbox", "list or send the decisions waiting for delivery", runOutbox},
    {"vault", "change how the vault opens (passphrase|recovery-code|keychain)", runVault},
    {"request",
     "rights requests: new|list|show|mark-sent|answer|cancel|history|letter|complaint|calendar",
     runRequest},
};
} // namespace

const Command *findCommand(const QString &name)
{
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QString commandHelp()
{
    QString text;
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(c.name), -10)
                    .arg(QLatin1String(c.summary));
    return text;
}
