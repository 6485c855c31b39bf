// The guided walkthrough (issue 10) over the real pages of a real window and vault: each step
// is done by what the customer did (a shop added, data imported, My data seen, a choice made,
// the letter sent, Consents seen), not by a "next" button; a step can be skipped; the guide
// stops, waits in the sidebar and resumes where it was, also after locking; Dutch and English.
#include "GuidePanel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "OpenWindow.h"
#include "PagesTestSupport.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"

#include "../consent/ConsentTestUtil.h"
#include "consent/ConsentStore.h"
#include "guide/GuideStore.h"
#include "vault/VaultManager.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace UiTestSupport;
using Step = GuideProgress::Step;

class TestGuide : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    OpenWindow m_open;

    Vault &vault() { return m_open.vault(); }
    WorkspaceView *workspace() { return m_open.window()->workspace(); }
    GuidePanel *guide() { return workspace()->guide(); }
    QString text(const char *name)
    {
        return guide()->findChild<QLabel *>(QLatin1String(name))->text();
    }
    QPushButton *button(const char *name)
    {
        return m_open.window()->findChild<QPushButton *>(QLatin1String(name));
    }
    // What the customer did behind the guide's back shows once a page changes.
    void turnPage(WorkspaceView::Section section)
    {
        workspace()->showSection(WorkspaceView::Settings);
        workspace()->showSection(section);
    }

private slots:
    void initTestCase() { isolateSettings(m_settings.path()); }

    void init() { QVERIFY(m_open.open(QStringLiteral("guide test passphrase"))); }
    void cleanup() { m_open.close(); }

    void followsWhatTheCustomerDoes()
    {
        QVERIFY(guide()->isVisible());
        QVERIFY(!button("showGuide")->isVisible());
        QCOMPARE(text("guideCount"), QStringLiteral("Guide: step 1 of 6"));
        QCOMPARE(text("guideTitle"), QStringLiteral("Add the shop"));
        QTest::mouseClick(button("guideGo"), Qt::LeftButton);
        QCOMPARE(workspace()->currentSection(), WorkspaceView::Retailers);
        QVERIFY(!button("guideGo")->isVisible()); // already there
        QVERIFY(button("guideSkip")->isVisible());

        const qint64 albert = PagesTestSupport::addAndImport(vault(), QStringLiteral("Albert"), {});
        QVERIFY(albert > 0);
        turnPage(WorkspaceView::Overview);
        QCOMPARE(text("guideTitle"), QStringLiteral("Get your data"));
        // My data before there is data does not count as seen.
        turnPage(WorkspaceView::MyData);
        QVERIFY(!GuideStore(vault()).progress()->isDone(Step::SeeData));

        QVERIFY(PagesTestSupport::addAndImport(vault(), QStringLiteral("Bol"),
                                               {PagesTestSupport::fixture(
                                                   QStringLiteral("supermarket-export.xml"))})
                > 0);
        turnPage(WorkspaceView::Overview);
        QCOMPARE(text("guideTitle"), QStringLiteral("See what the shop knows"));
        QTest::mouseClick(button("guideGo"), Qt::LeftButton);
        QCOMPARE(workspace()->currentSection(), WorkspaceView::MyData);
        QCOMPARE(text("guideTitle"), QStringLiteral("Make your choice"));

        ConsentStore consents(vault());
        QVERIFY(consents.savePurposes(albert,
                                      {ConsentTestUtil::purpose(QStringLiteral("offers"),
                                                                QStringLiteral("consent"),
                                                                {QStringLiteral("email")})}));
        QVERIFY(consents.decide(
            ConsentTestUtil::request(albert, QStringLiteral("offers"), Consent::State::Withdrawn)));
        turnPage(WorkspaceView::Overview);
        QCOMPARE(text("guideTitle"), QStringLiteral("Send your choice"));
        QCOMPARE(text("guideCount"), QStringLiteral("Guide: step 5 of 6"));

        // Albert has no API: the customer sends the letter and says so.
        QVERIFY(consents.markLetterSent(albert, QStringLiteral("offers"),
                                        QDateTime::currentDateTimeUtc()));
        turnPage(WorkspaceView::Overview);
        QCOMPARE(text("guideTitle"), QStringLiteral("See the receipt"));
        QTest::mouseClick(button("guideGo"), Qt::LeftButton);
        QCOMPARE(workspace()->currentSection(), WorkspaceView::Consents);
        QCOMPARE(text("guideTitle"), QStringLiteral("You sent your first choice"));
        QVERIFY(!button("guideGo")->isVisible());
        QCOMPARE(GuideStore(vault()).progress()->doneCount(), GuideProgress::kStepCount);

        m_open.languages()->setLanguage(QStringLiteral("nl"), false);
        QTRY_COMPARE(text("guideTitle"), QStringLiteral("Je hebt je eerste keuze verstuurd"));
        QCOMPARE(button("guideStop")->text(), QStringLiteral("Sluit de gids"));
    }

    void skipStopAndResume()
    {
        QTest::mouseClick(button("guideSkip"), Qt::LeftButton);
        QCOMPARE(text("guideTitle"), QStringLiteral("Get your data"));

        // Stopped: out of the way, waiting in the sidebar, also after locking.
        QTest::mouseClick(button("guideStop"), Qt::LeftButton);
        QVERIFY(!guide()->isVisible());
        QVERIFY(button("showGuide")->isVisible());
        m_open.manager()->lock();
        QVERIFY(m_open.manager()->unlockWithPassphrase(QStringLiteral("guide test passphrase")));
        QTRY_VERIFY(workspace()->isVisible());
        QVERIFY(!guide()->isVisible());
        QVERIFY(!GuideStore(vault()).progress()->active);

        // Resumed: every skipped step is back.
        QVERIFY(button("showGuide")->isVisible());
        QTest::mouseClick(button("showGuide"), Qt::LeftButton);
        QVERIFY(guide()->isVisible());
        QVERIFY(!button("showGuide")->isVisible());
        QCOMPARE(text("guideTitle"), QStringLiteral("Add the shop"));

        // Skipping everything finishes the guide without pretending it was done.
        for (int i = 0; i < GuideProgress::kStepCount; ++i)
            QTest::mouseClick(button("guideSkip"), Qt::LeftButton);
        QCOMPARE(text("guideTitle"), QStringLiteral("You went through the guide"));
        QCOMPARE(GuideStore(vault()).progress()->doneCount(), 0);
    }

    void keyboardReachesTheGuide()
    {
        m_open.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_open.window()));
        button("guideGo")->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), button("guideSkip"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(text("guideTitle"), QStringLiteral("Get your data"));
        QCOMPARE(guide()->accessibleName(), QStringLiteral("Guide"));
    }
};

QTEST_MAIN(TestGuide)
#include "TestGuide.moc"
