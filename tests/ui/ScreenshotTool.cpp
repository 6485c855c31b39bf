// Renders the main screens offscreen, in Dutch and English, to PNG files:
//   roer_screenshots OUTPUT_DIR     (or: cmake --build build --target screenshots)
// It drives the real widgets with a throw-away vault, so what you see is what runs.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "Style.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace UiTestSupport;

namespace {

bool save(QWidget &window, const QString &dir, const QString &language, const QString &name)
{
    QTest::qWait(150); // let layouts and style polish settle
    const QString file = QDir(dir).filePath(language + QLatin1Char('-') + name
                                            + QStringLiteral(".png"));
    if (!window.grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

bool renderLanguage(const QString &out, const QString &language)
{
    QTemporaryDir vaultDir;
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(language);
    VaultManager manager(vaultDir.filePath(QStringLiteral("vault")));
    QElapsedTimer clock;
    clock.start();
    MainWindow window(&manager, &languages);
    window.resize(1024, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    std::printf("%s: main window built and shown in %lld ms\n", qPrintable(language),
                clock.elapsed());

    bool ok = save(window, out, language, QStringLiteral("setup-1-language"));
    QTest::mouseClick(child<QPushButton>(&window, "nextButton"), Qt::LeftButton);
    ok &= save(window, out, language, QStringLiteral("setup-2-about"));
    QTest::mouseClick(child<QPushButton>(&window, "nextButton"), Qt::LeftButton);
    ok &= save(window, out, language, QStringLiteral("setup-3-unlock"));
    press(child<QRadioButton>(&window, "methodPassphrase"));
    QTest::keyClicks(child<QLineEdit>(&window, "newPassphrase"), QStringLiteral("sample passphrase"));
    QTest::keyClicks(child<QLineEdit>(&window, "confirmPassphrase"), QStringLiteral("sample passphrase"));
    ok &= save(window, out, language, QStringLiteral("setup-3-passphrase"));

    const QString code = [&] {
        clock.restart();
        QTest::mouseClick(child<QPushButton>(&window, "nextButton"), Qt::LeftButton);
        auto *label = window.findChild<QWidget *>(QStringLiteral("recoveryCode"));
        waitFor([label] { return label->isVisible(); });
        std::printf("%s: passphrase vault created (key derivation included) in %lld ms\n",
                    qPrintable(language), clock.elapsed());
        return window.findChild<QLabel *>(QStringLiteral("recoveryCode"))->text();
    }();
    ok &= save(window, out, language, QStringLiteral("setup-4-recovery-code"));
    if (!confirmRecoveryAndFinish(window, code))
        return false;
    ok &= save(window, out, language, QStringLiteral("main-overview"));
    window.workspace()->showSection(WorkspaceView::Consents);
    ok &= save(window, out, language, QStringLiteral("main-consents"));
    window.workspace()->showSection(WorkspaceView::Settings);
    ok &= save(window, out, language, QStringLiteral("settings"));

    manager.lock();
    ok &= save(window, out, language, QStringLiteral("unlock"));
    QTest::keyClicks(child<QLineEdit>(&window, "unlockField"), QStringLiteral("wrong"));
    QTest::keyClick(child<QLineEdit>(&window, "unlockField"), Qt::Key_Return);
    waitFor([&] { return window.findChild<QWidget *>(QStringLiteral("unlockError"))->isVisible(); });
    ok &= save(window, out, language, QStringLiteral("unlock-wrong-passphrase"));
    QTest::mouseClick(child<QPushButton>(&window, "switchModeButton"), Qt::LeftButton);
    ok &= save(window, out, language, QStringLiteral("unlock-recovery-code"));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: roer_screenshots OUTPUT_DIR\n");
        return 1;
    }
    QTemporaryDir settings;
    isolateSettings(settings.path());
    app.setStyleSheet(Style::applicationStyleSheet());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/roer.svg")));
    QDir().mkpath(args.at(1));
    bool ok = true;
    for (const QString &language : LanguageManager::supportedLanguages())
        ok &= renderLanguage(args.at(1), language);
    return ok ? 0 : 2;
}
