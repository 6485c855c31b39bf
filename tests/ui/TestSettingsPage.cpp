// The settings page with a real vault: auto-lock time, where the vault is, changing the
// passphrase (then unlocking with the new one), and switching to the keychain.
#include "AutoLock.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RecoveryCodeDialog.h"
#include "RecoveryReminder.h"
#include "SetupRecoveryPage.h"
#include "UiSettings.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace UiTestSupport;

class TestSettingsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheVaultAndTheUnlockMethod();
    void autoLockTimeIsKept();
    void changePassphraseThenUnlockWithIt();
    void switchToKeychain();
    void uncheckedRecoveryCodeIsRenewedFromTheReminder();

private:
    QTemporaryDir m_settings;
};

void TestSettingsPage::initTestCase()
{
    isolateSettings(m_settings.path());
}

void TestSettingsPage::showsTheVaultAndTheUnlockMethod()
{
    QTemporaryDir dir;
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    QVERIFY(manager.createWithPassphrase(QStringLiteral("settings passphrase")));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&manager, &languages);
    window.show();
    window.workspace()->showSection(WorkspaceView::Settings);
    QCOMPARE(child<QLineEdit>(&window, "vaultFolder")->text(),
             QDir::toNativeSeparators(manager.directory()));
    QVERIFY(child<QLineEdit>(&window, "vaultFolder")->isReadOnly());
    QVERIFY(child<QLabel>(&window, "unlockMethod")->text().contains(QLatin1String("passphrase")));
    QVERIFY(child<QPushButton>(&window, "useKeychainButton")->isVisible());
    manager.lock();
}

void TestSettingsPage::autoLockTimeIsKept()
{
    QTemporaryDir dir;
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    QVERIFY(manager.createWithPassphrase(QStringLiteral("settings passphrase")));
    LanguageManager languages;
    MainWindow window(&manager, &languages);
    window.show();
    QCOMPARE(UiSettings::autoLockMinutes(), UiSettings::kDefaultAutoLockMinutes);
    QCOMPARE(window.autoLock()->idleIntervalMs(), UiSettings::kDefaultAutoLockMinutes * 60000);
    window.workspace()->showSection(WorkspaceView::Settings);
    auto *combo = child<QComboBox>(&window, "autoLockCombo");
    QCOMPARE(combo->currentData().toInt(), UiSettings::kDefaultAutoLockMinutes);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home); // 1 minute
    QCOMPARE(UiSettings::autoLockMinutes(), 1);
    QCOMPARE(window.autoLock()->idleIntervalMs(), 60000);
    QVERIFY(window.autoLock()->isActive());
    UiSettings::setAutoLockMinutes(UiSettings::kDefaultAutoLockMinutes);
    manager.lock();
}

