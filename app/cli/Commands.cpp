#include "Commands.h"

#include <QCoreApplication>

namespace {
// One line per command; add yours here. The summaries are translated when --help prints them.
const Command kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("roer-cli", "create a new vault"), runInit},
    {"status", QT_TRANSLATE_NOOP("roer-cli", "show where the vault is and how it is unlocked"),
     runStatus},
    {"retailer",
     QT_TRANSLATE_NOOP("roer-cli",
                       "add, list, rename, remove, link or refresh retailers "
                       "(add|list|rename|remove|directory|link|unlink|refresh)"),
     runRetailer},
    {"import",
     QT_TRANSLATE_NOOP("roer-cli",
                       "import export files of a retailer: import --retailer NAME FILE..."),
     runImport},
    {"data",
     QT_TRANSLATE_NOOP("roer-cli",
                       "show the latest imported data of a retailer: data --retailer NAME --json"),
     runData},
    {"explain",
     QT_TRANSLATE_NOOP("roer-cli",
                       "explain what a retailer knows about you (--retailer NAME [--json])"),
     runExplain},
    {"consent",
     QT_TRANSLATE_NOOP("roer-cli", "set, list or show the history of your consent choices"),
     runConsent},
    {"outbox", QT_TRANSLATE_NOOP("roer-cli", "list or send the decisions waiting for delivery"),
     runOutbox},
    {"vault",
     QT_TRANSLATE_NOOP("roer-cli",
                       "change how the vault opens (passphrase|recovery-code|keychain)"),
     runVault},
    {"request",
     QT_TRANSLATE_NOOP("roer-cli",
                       "rights requests: "
                       "new|list|show|mark-sent|answer|cancel|history|letter|complaint|calendar"),
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
                    .arg(QCoreApplication::translate("roer-cli", c.summary));
    return text;
}
