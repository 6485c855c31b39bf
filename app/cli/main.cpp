// roer-cli: the command-line companion. Same vault and core as the GUI, no display needed.
#include "CliContext.h"
#include "Commands.h"
#include "core/Bootstrap.h"
#include "vault/VaultPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>

namespace {

// --lang nl, --lang=nl, or the system's language; read before the parser exists.
QString languageFrom(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
        if (a == QLatin1String("--vault") || a == QLatin1String("--passphrase-file")
            || a == QLatin1String("--recovery-code-file")) {
            ++i; // its value
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            break; // the command: what follows is its own
    }
    return QLocale::system().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl")
                                                                    : QStringLiteral("en");
}

void installLanguage(QCoreApplication &app, const QString &language)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/roer_%1.qm").arg(language)))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    Bootstrap::disableCoreDumps();
    QCoreApplication app(argc, argv);
    // stderr carries exactly one line on failure; logs only when asked (ROER_LOG=1).
    if (!qEnvironmentVariableIsSet("ROER_LOG"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("Roer"));
    QCoreApplication::setApplicationName(QStringLiteral("Roer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROER_VERSION));

    // The language before the parser, so that --help is already in the customer's language.
    const QString language = languageFrom(QCoreApplication::arguments());
    if (language != QLatin1String("nl") && language != QLatin1String("en")) {
        std::fprintf(stderr, "roer-cli: --lang takes nl or en\n");
        return CliContext::Usage;
    }
    installLanguage(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("roer-cli", "Roer command line") + QStringLiteral("\n\n")
        + QCoreApplication::translate("roer-cli", "Commands:") + QLatin1Char('\n') + commandHelp());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QCoreApplication::translate("roer-cli", "Vault folder."),
                                         QStringLiteral("DIR"), VaultPaths::defaultDirectory());
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("roer-cli",
                                                                    "Language: nl or en."),
                                        QStringLiteral("nl|en"));
    const QCommandLineOption
        passOption(QStringLiteral("passphrase-file"),
                   QCoreApplication::translate("roer-cli", "Read the vault passphrase from FILE."),
                   QStringLiteral("FILE"));
    const QCommandLineOption recoveryOption(
        QStringLiteral("recovery-code-file"),
        QCoreApplication::translate(
            "roer-cli",
            "Open the vault with the recovery code in FILE (when the keychain or the "
            "passphrase fails)."),
        QStringLiteral("FILE"));
    parser.addOptions({vaultOption, langOption, passOption, recoveryOption});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("roer-cli", "What to do."));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "roer-cli: %s\n", qPrintable(parser.errorText()));
        return CliContext::Usage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        // The version and where the project lives (cmake/RoerIdentity.cmake).
        std::printf("roer-cli %s\n%s\n", ROER_VERSION, ROER_HOMEPAGE);
        return CliContext::Ok;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Give a command. See roer-cli --help."));
    const QString name = positional.takeFirst();
    const Command *command = findCommand(name);
    if (!command)
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Unknown command: %1. See roer-cli --help.")
                .arg(name));

    CliContext context(parser.value(vaultOption), parser.value(passOption),
                       parser.value(recoveryOption));
    context.setLanguage(language);
    return command->run(context, positional);
}
