// Setup when no keychain can be reached (DBUS_SESSION_BUS_ADDRESS points at nothing, see
// CMakeLists.txt): Roer says so plainly and the customer continues with a passphrase.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "vault/VaultDescriptor.h"
#include "vault/VaultManager.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace UiTestSupport;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void setupFallsBackToPassphrase();
    void unlockSaysTheKeychainIsUnreachable();
};

void TestKeychainUnavailable::initTestCase()
{
    static QTemporaryDir settings;
    isolateSettings(settings.path());
}

void TestKeychainUnavailable::setupFallsBackToPassphrase()
{
    QTemporaryDir dir;
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(QStringLiteral("en"));
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    manager.setKeychainTimeoutMs(5000);
    MainWindow window(&manager, &languages);
    window.show();
    auto *next = child<QPushButton>(&window, "nextButton");
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(child<QRadioButton>(&window, "methodKeychain")->isChecked());
    QTest::mouseClick(next, Qt::LeftButton); // create with the keychain

    auto *error = child<QLabel>(&window, "setupError");
    QVERIFY(waitFor([error] { return error->isVisible(); }));
    QVERIFY2(error->text().contains(QLatin1String("cannot be used right now")),
             qPrintable(error->text()));
    QCOMPARE(manager.state(), VaultManager::State::NoVault);
    QVERIFY(child<QRadioButton>(&window, "methodPassphrase")->isChecked());
    QVERIFY(!child<QRadioButton>(&window, "methodKeychain")->isEnabled());
    auto *first = child<QLineEdit>(&window, "newPassphrase");
    QTRY_VERIFY(first->hasFocus());

    QTest::keyClicks(first, QStringLiteral("no keychain here"));
    QTest::keyClicks(child<QLineEdit>(&window, "confirmPassphrase"),
                     QStringLiteral("no keychain here"));
    QTest::keyClick(child<QLineEdit>(&window, "confirmPassphrase"), Qt::Key_Return);
    auto *code = child<QLabel>(&window, "recoveryCode");
    QVERIFY(waitFor([code] { return code->isVisible() && !code->text().isEmpty(); }));
    QVERIFY(confirmRecoveryAndFinish(window, code->text()));
    QCOMPARE(manager.descriptor()->unlock, VaultDescriptor::Unlock::Passphrase);
}

void TestKeychainUnavailable::unlockSaysTheKeychainIsUnreachable()
{
    // A keychain vault on a computer whose keychain cannot be reached today. (Made as a
    // passphrase vault, then marked as a keychain vault: no keychain exists here to make one.)
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault"));
    QString recoveryCode;
    {
        VaultManager creator(path);
        const auto code = creator.createWithPassphrase(QStringLiteral("made without keychain"));
        QVERIFY(code);
        recoveryCode = code.value();
        creator.lock();
        auto descriptor = VaultDescriptor::load(path);
        QVERIFY(descriptor);
        descriptor->unlock = VaultDescriptor::Unlock::Keychain;
        QVERIFY(descriptor->save(path));
    }
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(QStringLiteral("en"));
    VaultManager manager(path);
    manager.setKeychainTimeoutMs(5000);
    MainWindow window(&manager, &languages);
    window.show();
    QCOMPARE(window.view(), MainWindow::View::Unlock);
    QVERIFY(!child<QLineEdit>(&window, "unlockField")->isVisible());
    QTest::mouseClick(child<QPushButton>(&window, "unlockButton"), Qt::LeftButton);
    auto *error = child<QLabel>(&window, "unlockError");
    QVERIFY(waitFor([error] { return error->isVisible(); }));
    QVERIFY2(error->text().contains(QLatin1String("recovery code")), qPrintable(error->text()));
    QCOMPARE(manager.state(), VaultManager::State::Locked);

    // The way out the message names works.
    QTest::mouseClick(child<QPushButton>(&window, "switchModeButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&window, "unlockField"), recoveryCode);
    QTest::keyClick(child<QLineEdit>(&window, "unlockField"), Qt::Key_Return);
    QVERIFY(waitFor([&window] { return window.view() == MainWindow::View::Workspace; }));
    manager.lock();
}

QTEST_MAIN(TestKeychainUnavailable)
#include "TestKeychainUnavailable.moc"
