// Locking and unlocking with real widgets: the Lock button, Ctrl+L, auto-lock after a
// (shortened) idle time, a wrong passphrase, and the recovery code.
#include "AutoLock.h"
#include "HelpDeskMode.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PassphraseForm.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace UiTestSupport;

namespace {
const QString kPassphrase = QStringLiteral("lock test passphrase");
}

class TestLockUnlock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsLockedWithFocusInTheField();
    void wrongPassphraseSaysSo();
    void lockButtonAndShortcutLock();
    void autoLocksAfterIdleTime();
    void inputKeepsItOpen();
    void recoveryCodeUnlocks();
    void lockingClosesDialogs();
    void showPassphraseButNotToAHelpDesk();

private:
    void unlockWithPassphrase();

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    QString m_recoveryCode;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<VaultManager> m_manager;
    std::unique_ptr<MainWindow> m_window;
};

void TestLockUnlock::initTestCase()
{
    isolateSettings(m_settings.path());
    // One real passphrase vault for all cases (the key derivation is slow on purpose).
    VaultManager manager(m_dir.filePath(QStringLiteral("vault")));
    const auto code = manager.createWithPassphrase(kPassphrase);
    QVERIFY2(code, qPrintable(code ? QString() : code.error().message));
    m_recoveryCode = code.value();
    manager.lock();
}

void TestLockUnlock::init()
{
    m_languages = std::make_unique<LanguageManager>();
    useBuildTranslations(*m_languages);
    m_languages->setLanguage(QStringLiteral("en"));
    m_manager = std::make_unique<VaultManager>(m_dir.filePath(QStringLiteral("vault")));
    m_window = std::make_unique<MainWindow>(m_manager.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->view(), MainWindow::View::Unlock);
}

void TestLockUnlock::cleanup()
{
    m_window.reset();
    if (m_manager)
        m_manager->lock();
    m_manager.reset();
    m_languages.reset();
}

void TestLockUnlock::unlockWithPassphrase()
{
    auto *field = child<QLineEdit>(m_window.get(), "unlockField");
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, kPassphrase);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(waitFor([this] { return m_window->view() == MainWindow::View::Workspace; }));
    QVERIFY(m_manager->vault());
}

void TestLockUnlock::startsLockedWithFocusInTheField()
{
    auto *field = child<QLineEdit>(m_window.get(), "unlockField");
    QVERIFY(field->isVisible());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTRY_VERIFY(field->hasFocus());
    QVERIFY(!m_window->lockAction()->isEnabled());
}