void TestSettingsPage::changePassphraseThenUnlockWithIt()
{
    QTemporaryDir dir;
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    QVERIFY(manager.createWithPassphrase(QStringLiteral("the old passphrase")));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&manager, &languages);
    window.show();
    window.workspace()->showSection(WorkspaceView::Settings);

    // The dialog is modal: fill it in once it is up.
    bool filled = false;
    QTimer::singleShot(0, this, [&filled] {
        waitFor([] { return qobject_cast<QDialog *>(QApplication::activeModalWidget()); });
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *ok = child<QPushButton>(dialog, "changePassphraseOk");
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "newPassphrase"),
                         QStringLiteral("a new passphrase"));
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmPassphrase"),
                         QStringLiteral("a new passphrase"));
        QVERIFY(ok->isEnabled());
        filled = true;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&window, "changePassphraseButton"), Qt::LeftButton);
    QVERIFY(filled);
    QVERIFY(child<QLabel>(&window, "settingsStatus")->isVisible());

    manager.lock();
    QTRY_COMPARE(window.view(), MainWindow::View::Unlock);
    QVERIFY(!manager.unlockWithPassphrase(QStringLiteral("the old passphrase")));
    auto *field = child<QLineEdit>(&window, "unlockField");
    QTest::keyClicks(field, QStringLiteral("a new passphrase"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(waitFor([&window] { return window.view() == MainWindow::View::Workspace; }));
    manager.lock();
}

void TestSettingsPage::switchToKeychain()
{
    if (qEnvironmentVariableIsEmpty("ROER_TEST_KEYRING"))
        QSKIP("needs the gnome-keyring session of tests/run-headless");
    QTemporaryDir dir;
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    QVERIFY(manager.createWithPassphrase(QStringLiteral("switch passphrase")));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&manager, &languages);
    window.show();
    window.workspace()->showSection(WorkspaceView::Settings);
    QTest::mouseClick(child<QPushButton>(&window, "useKeychainButton"), Qt::LeftButton);
    auto *method = child<QLabel>(&window, "unlockMethod");
    QVERIFY(waitFor([method] { return method->text().contains(QLatin1String("password store")); }));
    QCOMPARE(manager.descriptor()->unlock, VaultDescriptor::Unlock::Keychain);
    QVERIFY(!child<QPushButton>(&window, "useKeychainButton")->isVisible());

    manager.lock();
    QTRY_COMPARE(window.view(), MainWindow::View::Unlock);
    QTest::mouseClick(child<QPushButton>(&window, "unlockButton"), Qt::LeftButton);
    QVERIFY(waitFor([&window] { return window.view() == MainWindow::View::Workspace; }));
    manager.lock();
}

// Setup can end before the recovery code step (the window closed). The next unlock shows a
// reminder; a new code, checked by typing its last group, makes it go away for good.
void TestSettingsPage::uncheckedRecoveryCodeIsRenewedFromTheReminder()
{
    QTemporaryDir dir;
    const QString passphrase = QStringLiteral("reminder passphrase");
    QString firstCode;
    {
        VaultManager setupOnly(dir.filePath(QStringLiteral("vault")));
        auto code = setupOnly.createWithPassphrase(passphrase);
        QVERIFY(code);
        firstCode = *code;
        setupOnly.lock(); // as if the window closed on the recovery step
    }
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&manager, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.recoveryReminder()->isVisible());
    QVERIFY(manager.unlockWithPassphrase(passphrase));
    QTRY_VERIFY(window.recoveryReminder()->isVisible());

    // Not checked before, so no "the old code stops working" question first.
    QTest::mouseClick(child<QPushButton>(&window, "recoveryReminderButton"), Qt::LeftButton);
    RecoveryCodeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<RecoveryCodeDialog *>()) && dialog->isVisible());
    QCOMPARE(window.workspace()->currentSection(), WorkspaceView::Settings);
    const QString newCode = child<QLabel>(dialog, "recoveryCode")->text();
    QVERIFY(!newCode.isEmpty());
    QVERIFY(newCode != firstCode);
    auto *done = child<QPushButton>(dialog, "recoveryDone");
    QVERIFY(!done->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "recoveryConfirm"), newCode);
    QVERIFY(done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<RecoveryCodeDialog *>());
    QVERIFY(manager.isRecoveryCodeConfirmed());
    QVERIFY(!window.recoveryReminder()->isVisible());

    // Only the new code opens the vault now.
    manager.lock();
    QVERIFY(!manager.unlockWithRecoveryCode(firstCode));
    QVERIFY(manager.unlockWithRecoveryCode(newCode));

    // Once checked, a new code asks first: the old one will stop working. Cancel keeps it.
    window.workspace()->showSection(WorkspaceView::Settings);
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(child<QPushButton>(&window, "renewRecoveryButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("stop working")));
    QVERIFY(!window.findChild<RecoveryCodeDialog *>());
    QVERIFY(manager.isRecoveryCodeConfirmed());
    manager.lock();
    QVERIFY(manager.unlockWithRecoveryCode(newCode));
    manager.lock();
}

QTEST_MAIN(TestSettingsPage)
#include "TestSettingsPage.moc"
