// The Consents page against the real roer-sandbox over loopback: real widgets (offscreen), a
// real vault in a temporary folder, real OAuth with PKCE (the sandbox approves at once), the
// real OutboxSender. Modal questions are answered through the test seams.
#include "ConsentHistoryDialog.h"
#include "ConsentServices.h"
#include "ConsentsPage.h"
#include "DecisionLetterDialog.h"
#include "FileDialog.h"
#include "LanguageManager.h"
#include "PurposeRow.h"
#include "Style.h"
#include "UiTestSupport.h"
#include "UrlOpener.h"

#include "../consent/ConsentTestUtil.h"
#include "../consent/LoopbackBrowser.h"
#include "../consent/SandboxProcess.h"

#include "consent/ConsentStore.h"
#include "consent/Outbox.h"
#include "consent/OutboxSender.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace UiTestSupport;

class TestConsentsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void giveAndWithdrawWithReceipt();
    void yesWaitsForAChannel();
    void neededPurposeCannotBeSwitchedOff();
    void objectToLegitimateInterest();
    void letterOnlyRetailerIsSentByYou();
    void statusAreaShowsWaitingAndAttention();
    void historyCheckAndExport();
    void everyControlHasAName();
    void screenshots();

private:
    qint64 addSandboxRetailer();
    qint64 addLetterRetailer();
    bool linkCurrent();
    PurposeRow *row(const QString &purposeId);
    QString status(const QString &purposeId);
    int appliedAtSandbox(const QString &idempotencyKey);

    QTemporaryDir m_settings;
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_browser;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultManager> m_manager;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<ConsentsPage> m_page;
};

void TestConsentsPage::initTestCase()
{
    isolateSettings(m_settings.path());
    QVERIFY(m_sandbox.start());
    qApp->setStyleSheet(Style::applicationStyleSheet());
    // The "browser": follows the authorize URL; the sandbox approves and redirects to Roer.
    UrlOpener::setForTests([this](const QUrl &url) {
        openLikeABrowser(m_browser, url);
        return true;
    });
}

void TestConsentsPage::cleanupTestCase()
{
    UrlOpener::setForTests({});
    m_sandbox.stop();
}

