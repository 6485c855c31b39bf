// First run, end to end with real widgets and a real vault: the passphrase path and the
// keychain path (against the gnome-keyring that tests/run-headless starts).
#include "LanguageManager.h"
#include "MainWindow.h"
#include "RecoveryReminder.h"
#include "UiTestSupport.h"
#include "vault/VaultManager.h"
#include "vault/VaultPaths.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace UiTestSupport;

class TestSetupFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passphrasePath();
    void recoveryConfirmationNeedsTheWholeCode();
    void copyPutsTheCodeOnTheClipboard();
    void passphraseMustMatchAndBeLongEnough();
    void keychainPath();
    void keyboardOnly();

private:
    QTemporaryDir m_settings;
};

void TestSetupFlow::initTestCase()
{
    QVERIFY(m_settings.isValid());
    isolateSettings(m_settings.path());
}

void TestSetupFlow::passphrasePath()
{
    QTemporaryDir dir;
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(QStringLiteral("en"));
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    MainWindow window(&manager, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.view(), MainWindow::View::Setup);

    const QString code =
        setupWithPassphraseUntilRecovery(window, QStringLiteral("correct horse battery"));
    QVERIFY2(!code.isEmpty(), "the recovery code page was not reached");
    // Nothing goes on until the customer proves they wrote the code down.
    QCOMPARE(window.view(), MainWindow::View::Setup);
    QVERIFY(!child<QPushButton>(&window, "nextButton")->isEnabled());

    QVERIFY(confirmRecoveryAndFinish(window, code));
    QCOMPARE(manager.state(), VaultManager::State::Unlocked);
    QVERIFY(manager.vault());
    QVERIFY(QFile::exists(VaultPaths::databaseFile(manager.directory())));
    const auto descriptor = manager.descriptor();
    QVERIFY(descriptor);
    QCOMPARE(descriptor->unlock, VaultDescriptor::Unlock::Passphrase);
    QVERIFY(descriptor->recoveryConfirmed);
    QVERIFY(!window.recoveryReminder()->isVisible());
    // The recovery code is gone from the widgets once setup is over.
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("recoveryCode"))
            || window.findChild<QLabel *>(QStringLiteral("recoveryCode"))->text().isEmpty());
}

void TestSetupFlow::recoveryConfirmationNeedsTheWholeCode()
{
    QTemporaryDir dir;
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(QStringLiteral("en"));
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    MainWindow window(&manager, &languages);
    window.show();
    const QString code =
        setupWithPassphraseUntilRecovery(window, QStringLiteral("another fine passphrase"));
    QVERIFY(!code.isEmpty());
    auto *confirm = child<QLineEdit>(&window, "recoveryConfirm");
    auto *next = child<QPushButton>(&window, "nextButton");
    QTest::keyClicks(confirm, QStringLiteral("WRONG"));
    QVERIFY(!next->isEnabled());
    QTest::keyClick(confirm, Qt::Key_Return);
    QCOMPARE(window.view(), MainWindow::View::Setup);
    // The last group alone is not enough any more: every group must be right (issue 15).
    confirm->clear();
    QTest::keyClicks(confirm, code.section(QLatin1Char('-'), -1));
    QVERIFY(!next->isEnabled());
    confirm->clear();
    // Lower case, without dashes, is fine: people copy from paper.
    QTest::keyClicks(confirm, code.toLower().remove(QLatin1Char('-')));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(window.view(), MainWindow::View::Workspace);
}

