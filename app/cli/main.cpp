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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Roer command line\n\nCommands:\n")
                                     + commandHelp());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption vaultOption(QStringLiteral("vault"), QStringLiteral("Vault folder."),
                                         QStringLiteral("DIR"), VaultPaths::defaultDirectory());
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language: nl or en."),
                                        QStringLiteral("nl|en"));
    const QCommandLineOption passOption(QStringLiteral("passphrase-file"),
                                        QStringLiteral("Read the vault passphrase from FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption recoveryOption(
        QStringLiteral("recovery-code-file"),
        QStringLiteral("Open the vault with the recovery code in FILE (when the keychain or the "
                       "passphrase fails)."),
        QStringLiteral("FILE"));
    parser.addOptions({vaultOption, langOption, passOption, recoveryOption});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
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

    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = QLocale::system().name().startsWith(QLatin1String("nl")) ? QStringLiteral("nl")
                                                                            : QStringLiteral("en");
    if (language != QLatin1String("nl") && language != QLatin1String("en")) {
        std::fprintf(stderr, "roer-cli: --lang takes nl or en\n");
        return CliContext::Usage;
    }
    installLanguage(app, language);

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
