// Dutch and English at runtime: visible texts change without a restart, the choice is kept,
// and the default follows the system language.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PagesTestSupport.h"
#include "Style.h"
#include "UiSettings.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"
#include "vault/VaultManager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace UiTestSupport;

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void systemDefault();
    void setupLanguagePageSwitchesAtOnce();
    void settingsPageSwitchesTheWorkspace();
    void lastSearchAndStandardButtonsFollow();

private:
    QTemporaryDir m_settings;
};

void TestLanguage::initTestCase()
{
    isolateSettings(m_settings.path());
}

void TestLanguage::systemDefault()
{
    QCOMPARE(UiSettings::language(), QString());
    // LC_ALL=C.UTF-8 in the test environment: not Dutch, so English.
    QCOMPARE(LanguageManager::systemDefault(), QStringLiteral("en"));
    QCOMPARE(LanguageManager::storedOrDefault(), QStringLiteral("en"));
    UiSettings::setLanguage(QStringLiteral("nl"));
    QCOMPARE(LanguageManager::storedOrDefault(), QStringLiteral("nl"));
    UiSettings::setLanguage(QStringLiteral("xx"));
    QCOMPARE(LanguageManager::storedOrDefault(), QStringLiteral("en"));
    LanguageManager languages;
    QVERIFY(!languages.setLanguage(QStringLiteral("xx")));
}

void TestLanguage::setupLanguagePageSwitchesAtOnce()
{
    QTemporaryDir dir;
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(QStringLiteral("en"));
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    MainWindow window(&manager, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *next = child<QPushButton>(&window, "nextButton");
    QCOMPARE(next->text(), QStringLiteral("&Next"));
    QVERIFY(child<QRadioButton>(&window, "languageEnglish")->isChecked());

    press(child<QRadioButton>(&window, "languageDutch"));
    QCOMPARE(languages.language(), QStringLiteral("nl"));
    QTRY_COMPARE(next->text(), QStringLiteral("&Volgende"));
    // Every page retranslated, not only the visible one.
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(child<QLabel>(&window, "stepLabel")->text().startsWith(QLatin1String("Stap")));
    QCOMPARE(UiSettings::language(), QStringLiteral("nl"));

    QTest::mouseClick(child<QPushButton>(&window, "backButton"), Qt::LeftButton);
    press(child<QRadioButton>(&window, "languageEnglish"));
    QTRY_COMPARE(next->text(), QStringLiteral("&Next"));
    QCOMPARE(UiSettings::language(), QStringLiteral("en"));
}

void TestLanguage::settingsPageSwitchesTheWorkspace()
{
    QTemporaryDir dir;
    VaultManager creator(dir.filePath(QStringLiteral("vault")));
    QVERIFY(creator.createWithPassphrase(QStringLiteral("language test passphrase")));
    QCOMPARE(creator.state(), VaultManager::State::Unlocked);

    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(QStringLiteral("en"));
    MainWindow window(&creator, &languages);
    window.show();
    QCOMPARE(window.view(), MainWindow::View::Workspace);

    auto *navigation = child<QListWidget>(&window, "navigation");
    QCOMPARE(navigation->item(WorkspaceView::MyData)->text(), QStringLiteral("My data"));
    auto *requestsTitle = child<QLabel>(&window, "requestsTitle");
    QCOMPARE(requestsTitle->text(), QStringLiteral("Requests"));

    window.workspace()->showSection(WorkspaceView::Settings);
    auto *combo = child<QComboBox>(&window, "languageCombo");
    QTRY_VERIFY(combo->isVisible());
    combo->setFocus();
    // Keyboard only: choose Nederlands in the combo box.
    QTest::keyClick(combo, Qt::Key_Home);
    QTRY_COMPARE(languages.language(), QStringLiteral("nl"));
    QTRY_COMPARE(navigation->item(WorkspaceView::MyData)->text(), QStringLiteral("Mijn gegevens"));
    QCOMPARE(requestsTitle->text(), QStringLiteral("Verzoeken"));
    QCOMPARE(window.workspace()->lockButton()->text(), QStringLiteral("Vergrendelen"));

    QTest::keyClick(combo, Qt::Key_End);
    QTRY_COMPARE(navigation->item(WorkspaceView::MyData)->text(), QStringLiteral("My data"));
    creator.lock();
}

// Issue 15: English was left on Dutch screens (the last search's line, a dialog's "Close").
void TestLanguage::lastSearchAndStandardButtonsFollow()
{
    QTemporaryDir dir;
    VaultManager manager(dir.filePath(QStringLiteral("vault")));
    QVERIFY(manager.createWithPassphrase(QStringLiteral("language test passphrase")));
    QVERIFY(PagesTestSupport::addAndImport(*manager.vault(), QStringLiteral("Albert"),
                                           {PagesTestSupport::fixture(
                                               QStringLiteral("supermarket-export.xml"))})
            > 0);
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(QStringLiteral("en"), false);
    MainWindow window(&manager, &languages);
    window.show();
    window.workspace()->showSection(WorkspaceView::MyData);
    auto *search = child<QLineEdit>(&window, "searchField");
    QTRY_VERIFY(search->isEnabled());
    search->setText(QStringLiteral("zzzq"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *line = child<QLabel>(&window, "searchHitsLabel");
    QTRY_COMPARE(line->text(), QStringLiteral("Nothing found for \u201Czzzq\u201D."));
    languages.setLanguage(QStringLiteral("nl"), false);
    QTRY_COMPARE(line->text(), QStringLiteral("Niets gevonden voor \u201Czzzq\u201D."));

    QDialogButtonBox box(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
    Style::nameStandardButtons(&box);
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Sluiten"));
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuleren"));
    languages.setLanguage(QStringLiteral("en"), false);
    manager.lock();
}

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