void TestLockUnlock::wrongPassphraseSaysSo()
{
    auto *field = child<QLineEdit>(m_window.get(), "unlockField");
    auto *error = child<QLabel>(m_window.get(), "unlockError");
    QVERIFY(!error->isVisible());
    QTest::keyClicks(field, QStringLiteral("not the passphrase"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(waitFor([error] { return error->isVisible(); }));
    QVERIFY2(error->text().contains(QLatin1String("not the right passphrase")),
             qPrintable(error->text()));
    QCOMPARE(m_window->view(), MainWindow::View::Unlock);
    QCOMPARE(m_manager->state(), VaultManager::State::Locked);
    // The wrong text is selected, so typing again replaces it.
    QVERIFY(field->hasSelectedText());

    // The message is in the chosen language too.
    m_languages->setLanguage(QStringLiteral("nl"));
    QTest::keyClicks(field, QStringLiteral("nog steeds fout"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(waitFor([error] { return error->text().contains(QLatin1String("wachtwoordzin")); }));
    m_languages->setLanguage(QStringLiteral("en"));

    field->clear();
    unlockWithPassphrase();
}

void TestLockUnlock::lockButtonAndShortcutLock()
{
    unlockWithPassphrase();
    QVERIFY(m_window->lockAction()->isEnabled());
    QTest::mouseClick(m_window->workspace()->lockButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->view(), MainWindow::View::Unlock);
    QCOMPARE(m_manager->state(), VaultManager::State::Locked);
    QVERIFY(!m_manager->vault());

    unlockWithPassphrase();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(m_window->view(), MainWindow::View::Unlock);
    QCOMPARE(m_manager->state(), VaultManager::State::Locked);
}

void TestLockUnlock::autoLocksAfterIdleTime()
{
    m_window->autoLock()->setIdleIntervalMs(300);
    unlockWithPassphrase();
    QVERIFY(m_window->autoLock()->isActive());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->view(), MainWindow::View::Unlock, 10000);
    QCOMPARE(m_manager->state(), VaultManager::State::Locked);
    QVERIFY(!m_window->autoLock()->isActive());
}

void TestLockUnlock::inputKeepsItOpen()
{
    m_window->autoLock()->setIdleIntervalMs(60000);
    unlockWithPassphrase();
    // No time is asserted: a key press only has to restart the countdown.
    QTest::qWait(100);
    const int before = m_window->autoLock()->remainingMs();
    auto *navigation = child<QListWidget>(m_window.get(), "navigation");
    QTRY_VERIFY(navigation->hasFocus());
    QTest::keyClick(navigation, Qt::Key_Down);
    QVERIFY(m_window->autoLock()->remainingMs() > before);
    QCOMPARE(m_window->workspace()->currentSection(), WorkspaceView::Retailers);

    QTest::qWait(100);
    const int beforeClick = m_window->autoLock()->remainingMs();
    QTest::mouseClick(m_window->workspace()->lockButton()->parentWidget(), Qt::LeftButton);
    QVERIFY(m_window->autoLock()->remainingMs() > beforeClick);
    QCOMPARE(m_window->view(), MainWindow::View::Workspace);
}

void TestLockUnlock::recoveryCodeUnlocks()
{
    auto *switchMode = child<QPushButton>(m_window.get(), "switchModeButton");
    QTest::mouseClick(switchMode, Qt::LeftButton);
    auto *field = child<QLineEdit>(m_window.get(), "unlockField");
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QTest::keyClicks(field, QStringLiteral("AAAA-BBBB"));
    QTest::keyClick(field, Qt::Key_Return);
    auto *error = child<QLabel>(m_window.get(), "unlockError");
    QVERIFY(waitFor([error] { return error->isVisible(); }));
    field->clear();
    QTest::keyClicks(field, m_recoveryCode.toLower());
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(waitFor([this] { return m_window->view() == MainWindow::View::Workspace; }));
    // The customer may have lost the passphrase: Roer offers to set a new one.
    QCOMPARE(m_window->workspace()->currentSection(), WorkspaceView::Settings);
    QVERIFY(child<QLabel>(m_window.get(), "settingsStatus")
                ->text()
                .contains(QLatin1String("recovery code")));
}

void TestLockUnlock::lockingClosesDialogs()
{
    unlockWithPassphrase();
    m_window->workspace()->showSection(WorkspaceView::Settings);
    bool sawDialog = false;
    // The dialog is modal: lock by idle time while it is open.
    QTimer::singleShot(0, this, [this, &sawDialog] {
        sawDialog = waitFor([] { return QApplication::activeModalWidget() != nullptr; });
        m_window->autoLock()->setIdleIntervalMs(200);
    });
    QTest::mouseClick(child<QPushButton>(m_window.get(), "changePassphraseButton"), Qt::LeftButton);
    // Returns once the dialog is closed by the lock.
    QVERIFY(sawDialog);
    QTRY_COMPARE(m_window->view(), MainWindow::View::Unlock);
    QCOMPARE(m_manager->state(), VaultManager::State::Locked);
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestLockUnlock)
void TestLockUnlock::showPassphraseButNotToAHelpDesk()
{
    auto *field = child<QLineEdit>(m_window.get(), "unlockField");
    auto *show = child<QCheckBox>(m_window.get(), "showPassphrase");
    QVERIFY(show->isVisible());
    QVERIFY(!show->isChecked());
    show->click();
    QVERIFY(show->isChecked());
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    // Someone from the help desk comes to sit beside the customer: hidden, and gone.
    HelpDeskMode::instance().setOn(true);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(!show->isVisible());
    HelpDeskMode::instance().setOn(false);
    QVERIFY(show->isVisible());
    QVERIFY(!show->isChecked());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    // A recovery code is shown anyway; the box is not needed there.
    QTest::mouseClick(child<QPushButton>(m_window.get(), "switchModeButton"), Qt::LeftButton);
    QVERIFY(!show->isVisible());
    QCOMPARE(field->echoMode(), QLineEdit::Normal);

    // The new passphrase and its repeat, in setup and in Settings, show together.
    PassphraseForm form;
    form.show();
    auto *formShow = form.findChild<QCheckBox *>(QStringLiteral("showPassphrase"));
    QVERIFY(formShow && formShow->isVisible());
    formShow->click();
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("newPassphrase"))->echoMode(),
             QLineEdit::Normal);
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("confirmPassphrase"))->echoMode(),
             QLineEdit::Normal);
    formShow->click();
    QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("confirmPassphrase"))->echoMode(),
             QLineEdit::Password);
}

#include "TestLockUnlock.moc"
