// Helper of TestKeychainFaults (not a product binary): the real main window on a keychain
// vault, offscreen, in the keyring state the test made. It presses Unlock, prints what the
// customer reads, then takes the way forward with the recovery code and prints where that
// leads. Runs in its own process because libsecret keeps one Secret Service connection per
// process.
//   keychain_unlock_probe VAULT_DIR nl|en TIMEOUT_MS RECOVERY_CODE_FILE
// Output lines: "error <text>", "recovery unlocked", "status <text>", "keychain-button <0|1>".
//   keychain_unlock_probe --create VAULT_DIR TIMEOUT_MS
// Creates a keychain vault as setup does; prints "created" or "create-failed <text>", then
// stays (event loop running) until a line arrives on stdin, so a keychain job that finishes
// late still finishes in this process.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace UiTestSupport;

namespace {
void print(const char *what, const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::printf("%s %s\n", what, line.toUtf8().constData());
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--create")) {
        VaultManager manager(args.at(2));
        manager.setKeychainTimeoutMs(args.at(3).toInt());
        bool done = false;
        manager.createWithKeychain([&](Result<QString> r) {
            print(r ? "created" : "create-failed", r ? QString() : r.error().message);
            done = true;
        });
        waitFor([&] { return done; }, args.at(3).toInt() + 10000);
        QSocketNotifier input(0, QSocketNotifier::Read);
        bool quit = false;
        QObject::connect(&input, &QSocketNotifier::activated, &app, [&] { quit = true; });
        waitFor([&] { return quit; }, 60000);
        manager.lock();
        return done ? 0 : 3;
    }
    if (args.size() != 5)
        return 1;
    QTemporaryDir settings;
    isolateSettings(settings.path());
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(args.at(2), false);
    VaultManager manager(args.at(1));
    manager.setKeychainTimeoutMs(args.at(3).toInt());
    MainWindow window(&manager, &languages);
    window.resize(1100, 760);
    window.show();

    auto *error = child<QLabel>(&window, "unlockError");
    auto *unlock = child<QPushButton>(&window, "unlockButton");
    if (!error || !unlock)
        return 2;
    QTest::mouseClick(unlock, Qt::LeftButton);
    const int wait = args.at(3).toInt() + 10000;
    if (!waitFor([&] { return error->isVisible() || manager.vault(); }, wait))
        return 3;
    if (manager.vault()) {
        print("unlocked", QStringLiteral("with the keychain"));
        return 0;
    }
    print("error", error->text());

    QFile codeFile(args.at(4));
    if (!codeFile.open(QIODevice::ReadOnly))
        return 4;
    const QString code = QString::fromUtf8(codeFile.readAll()).trimmed();
    QTest::mouseClick(child<QPushButton>(&window, "switchModeButton"), Qt::LeftButton);
    auto *field = child<QLineEdit>(&window, "unlockField");
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
    if (!waitFor([&] { return manager.vault() != nullptr; }, 20000))
        return 5;
    print("recovery", QStringLiteral("unlocked"));
    auto *status = child<QLabel>(&window, "settingsStatus");
    auto *useKeychain = child<QPushButton>(&window, "useKeychainButton");
    waitFor([&] { return status && status->isVisible(); }, 5000);
    print("status", status && status->isVisible() ? status->text() : QString());
    print("keychain-button",
          useKeychain && useKeychain->isVisible() ? QStringLiteral("1") : QStringLiteral("0"));
    manager.lock();
    return 0;
}
