// The Retailers page's account actions and the delivery status area, in the real main window
// against the real roer-sandbox over loopback: link (OAuth with PKCE; the sandbox approves at
// once), "Refresh my data" with its summary, unlink with confirmation (tokens leave the real
// test keychain), and the status area's counts (sandbox down -> waiting; a 4xx -> attention).
#include "ConsentServices.h"
#include "ConsentsPage.h"
#include "DeliveryStatusButton.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewRequestDialog.h"
#include "RefreshDialog.h"
#include "RequestPanel.h"
#include "RequestsPage.h"
#include "RetailersPage.h"
#include "Style.h"
#include "UiTestSupport.h"
#include "UrlOpener.h"
#include "WorkspaceView.h"

#include "../consent/ConsentTestUtil.h"
#include "../consent/LoopbackBrowser.h"
#include "../consent/SandboxProcess.h"

#include "consent/Clock.h"
#include "consent/Outbox.h"
#include "consent/OutboxSender.h"
#include "consent/RetailerAccounts.h"
#include "importing/SnapshotStore.h"
#include "requests/RequestStore.h"
#include "vault/KeychainStore.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkReply>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace UiTestSupport;

class TestRetailerAccounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_browser;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultManager> m_manager;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_zandbak = 0;
    qint64 m_letters = 0;

    RetailersPage *page() { return m_window->workspace()->retailersPage(); }
    QTreeWidget *list() { return child<QTreeWidget>(page(), "retailerList"); }
    QPushButton *button(const char *name) { return child<QPushButton>(page(), name); }
    QTreeWidgetItem *item(const QString &name)
    {
        for (int i = 0; i < list()->topLevelItemCount(); ++i)
            if (list()->topLevelItem(i)->text(0) == name)
                return list()->topLevelItem(i);
        return nullptr;
    }
    QString account(const QString &name) { return item(name) ? item(name)->text(4) : QString(); }

    bool link()
    {
        page()->selectRetailer(m_zandbak);
        if (button("linkAccountButton")->isHidden())
            return false;
        press(button("linkAccountButton"));
        return waitFor(
            [&] { return account(QStringLiteral("Zandbak")) == QLatin1String("Linked"); }, 20000);
    }

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings.path());
        QVERIFY(m_sandbox.start());
        qApp->setStyleSheet(Style::applicationStyleSheet());
        UrlOpener::setForTests([this](const QUrl &url) {
            openLikeABrowser(m_browser, url);
            return true;
        });
    }

    void cleanupTestCase()
    {
        UrlOpener::setForTests({});
        m_sandbox.stop();
    }

    void init()
    {
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset"));
        m_dir = std::make_unique<QTemporaryDir>();
        m_manager = std::make_unique<VaultManager>(m_dir->filePath(QStringLiteral("vault")));
        QVERIFY(m_manager->createWithPassphrase(QStringLiteral("retailer accounts test")));
        QVERIFY(
            m_manager
                ->confirmRecoveryCode()); // as after setup: no reminder strip in the screenshots
        m_languages = std::make_unique<LanguageManager>();
        useBuildTranslations(*m_languages);
        m_languages->setLanguage(QStringLiteral("en"), false);
        m_zandbak = ConsentTestUtil::addRetailer(*m_manager->vault(), QStringLiteral("Zandbak"),
                                                 m_sandbox.address());
        m_letters = ConsentTestUtil::addRetailer(*m_manager->vault(), QStringLiteral("Briefwinkel"),
                                                 QString());
        m_window = std::make_unique<MainWindow>(m_manager.get(), m_languages.get());
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->view(), MainWindow::View::Workspace);
        m_window->workspace()->showSection(WorkspaceView::Retailers);
        page()->refresh();
    }

    void cleanup()
    {
        m_sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults"));
        m_window.reset();
        m_manager->lock();
        m_languages.reset();
        m_manager.reset();
        m_dir.reset();
    }

    void linkRefreshUnlink()
    {
        // Not linked: only "Link account" for the shop with the API; nothing for the letter shop.
        QCOMPARE(account(QStringLiteral("Zandbak")), QStringLiteral("Not linked"));
        QCOMPARE(account(QStringLiteral("Briefwinkel")), QStringLiteral("No Roer link"));
        page()->selectRetailer(m_letters);
        QVERIFY(button("linkAccountButton")->isHidden());
        QVERIFY(button("refreshDataButton")->isHidden());
        page()->selectRetailer(m_zandbak);
        QVERIFY(!button("linkAccountButton")->isHidden());
        QVERIFY(button("unlinkButton")->isHidden());
        QVERIFY(button("refreshDataButton")->isHidden());

        QVERIFY(link());
        QVERIFY(!button("refreshDataButton")->isHidden());
        QVERIFY(!button("unlinkButton")->isHidden());
        QVERIFY(button("linkAccountButton")->isHidden());
        // The Consents page shares the link (one RetailerAccounts).
        QVERIFY(m_window->workspace()->consentServices()->accounts()->isLinked(m_zandbak));

        // Refresh my data: progress, then the import summary.
        press(button("refreshDataButton"));
        RefreshDialog *dialog = page()->findChild<RefreshDialog *>();
        QVERIFY(dialog);
        // While the answer is on its way: a busy bar and what Roer is doing.
        QVERIFY(!dialog->isFinished());
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("refreshProgress"))->isHidden());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("refreshStage"))
                    ->text()
                    .contains(QLatin1String("asking Zandbak")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000);
        QVERIFY2(dialog->summary().contains(QLatin1String("Files read: 9.")),
                 qPrintable(dialog->summary()));
        QCOMPARE(SnapshotStore(*m_manager->vault()).snapshots(m_zandbak).value().size(), 1);
        QVERIFY(account(QStringLiteral("Zandbak")) == QLatin1String("Linked"));
        QVERIFY(item(QStringLiteral("Zandbak"))->text(3) != QLatin1String("Not yet"));
        dialog->accept();
        QTRY_VERIFY(page()->findChildren<RefreshDialog *>().isEmpty());

        // A change at the retailer: the second refresh shows what changed.
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/retailer-consent"),
                        {{QStringLiteral("customer_id"), QStringLiteral("c-1001")},
                         {QStringLiteral("purpose_id"), QStringLiteral("product-recommendations")},
                         {QStringLiteral("state"), QStringLiteral("given")},
                         {QStringLiteral("channels"), QJsonArray{}}});
        page()->selectRetailer(m_zandbak);
        page()->refreshData();
        QTRY_VERIFY(page()->findChild<RefreshDialog *>());
        dialog = page()->findChild<RefreshDialog *>();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000);
        QVERIFY2(dialog->summary().contains(
                     QLatin1String("consents.json: 1 new, 0 gone, 0 changed.")),
                 qPrintable(dialog->summary()));
        // Unchanged datasets are not listed: the one change stands out.
        QVERIFY2(!dialog->summary().contains(QLatin1String("orders.json")),
                 qPrintable(dialog->summary()));
        if (const QString dir = qEnvironmentVariable("ROER_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + QStringLiteral("/en-refresh-summary.png"));
        dialog->accept();

        // Unlink: asks first; "no" changes nothing.
        auto st = m_manager->vault()->prepare("SELECT token_slot FROM consent_link");
        QVERIFY(st.step().value());
        const QString keychainAccount = QStringLiteral("retailer-token-") + st.text(0);
        KeychainStore keychain;
        QVERIFY(keychain.readBlocking(keychainAccount));
        page()->selectRetailer(m_zandbak);
        MessageBox::setNextAnswer(false);
        press(button("unlinkButton"));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("stay in your vault")));
        QCOMPARE(account(QStringLiteral("Zandbak")), QStringLiteral("Linked"));
        MessageBox::setNextAnswer(true);
        press(button("unlinkButton"));
        QTRY_COMPARE(account(QStringLiteral("Zandbak")), QStringLiteral("Not linked"));
        QCOMPARE(keychain.readBlocking(keychainAccount).error().code, ErrorCode::KeychainNoEntry);
        QCOMPARE(SnapshotStore(*m_manager->vault()).snapshots(m_zandbak).value().size(),
                 2); // data stays
        page()->selectRetailer(m_zandbak);
        QVERIFY(!button("linkAccountButton")->isHidden());
        QVERIFY(button("refreshDataButton")->isHidden());
        screenshots(QStringLiteral("retailers-not-linked"), m_zandbak, false);
    }

    // Issue 15: on a computer without a browser, linking waited with a busy bar for nothing.
    void linkWithoutABrowser()
    {
        UrlOpener::setForTests([](const QUrl &) { return false; });
        page()->selectRetailer(m_zandbak);
        press(button("linkAccountButton"));
        auto *box = child<QWidget>(page(), "linkAddressBox");
        QTRY_VERIFY(box->isVisible());
        QVERIFY(child<QLabel>(box, "linkAddressText")
                    ->text()
                    .startsWith(QLatin1String("Roer could not open your web browser.")));
        QVERIFY(!button("cancelLinkButton")->isHidden());
        // The customer copies the address and opens it in a browser by hand.
        press(child<QPushButton>(box, "copyLinkAddress"));
        const QUrl copied(QGuiApplication::clipboard()->text());
        QVERIFY2(copied.isValid() && copied.toString().contains(QLatin1String("code_challenge")),
                 qPrintable(copied.toString()));
        QVERIFY(child<QLabel>(box, "linkAddressText")->text().startsWith(QLatin1String("Copied.")));
        openLikeABrowser(m_browser, copied);
        QTRY_COMPARE_WITH_TIMEOUT(account(QStringLiteral("Zandbak")), QStringLiteral("Linked"),
                                  20000);
        QTRY_VERIFY(!box->isVisible());

        // Cancel takes the address away too.
        MessageBox::setNextAnswer(true);
        press(button("unlinkButton"));
        QTRY_COMPARE(account(QStringLiteral("Zandbak")), QStringLiteral("Not linked"));
        page()->selectRetailer(m_zandbak);
        press(button("linkAccountButton"));
        QTRY_VERIFY(box->isVisible());
        press(button("cancelLinkButton"));
        QVERIFY(!box->isVisible());
        QCOMPARE(account(QStringLiteral("Zandbak")), QStringLiteral("Not linked"));
        UrlOpener::setForTests([this](const QUrl &url) {
            openLikeABrowser(m_browser, url);
            return true;
        });
    }

    void refreshFailureSaysSoAndChangesNothing()
    {
        QVERIFY(link());
        m_sandbox.setFaults({{QStringLiteral("down"), true}});
        page()->selectRetailer(m_zandbak);
        page()->refreshData();
        auto *dialog = page()->findChild<RefreshDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("refreshStage"))
                    ->text()
                    .contains(QLatin1String("unchanged")));
        QVERIFY(!dialog->summary().isEmpty());
        QCOMPARE(SnapshotStore(*m_manager->vault()).snapshots(m_zandbak).value().size(), 0);
    }

    void statusAreaCountsAndOpensConsents()
    {
        QVERIFY(link());
        auto *status = m_window->workspace()->deliveryStatus();
        QVERIFY(status->isHidden()); // nothing to say
        ConsentsPage *consents = m_window->workspace()->consentsPage();
        consents->refresh();
        consents->selectRetailer(m_zandbak);
        QTRY_VERIFY_WITH_TIMEOUT(
            ConsentStore(*m_manager->vault()).purposes(m_zandbak).value().size() > 0, 20000);
        consents->sender()->setBackoff(60000, 60000);

        // The retailer is down: the decision waits.
        m_sandbox.setFaults({{QStringLiteral("down"), true}});
        consents->decide(QStringLiteral("direct-marketing"), Consent::State::Withdrawn, {}, {});
        // Wait for the refused attempt itself (the count says "waiting" from the commit on).
        QTRY_VERIFY_WITH_TIMEOUT(Outbox(*m_manager->vault())
                                         .latestFor(m_zandbak, QStringLiteral("direct-marketing"))
                                         .value()
                                         ->httpStatus
                                     == 503,
                                 20000);
        QTRY_COMPARE_WITH_TIMEOUT(status->waiting(), 1, 20000);
        QTRY_VERIFY(!status->isHidden());
        QVERIFY(status->text().contains(QLatin1String("1 choice waiting to send")));
        QVERIFY(!status->accessibleName().isEmpty());

        // A 4xx answer: needs the customer's attention.
        m_sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults"));
        m_sandbox.setFaults(
            {{QStringLiteral("fail_next"), 1}, {QStringLiteral("fail_status"), 400}});
        consents->decide(QStringLiteral("product-recommendations"), Consent::State::Withdrawn, {},
                         {});
        QTRY_COMPARE_WITH_TIMEOUT(status->needsAttention(), 1, 20000);
        QCOMPARE(status->waiting(), 1);
        QVERIFY(status->text().contains(QLatin1String("1 choice needs your attention")));

        screenshots(QStringLiteral("retailers-linked"), m_zandbak, true);

        // Clicking it (mouse or keyboard) opens the Consents page.
        m_window->workspace()->showSection(WorkspaceView::Retailers);
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Space);
        QCOMPARE(m_window->workspace()->currentSection(), WorkspaceView::Consents);

        // The customer tries the refused one again ("try again"): it goes out, the count follows.
        auto refused = Outbox(*m_manager->vault())
                           .latestFor(m_zandbak, QStringLiteral("product-recommendations"))
                           .value();
        QVERIFY(refused);
        QVERIFY(Outbox(*m_manager->vault())
                    .retryNow(refused->id, Clock::instance().now().toMSecsSinceEpoch()));
        consents->sender()->sendDue();
        QTRY_VERIFY_WITH_TIMEOUT(status->needsAttention() == 0 && status->waiting() == 1, 20000);
        QVERIFY(!status->text().contains(QLatin1String("attention")));
        // Locked: nothing to say.
        m_manager->lock();
        QVERIFY(status->isHidden());
    }

    // A request to the linked shop, made on the Requests page, goes out through its API; the
    // shop's answers come back when the customer asks, and the copy lands in My data.
    void requestThroughTheShopsApi()
    {
        QVERIFY(link());
        WorkspaceView *w = m_window->workspace();
        w->showSection(WorkspaceView::Requests);
        w->requestsPage()->newRequest(m_zandbak, Requests::Kind::Access);
        NewRequestDialog *d = nullptr;
        QVERIFY(waitFor(
            [&] {
                d = m_window->findChild<NewRequestDialog *>();
                return d && d->isVisible();
            },
            10000));
        QVERIFY(d->makeRequest());
        const QString id = d->request().id;
        QCOMPARE(d->request().delivery, Requests::Delivery::Api);
        d->accept();
        RequestStore store(*m_manager->vault());
        QVERIFY(
            waitFor([&] { return store.find(id)->status == Requests::Status::Received; }, 20000));
        RequestPanel *panel = w->requestsPage()->panel();
        auto *status = child<QLabel>(panel, "requestStatus");
        QVERIFY(waitFor([&] { return status->text().contains(QLatin1String("Received")); }, 5000));

        m_sandbox.admin("POST", QStringLiteral("/_sandbox/requests/%1/complete").arg(id));
        QPushButton *check = panel->button(RequestPanel::Action::Check);
        QVERIFY(check && check->isVisible());
        press(check);
        QVERIFY(waitFor([&] { return store.find(id)->resultSnapshotId > 0; }, 20000));
        QPushButton *see = panel->button(RequestPanel::Action::SeeData);
        QVERIFY(waitFor([&] { return see->isVisible(); }, 5000));
        press(see);
        QCOMPARE(w->currentSection(), WorkspaceView::MyData);
        QCOMPARE(SnapshotStore(*m_manager->vault()).snapshots(m_zandbak).value().size(), 1);
    }

    void everyActionHasANameAndKey()
    {
        for (const char *name :
             {"linkAccountButton", "unlinkButton", "refreshDataButton", "cancelLinkButton"}) {
            QPushButton *b = button(name);
            QVERIFY2(!b->text().isEmpty(), name);
            QVERIFY2(b->focusPolicy() & Qt::TabFocus, name);
        }
        for (const char *name : {"linkAccountButton", "unlinkButton", "refreshDataButton"})
            QVERIFY2(button(name)->text().contains(QLatin1Char('&')), name);
    }