void TestSetupFlow::copyPutsTheCodeOnTheClipboard()
{
    QTemporaryDir dir;
    LanguageManager languages;
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    MainWindow window(&manager, &languages);
    window.show();
    const QString code =
        setupWithPassphraseUntilRecovery(window, QStringLiteral("clipboard passphrase"));
    QVERIFY(!code.isEmpty());
    QTest::mouseClick(child<QPushButton>(&window, "copyButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), code);
    QApplication::clipboard()->clear();
}

void TestSetupFlow::passphraseMustMatchAndBeLongEnough()
{
    QTemporaryDir dir;
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(QStringLiteral("en"));
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    MainWindow window(&manager, &languages);
    window.show();
    auto *next = child<QPushButton>(&window, "nextButton");
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    press(child<QRadioButton>(&window, "methodPassphrase"));
    auto *first = child<QLineEdit>(&window, "newPassphrase");
    auto *second = child<QLineEdit>(&window, "confirmPassphrase");
    auto *hint = child<QLabel>(&window, "strengthHint");
    QVERIFY(!next->isEnabled());

    QTest::keyClicks(first, QStringLiteral("short"));
    QTest::keyClicks(second, QStringLiteral("short"));
    QVERIFY(!next->isEnabled());
    QVERIFY(hint->text().contains(QLatin1String("Too short")));

    first->clear();
    second->clear();
    QTest::keyClicks(first, QStringLiteral("long enough words"));
    QTest::keyClicks(second, QStringLiteral("long enough wordz"));
    QVERIFY(!next->isEnabled());
    QVERIFY(hint->text().contains(QLatin1String("not the same")));

    second->clear();
    QTest::keyClicks(second, QStringLiteral("long enough words"));
    QVERIFY(next->isEnabled());
    QCOMPARE(manager.state(), VaultManager::State::NoVault);
}

void TestSetupFlow::keychainPath()
{
    if (qEnvironmentVariableIsEmpty("ROER_TEST_KEYRING"))
        QSKIP("needs the gnome-keyring session of tests/run-headless");
    QTemporaryDir dir;
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(QStringLiteral("en"));
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    MainWindow window(&manager, &languages);
    window.show();
    auto *next = child<QPushButton>(&window, "nextButton");
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(child<QRadioButton>(&window, "methodKeychain")->isChecked());
    QTest::mouseClick(next, Qt::LeftButton);

    auto *code = child<QLabel>(&window, "recoveryCode");
    QVERIFY2(waitFor([code] { return code->isVisible() && !code->text().isEmpty(); }),
             qPrintable(child<QLabel>(&window, "setupError")->text()));
    QVERIFY(confirmRecoveryAndFinish(window, code->text()));
    QCOMPARE(manager.descriptor()->unlock, VaultDescriptor::Unlock::Keychain);

    // Lock, then unlock with one press of Enter: the key comes from the keychain.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(window.view(), MainWindow::View::Unlock);
    QVERIFY(!child<QLineEdit>(&window, "unlockField")->isVisible());
    QTest::mouseClick(child<QPushButton>(&window, "unlockButton"), Qt::LeftButton);
    QVERIFY2(waitFor([&window] { return window.view() == MainWindow::View::Workspace; }),
             qPrintable(child<QLabel>(&window, "unlockError")->text()));
}

void TestSetupFlow::keyboardOnly()
{
    QTemporaryDir dir;
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(QStringLiteral("en"));
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    MainWindow window(&manager, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto key = [](Qt::Key k, const QString &text = {}) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus, "nothing has the keyboard focus");
        if (text.isEmpty())
            QTest::keyClick(focus, k);
        else
            QTest::keyClicks(focus, text);
    };
    key(Qt::Key_Return); // language -> about
    key(Qt::Key_Return); // about -> unlock
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(&window, "methodKeychain"));
    key(Qt::Key_Down); // choose the passphrase
    QTRY_VERIFY(child<QRadioButton>(&window, "methodPassphrase")->isChecked());
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(&window, "newPassphrase"));
    key(Qt::Key_unknown, QStringLiteral("only the keyboard"));
    key(Qt::Key_Tab);
    key(Qt::Key_unknown, QStringLiteral("only the keyboard"));
    key(Qt::Key_Return); // create the vault
    auto *code = child<QLabel>(&window, "recoveryCode");
    QVERIFY(waitFor([code] { return code->isVisible() && !code->text().isEmpty(); }));
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(&window, "recoveryConfirm"));
    key(Qt::Key_unknown, code->text());
    key(Qt::Key_Return);
    QVERIFY(waitFor([&window] { return window.view() == MainWindow::View::Workspace; }));
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(&window, "navigation"));
}

QTEST_MAIN(TestSetupFlow)
#include "TestSetupFlow.moc"
