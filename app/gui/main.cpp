#include "LanguageManager.h"
#include "MainWindow.h"
#include "Style.h"
#include "core/Bootstrap.h"
#include "vault/VaultManager.h"
#include "vault/VaultPaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    Bootstrap::disableCoreDumps();
    // Answered before QApplication exists, so it works without a display (packaging checks).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("Roer %s\n%s\n", ROER_VERSION, ROER_HOMEPAGE);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Roer"));
    QApplication::setOrganizationName(QStringLiteral("Roer"));
    QApplication::setApplicationVersion(QStringLiteral(ROER_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Roer"));
    QApplication::setDesktopFileName(QStringLiteral(ROER_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/roer.svg")));

    // The language first, so that --help is already in the customer's language.
    LanguageManager languages;
    languages.setLanguage(LanguageManager::storedOrDefault(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Your own encrypted copy of what shops know about you."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption
        vaultOption(QStringLiteral("vault"),
                    QCoreApplication::translate("main", "Use the vault in folder <dir>."),
                    QCoreApplication::translate("main", "dir"));
    const QCommandLineOption
        langOption(QStringLiteral("lang"),
                   QCoreApplication::translate("main", "Show Roer in this language: nl or en."),
                   QStringLiteral("nl|en"));
    parser.addOption(vaultOption);
    parser.addOption(langOption);
    parser.process(app);

    if (parser.isSet(langOption) && !languages.setLanguage(parser.value(langOption), false)) {
        parser.showHelp(1);
    }

    const QString directory = parser.isSet(vaultOption)
        ? QDir(parser.value(vaultOption)).absolutePath()
        : VaultPaths::defaultDirectory();
    app.setStyleSheet(Style::applicationStyleSheet());

    VaultManager manager(directory);
    MainWindow window(&manager, &languages);
    window.show();
    const int status = QApplication::exec();
    manager.lock();
    return status;
}