private:
    // Renders the Retailers page with `retailerId` selected (and the status area) in en and nl.
    void screenshots(const QString &name, qint64 retailerId, bool withStatus)
    {
        const QString dir = qEnvironmentVariable("ROER_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        // The Dutch of these screens before the coordinator merges translations/nl/refresh.tsv.
        QTranslator extra;
        const bool haveExtra = extra.load(qEnvironmentVariable("ROER_EXTRA_QM"));
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("nl")}) {
            if (lang == QLatin1String("nl") && haveExtra)
                qApp->installTranslator(&extra);
            m_languages->setLanguage(lang, false);
            QCoreApplication::processEvents();
            m_window->workspace()->showSection(WorkspaceView::Retailers);
            page()->refresh();
            page()->selectRetailer(retailerId);
            QTest::qWait(100);
            m_window->grab().save(dir + QStringLiteral("/%1-%2.png").arg(lang, name));
            if (withStatus)
                m_window->workspace()->deliveryStatus()->grab().save(
                    dir + QStringLiteral("/%1-delivery-status.png").arg(lang));
        }
        qApp->removeTranslator(&extra);
        m_languages->setLanguage(QStringLiteral("en"), false);
    }
};

QTEST_MAIN(TestRetailerAccounts)
#include "TestRetailerAccounts.moc"