void TestConsentsPage::init()
{
    m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_manager = std::make_unique<VaultManager>(m_dir->filePath(QStringLiteral("vault")));
    QVERIFY(m_manager->createWithPassphrase(QStringLiteral("consents page test")));
    QVERIFY(
        m_manager->confirmRecoveryCode()); // as after setup: no reminder strip in the screenshots
    m_languages = std::make_unique<LanguageManager>();
    useBuildTranslations(*m_languages);
    m_languages->setLanguage(QStringLiteral("en"), false);
    m_page = std::make_unique<ConsentsPage>(m_manager.get(), m_languages.get());
    m_page->resize(1000, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(m_page->sender());
    m_page->sender()->setBackoff(10, 200);
}

void TestConsentsPage::cleanup()
{
    m_sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults"));
    m_page.reset();
    m_manager->lock();
    m_languages.reset();
    m_manager.reset();
    m_dir.reset();
}

qint64 TestConsentsPage::addSandboxRetailer()
{
    const qint64 id = ConsentTestUtil::addRetailer(*m_manager->vault(), QStringLiteral("Zandbak"),
                                                   m_sandbox.address());
    m_page->refresh();
    m_page->selectRetailer(id);
    return id;
}

qint64 TestConsentsPage::addLetterRetailer()
{
    const qint64 id =
        ConsentTestUtil::addRetailer(*m_manager->vault(), QStringLiteral("Briefwinkel"), QString(),
                                     QStringLiteral("privacy@briefwinkel.example"));
    m_page->refresh();
    m_page->selectRetailer(id);
    return id;
}

bool TestConsentsPage::linkCurrent()
{
    auto *link = child<QPushButton>(m_page.get(), "linkButton");
    if (!link || !link->isVisible())
        return false;
    press(link);
    return waitFor([&] { return row(QStringLiteral("direct-marketing")) != nullptr; }, 20000);
}

PurposeRow *TestConsentsPage::row(const QString &purposeId)
{
    for (PurposeRow *r : m_page->findChildren<PurposeRow *>())
        if (r->purposeId() == purposeId)
            return r;
    return nullptr;
}

QString TestConsentsPage::status(const QString &purposeId)
{
    PurposeRow *r = row(purposeId);
    auto *label = r ? r->findChild<QLabel *>(QStringLiteral("status")) : nullptr;
    return label ? label->text() : QString();
}

int TestConsentsPage::appliedAtSandbox(const QString &idempotencyKey)
{
    for (const QJsonValue &v : m_sandbox.decisions()[QLatin1String("idempotency_keys")].toArray())
        if (v[QLatin1String("key")].toString() == idempotencyKey)
            return v[QLatin1String("applied")].toInt();
    return 0;
}

void TestConsentsPage::giveAndWithdrawWithReceipt()
{
    const qint64 id = addSandboxRetailer();
    QVERIFY(linkCurrent());
    PurposeRow *marketing = row(QStringLiteral("direct-marketing"));
    auto *allow = marketing->findChild<QCheckBox *>(QStringLiteral("allowSwitch"));
    QVERIFY(allow);
    QVERIFY(!allow->isChecked()); // never pre-ticked
    for (QCheckBox *channel : marketing->findChildren<QCheckBox *>())
        if (channel->objectName().startsWith(QLatin1String("channel-")))
            QVERIFY(!channel->isChecked());
    press(marketing->findChild<QCheckBox *>(QStringLiteral("channel-email")));
    press(allow);
    QTRY_VERIFY_WITH_TIMEOUT(status(QStringLiteral("direct-marketing"))
                                 .contains(QLatin1String("Confirmed by the shop")),
                             20000);
    QVERIFY(status(QStringLiteral("direct-marketing")).contains(QLatin1String("You said yes")));
    // The receipt in words; its number only in the details.
    auto *rowStatus =
        row(QStringLiteral("direct-marketing"))->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY(!rowStatus->text().contains(QLatin1String("receipt")));
    QVERIFY(rowStatus->toolTip().startsWith(QLatin1String("Receipt number: ")));
    auto given =
        Outbox(*m_manager->vault()).latestFor(id, QStringLiteral("direct-marketing")).value();
    QVERIFY(given);
    QVERIFY(!given->receiptId.isEmpty());
    QCOMPARE(rowStatus->toolTip(), QStringLiteral("Receipt number: ") + given->receiptId);
    QCOMPARE(appliedAtSandbox(given->idempotencyKey), 1);
    // The page rebuilds its rows when a delivery changes: look the switch up again.
    QVERIFY(row(QStringLiteral("direct-marketing"))
                ->findChild<QCheckBox *>(QStringLiteral("allowSwitch"))
                ->isChecked());

    // Withdrawing is the same single click.
    press(row(QStringLiteral("direct-marketing"))
              ->findChild<QCheckBox *>(QStringLiteral("allowSwitch")));
    QTRY_VERIFY_WITH_TIMEOUT(
        status(QStringLiteral("direct-marketing")).contains(QLatin1String("You said no")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(status(QStringLiteral("direct-marketing"))
                                 .contains(QLatin1String("Confirmed by the shop")),
                             20000);
    auto withdrawn =
        Outbox(*m_manager->vault()).latestFor(id, QStringLiteral("direct-marketing")).value();
    QVERIFY(withdrawn->idempotencyKey != given->idempotencyKey);
    QCOMPARE(appliedAtSandbox(withdrawn->idempotencyKey), 1);
    QCOMPARE(withdrawn->payload[QLatin1String("state")].toString(), QStringLiteral("withdrawn"));

    // The shop agrees with what the customer decided.
    press(child<QPushButton>(m_page.get(), "reconcileButton"));
    auto *result = child<QLabel>(m_page.get(), "reconcileResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("same choices")), 20000);
}

// Issue 15: "yes" before a channel unticked itself with an error. Now it stays on, says what
// is missing, and the first channel ticked saves the yes with it.
void TestConsentsPage::yesWaitsForAChannel()
{
    const qint64 id = addSandboxRetailer();
    QVERIFY(linkCurrent());
    PurposeRow *marketing = row(QStringLiteral("direct-marketing"));
    auto *allow = marketing->findChild<QCheckBox *>(QStringLiteral("allowSwitch"));
    auto *problem = marketing->findChild<QLabel *>(QStringLiteral("problem"));
    press(allow);
    QVERIFY(allow->isChecked());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("tick at least one way")));
    QVERIFY(!ConsentStore(*m_manager->vault())
                 .decision(id, QStringLiteral("direct-marketing"))
                 .value()); // nothing decided yet
    // Unticked again before a channel: still nothing decided, no error left.
    press(allow);
    QVERIFY(!allow->isChecked());
    QVERIFY(!problem->isVisible());
    QVERIFY(!ConsentStore(*m_manager->vault())
                 .decision(id, QStringLiteral("direct-marketing"))
                 .value());

    press(allow);
    press(marketing->findChild<QCheckBox *>(QStringLiteral("channel-email")));
    QTRY_VERIFY(
        ConsentStore(*m_manager->vault()).decision(id, QStringLiteral("direct-marketing")).value());
    const ConsentDecision d =
        *ConsentStore(*m_manager->vault()).decision(id, QStringLiteral("direct-marketing")).value();
    QCOMPARE(d.state, Consent::State::Given);
    QCOMPARE(d.channels, QStringList({QStringLiteral("email")}));
    // The page rebuilt its rows: the yes and its channel are shown as saved, without an error.
    marketing = row(QStringLiteral("direct-marketing"));
    QVERIFY(marketing->findChild<QCheckBox *>(QStringLiteral("allowSwitch"))->isChecked());
    QVERIFY(marketing->findChild<QCheckBox *>(QStringLiteral("channel-email"))->isChecked());
    QVERIFY(!marketing->findChild<QLabel *>(QStringLiteral("problem"))->isVisible());

    // Ways of contact only where the purpose is contact (a location purpose is not).
    QStringList texts;
    for (QLabel *l : row(QStringLiteral("store-visit-analytics"))->findChildren<QLabel *>())
        texts << l->text();
    QVERIFY(texts.contains(QStringLiteral("Which ways this is for (choose at least one):")));
    texts.clear();
    for (QLabel *l : marketing->findChildren<QLabel *>())
        texts << l->text();
    QVERIFY(texts.contains(QStringLiteral("How they may contact you (choose at least one):")));
}

void TestConsentsPage::neededPurposeCannotBeSwitchedOff()
{
    addSandboxRetailer();
    QVERIFY(linkCurrent());
    PurposeRow *order = row(QStringLiteral("order-delivery"));
    QVERIFY(order);
    QCOMPARE(order->section(), PurposeRow::Section::Needed);
    QVERIFY(!order->findChild<QCheckBox *>(QStringLiteral("allowSwitch")));
    auto *on = order->findChild<QCheckBox *>(QStringLiteral("neededSwitch"));
    QVERIFY(on && on->isChecked() && !on->isEnabled());
    press(on);
    QVERIFY(on->isChecked());
    // Even asked directly, the core refuses and the page says why; nothing goes out.
    m_page->decide(QStringLiteral("order-delivery"), Consent::State::Withdrawn, {}, {});
    auto *problem =
        row(QStringLiteral("order-delivery"))->findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY2(problem->isVisible(),
             qPrintable(problem->text() + QLatin1Char('|')
                        + child<QLabel>(m_page.get(), "error")->text()));
    QVERIFY(problem->text().contains(QLatin1String("cannot switch it off")));
    QCOMPARE(Outbox(*m_manager->vault()).all().value().size(), 0);
}

void TestConsentsPage::objectToLegitimateInterest()
{
    const qint64 id = addSandboxRetailer();
    QVERIFY(linkCurrent());
    PurposeRow *ads = row(QStringLiteral("personalised-ads"));
    QVERIFY(ads);
    QCOMPARE(ads->section(), PurposeRow::Section::Interest);
    auto *object = ads->findChild<QPushButton *>(QStringLiteral("objectButton"));
    QCOMPARE(object->text(), QStringLiteral("Object"));
    press(object);
    QTRY_VERIFY_WITH_TIMEOUT(status(QStringLiteral("personalised-ads"))
                                 .contains(QLatin1String("Confirmed by the shop")),
                             20000);
    QVERIFY(status(QStringLiteral("personalised-ads")).contains(QLatin1String("You objected")));
    QCOMPARE(row(QStringLiteral("personalised-ads"))
                 ->findChild<QPushButton *>(QStringLiteral("objectButton"))
                 ->text(),
             QStringLiteral("Take back my objection"));
    auto entry =
        Outbox(*m_manager->vault()).latestFor(id, QStringLiteral("personalised-ads")).value();
    QCOMPARE(appliedAtSandbox(entry->idempotencyKey), 1);
}

void TestConsentsPage::letterOnlyRetailerIsSentByYou()
{
    addLetterRetailer();
    QVERIFY(!child<QPushButton>(m_page.get(), "linkButton")->isVisible());
    PurposeRow *marketing = row(QStringLiteral("dpv:DirectMarketing"));
    QVERIFY(marketing); // from the catalogue
    QVERIFY(row(QStringLiteral("dpv:DeliveryOfGoods")));
    QCOMPARE(row(QStringLiteral("dpv:DeliveryOfGoods"))->section(), PurposeRow::Section::Needed);
    press(marketing->findChild<QCheckBox *>(QStringLiteral("channel-post")));
    press(marketing->findChild<QCheckBox *>(QStringLiteral("allowSwitch")));
    QTRY_VERIFY(m_page->letterDialog() && m_page->letterDialog()->isVisible());
    DecisionLetterDialog *dialog = m_page->letterDialog();
    QVERIFY(dialog->text().contains(QLatin1String("Briefwinkel"))
            || dialog->text().contains(QLatin1String("Subject")));
    const QUrl mailto = DecisionLetterDialog::mailtoUrl(
        {DecisionLetter::Kind::Consent, QStringLiteral("privacy@briefwinkel.example"),
         QStringLiteral("A & B"), QStringLiteral("Line 1\nLine 2 + more")});
    QCOMPARE(mailto.scheme(), QStringLiteral("mailto"));
    QVERIFY(mailto.toString(QUrl::FullyEncoded).contains(QLatin1String("subject=A%20%26%20B")));
    QVERIFY(status(QStringLiteral("dpv:DirectMarketing")).contains(QLatin1String("Not sent yet")));
    QVERIFY(child<QLabel>(m_page.get(), "deliveryStatus")
                ->text()
                .contains(QLatin1String("1 letter still to send")));
    press(dialog->findChild<QPushButton *>(QStringLiteral("sentButton")));
    QTRY_VERIFY(!m_page->letterDialog());
    QVERIFY(
        status(QStringLiteral("dpv:DirectMarketing")).contains(QLatin1String("Sent by you on")));
    QCOMPARE(Outbox(*m_manager->vault()).all().value().size(), 0); // Roer itself sent nothing

    // Withdrawing by letter works the same way.
    press(row(QStringLiteral("dpv:DirectMarketing"))
              ->findChild<QCheckBox *>(QStringLiteral("allowSwitch")));
    QTRY_VERIFY(m_page->letterDialog() && m_page->letterDialog()->isVisible());
    QVERIFY(status(QStringLiteral("dpv:DirectMarketing")).contains(QLatin1String("You said no")));
    press(m_page->letterDialog()->findChild<QPushButton *>(QStringLiteral("closeButton")));
    QTRY_VERIFY(!m_page->letterDialog());
    QVERIFY(status(QStringLiteral("dpv:DirectMarketing")).contains(QLatin1String("Not sent yet")));
}

void TestConsentsPage::statusAreaShowsWaitingAndAttention()
{
    addSandboxRetailer();
    QVERIFY(linkCurrent());
    auto *statusLabel = child<QLabel>(m_page.get(), "deliveryStatus");
    // Nothing chosen yet: nothing is said to be delivered (issue 15).
    QCOMPARE(statusLabel->text(), QStringLiteral("You have not made a choice yet."));
    m_page->sender()->setBackoff(60000, 60000); // a failed attempt waits a minute
    m_sandbox.setFaults({{QStringLiteral("fail_next"), 1}, {QStringLiteral("fail_status"), 503}});
    press(row(QStringLiteral("product-recommendations"))
              ->findChild<QCheckBox *>(QStringLiteral("channel-email")));
    press(row(QStringLiteral("product-recommendations"))
              ->findChild<QCheckBox *>(QStringLiteral("allowSwitch")));
    QTRY_VERIFY_WITH_TIMEOUT(statusLabel->text().contains(
                                 QLatin1String("1 decision waiting to send")),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->sender()->inFlight() == 0, 10000);
    QVERIFY(status(QStringLiteral("product-recommendations"))
                .contains(QLatin1String("Waiting to send")));

    // A refusal the customer must look at (422 is not retried).
    m_sandbox.setFaults({{QStringLiteral("fail_next"), 1}, {QStringLiteral("fail_status"), 422}});
    press(row(QStringLiteral("store-visit-analytics"))
              ->findChild<QCheckBox *>(QStringLiteral("channel-app")));
    press(row(QStringLiteral("store-visit-analytics"))
              ->findChild<QCheckBox *>(QStringLiteral("allowSwitch")));
    QTRY_VERIFY_WITH_TIMEOUT(statusLabel->text().contains(QLatin1String("1 needs your attention")),
                             20000);
    QVERIFY(statusLabel->text().contains(QLatin1String("1 decision waiting to send")));
    QVERIFY(status(QStringLiteral("store-visit-analytics"))
                .contains(QLatin1String("Needs your attention")));
    auto *which = child<QPushButton>(m_page.get(), "showWhichButton");
    QVERIFY(which->isVisible());
    press(which);
    auto *list = child<QLabel>(m_page.get(), "whichList");
    QVERIFY(list->isVisible());
    QVERIFY(list->text().contains(QLatin1String("Zandbak, Measuring store visits")));
    QVERIFY(list->text().contains(QLatin1String("Zandbak, Product tips: waiting to send")));

    // "Try again" sends the same decision again (same key) and now it is confirmed.
    auto *retry = row(QStringLiteral("store-visit-analytics"))
                      ->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry->isVisible());
    press(retry);
    QTRY_VERIFY_WITH_TIMEOUT(status(QStringLiteral("store-visit-analytics"))
                                 .contains(QLatin1String("Confirmed")),
                             20000);
    QVERIFY(!statusLabel->text().contains(QLatin1String("attention")));
}

void TestConsentsPage::historyCheckAndExport()
{
    const qint64 id = addSandboxRetailer();
    QVERIFY(linkCurrent());
    // A yes names at least one way of contact; without one the row says so and nothing is stored
    // until the customer ticks one.
    press(row(QStringLiteral("direct-marketing"))
              ->findChild<QCheckBox *>(QStringLiteral("allowSwitch")));
    QVERIFY2(row(QStringLiteral("direct-marketing"))
                 ->findChild<QLabel *>(QStringLiteral("problem"))
                 ->isVisible(),
             qPrintable(row(QStringLiteral("direct-marketing"))
                            ->findChild<QLabel *>(QStringLiteral("problem"))
                            ->text()
                        + QLatin1Char('|') + child<QLabel>(m_page.get(), "error")->text()));
    QVERIFY(row(QStringLiteral("direct-marketing"))
                ->findChild<QCheckBox *>(QStringLiteral("allowSwitch"))
                ->isChecked()); // the yes waits for its channel
    QCOMPARE(ConsentStore(*m_manager->vault()).history(id).value().size(), 0);
    press(row(QStringLiteral("direct-marketing"))
              ->findChild<QCheckBox *>(QStringLiteral("channel-sms")));
    QTRY_COMPARE(ConsentStore(*m_manager->vault()).history(id).value().size(), 1);
    QVERIFY(!row(QStringLiteral("direct-marketing"))
                 ->findChild<QLabel *>(QStringLiteral("problem"))
                 ->isVisible());
    press(row(QStringLiteral("personalised-ads"))
              ->findChild<QPushButton *>(QStringLiteral("objectButton")));
    press(row(QStringLiteral("direct-marketing"))
              ->findChild<QCheckBox *>(QStringLiteral("allowSwitch")));
    QCOMPARE(ConsentStore(*m_manager->vault()).history(id).value().size(), 3);

    press(child<QPushButton>(m_page.get(), "historyButton"));
    QTRY_VERIFY(m_page->historyDialog() && m_page->historyDialog()->isVisible());
    ConsentHistoryDialog *dialog = m_page->historyDialog();
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("historyList"));
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Yes"));
    QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("Objected"));
    QCOMPARE(list->topLevelItem(2)->text(2), QStringLiteral("No"));
    press(dialog->findChild<QPushButton *>(QStringLiteral("checkButton")));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("checkResult"));
    QVERIFY(result->text().contains(QLatin1String("Nobody changed it")));
    QVERIFY(result->text().contains(QLatin1String("3 choices")));

    QTemporaryDir out;
    const QString jsonFile = out.filePath(QStringLiteral("history.json"));
    FileDialog::setNextFileName(jsonFile);
    press(dialog->findChild<QPushButton *>(QStringLiteral("exportJsonButton")));
    QFile json(jsonFile);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonDocument doc = QJsonDocument::fromJson(json.readAll());
    QVERIFY(doc.isObject());
    QVERIFY(QString::fromUtf8(doc.toJson()).contains(QLatin1String("direct-marketing")));
    const QString htmlFile = out.filePath(QStringLiteral("history.html"));
    FileDialog::setNextFileName(htmlFile);
    press(dialog->findChild<QPushButton *>(QStringLiteral("exportPageButton")));
    QFile html(htmlFile);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("<html"));
    // Cancelled: nothing is written anywhere.
    FileDialog::setNextFileName(QString());
    press(dialog->findChild<QPushButton *>(QStringLiteral("exportJsonButton")));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 2);

    // An edit behind Roer's back is found.
    QVERIFY(m_manager->vault()->exec("DELETE FROM consent_record WHERE seq = 2"));
    press(dialog->findChild<QPushButton *>(QStringLiteral("checkButton")));
    QVERIFY(result->text().contains(QLatin1String("changed outside Roer")));
}

void TestConsentsPage::everyControlHasAName()
{
    addSandboxRetailer();
    QVERIFY(linkCurrent());
    for (QWidget *w : m_page->findChildren<QWidget *>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (qobject_cast<QAbstractButton *>(w)
            && !qobject_cast<QAbstractButton *>(w)->text().isEmpty())
            continue;
        if (w->accessibleName().isEmpty()) {
            // A combo or field may be named by its buddy label.
            bool hasBuddy = false;
            for (QLabel *l : m_page->findChildren<QLabel *>())
                hasBuddy = hasBuddy || l->buddy() == w;
            QVERIFY2(hasBuddy || qobject_cast<QAbstractScrollArea *>(w)
                         || qobject_cast<QScrollBar *>(w) || w->inherits("QCalendarWidget")
                         || w->objectName() == QLatin1String("qt_spinbox_lineedit")
                         || w->parentWidget()->inherits("QDateTimeEdit")
                         || w->inherits("QComboBoxPrivateContainer"),
                     qPrintable(QStringLiteral("%1 (%2) has no name")
                                    .arg(w->objectName(),
                                         QString::fromLatin1(w->metaObject()->className()))));
        }
    }
}

// Renders the page for docs/screenshots when ROER_SCREENSHOT_DIR is set (not a check).
void TestConsentsPage::screenshots()
{
    const QString dir = qEnvironmentVariable("ROER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("ROER_SCREENSHOT_DIR not set");
    // The Dutch of this page before the coordinator merges translations/nl/cpage.tsv.
    QTranslator extra;
    const bool haveExtra = extra.load(qEnvironmentVariable("ROER_EXTRA_QM"));
    const qint64 sandboxId = addSandboxRetailer();
    QVERIFY(linkCurrent());
    press(row(QStringLiteral("direct-marketing"))
              ->findChild<QCheckBox *>(QStringLiteral("channel-email")));
    press(row(QStringLiteral("direct-marketing"))
              ->findChild<QCheckBox *>(QStringLiteral("allowSwitch")));
    QTRY_VERIFY_WITH_TIMEOUT(
        status(QStringLiteral("direct-marketing")).contains(QLatin1String("Confirmed")), 20000);
    press(row(QStringLiteral("personalised-ads"))
              ->findChild<QPushButton *>(QStringLiteral("objectButton")));
    QTRY_VERIFY_WITH_TIMEOUT(
        status(QStringLiteral("personalised-ads")).contains(QLatin1String("Confirmed")), 20000);
    const qint64 letterId = addLetterRetailer();
    press(row(QStringLiteral("dpv:DirectMarketing"))
              ->findChild<QCheckBox *>(QStringLiteral("channel-email")));
    press(row(QStringLiteral("dpv:DirectMarketing"))
              ->findChild<QCheckBox *>(QStringLiteral("allowSwitch")));
    QTRY_VERIFY(m_page->letterDialog());
    m_page->letterDialog()->grab().save(dir + QStringLiteral("/en-consents-letter.png"));
    press(m_page->letterDialog()->findChild<QPushButton *>(QStringLiteral("sentButton")));
    QTRY_VERIFY(!m_page->letterDialog());
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("nl")}) {
        if (lang == QLatin1String("nl") && haveExtra)
            qApp->installTranslator(&extra);
        m_languages->setLanguage(lang, false);
        QCoreApplication::processEvents();
        m_page->selectRetailer(sandboxId);
        QTest::qWait(100);
        m_page->grab().save(dir + QStringLiteral("/%1-consents.png").arg(lang));

        m_page->selectRetailer(letterId);
        QTest::qWait(100);
        m_page->grab().save(dir + QStringLiteral("/%1-consents-letter-shop.png").arg(lang));
        m_page->selectRetailer(sandboxId);
        m_page->showHistory();
        QTRY_VERIFY(m_page->historyDialog());
        m_page->historyDialog()->check();
        QTest::qWait(100);
        m_page->historyDialog()->grab().save(
            dir + QStringLiteral("/%1-consents-history.png").arg(lang));
        m_page->historyDialog()->close();
        QTRY_VERIFY(!m_page->historyDialog());
    }
    qApp->removeTranslator(&extra);
}

QTEST_MAIN(TestConsentsPage)
#include "TestConsentsPage.moc"
