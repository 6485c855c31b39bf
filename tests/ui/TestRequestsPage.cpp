// The Requests page and its dialogs: real widgets (offscreen), a real vault in a temporary
// folder, driven with the keyboard only where a customer would; letters to a real PDF checked
// with pdftotext/pdfinfo; the overview's list and alert buttons; a clock seam for "a month
// later". Native file dialogs are answered through FileDialog's seam.
#include "AnswerDialog.h"
#include "ComplaintDialog.h"
#include "DataTreeModel.h"
#include "FileDialog.h"
#include "LanguageManager.h"
#include "LetterPrinter.h"
#include "MainWindow.h"
#include "MarkSentDialog.h"
#include "MyDataPage.h"
#include "NewRequestDialog.h"
#include "OverviewPage.h"
#include "PagesTestSupport.h"
#include "RequestLetterDialog.h"
#include "RequestPanel.h"
#include "RequestsPage.h"
#include "RequestsTestSupport.h"
#include "Style.h"
#include "UiTestSupport.h"
#include "UrlOpener.h"
#include "WorkspaceView.h"

#include "../consent/ConsentTestUtil.h"

#include "requests/Deadline.h"
#include "requests/RequestLetter.h"
#include "requests/RequestStore.h"
#include "vault/VaultManager.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

using namespace UiTestSupport;

class TestRequestsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultManager> m_manager;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    FakeClock m_clock;

    Vault &vault() { return *m_manager->vault(); }
    RequestsPage *page() { return m_window->workspace()->requestsPage(); }
    RequestPanel *panel() { return page()->panel(); }

    template<typename Dialog>
    Dialog *dialog()
    {
        Dialog *d = nullptr;
        waitFor(
            [&] {
                d = m_window->findChild<Dialog *>();
                return d && d->isVisible();
            },
            10000);
        if (!d || !d->isVisible())
            return nullptr;
        // What a window manager does for a new dialog: give it the keyboard.
        d->activateWindow();
        (void)QTest::qWaitForWindowActive(d);
        // The window can be active a moment before its first widget has the focus.
        waitFor(
            [&] {
                return QApplication::focusWidget() && QApplication::focusWidget()->window() == d;
            },
            5000);
        return d;
    }

    // A key on whatever has the keyboard focus, as a customer would press it.
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, k, mods);
    }
    void type(const QString &text)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, text);
    }

    RightsRequest only()
    {
        auto list = RequestStore(vault()).list();
        return list && list->size() == 1 ? list->first() : RightsRequest();
    }

private slots:
    void initTestCase()
    {
        isolateSettings(m_settings.path());
        qApp->setStyleSheet(Style::applicationStyleSheet());
    }
    void init()
    {
        m_clock.set(QDateTime::currentDateTimeUtc());
        Clock::setInstance(&m_clock);
        m_dir = std::make_unique<QTemporaryDir>();
        m_manager = std::make_unique<VaultManager>(m_dir->filePath(QStringLiteral("vault")));
        QVERIFY(m_manager->createWithPassphrase(QStringLiteral("requests page test")));
        QVERIFY(m_manager->confirmRecoveryCode());
        m_languages = std::make_unique<LanguageManager>();
        useBuildTranslations(*m_languages);
        m_languages->setLanguage(QStringLiteral("en"), false);
        m_window = std::make_unique<MainWindow>(m_manager.get(), m_languages.get());
        m_window->resize(1100, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
    }
    void cleanup()
    {
        m_window.reset();
        m_manager->lock();
        m_languages.reset();
        m_manager.reset();
        m_dir.reset();
        Clock::setInstance(nullptr);
    }

    void letterRequestByKeyboardOnly()
    {
        const qint64 shop =
            RequestsTestSupport::addDirectoryShop(vault(), QStringLiteral("datarequests:blendle"));
        QVERIFY(shop > 0);
        // Sidebar: down to "Requests".
        m_window->workspace()->setFocus();
        for (int i = 0; i < 4; ++i)
            key(Qt::Key_Down);
        QCOMPARE(m_window->workspace()->currentSection(), WorkspaceView::Requests);
        QVERIFY(child<QLabel>(m_window.get(), "requestsTitle")->isVisible());

        key(Qt::Key_N, Qt::AltModifier); // &New request…
        auto *d = dialog<NewRequestDialog>();
        QVERIFY(d);
        key(Qt::Key_Tab); // the first kind: "A copy of your data"
        QCOMPARE(QApplication::focusWidget(), child<QRadioButton>(d, "kind-access"));
        key(Qt::Key_Down); // "Erase your data"; whether the arrow checks it too differs by Qt
                           // version
        QCOMPARE(QApplication::focusWidget(), child<QRadioButton>(d, "kind-erasure"));
        key(Qt::Key_Space);
        QVERIFY(child<QRadioButton>(d, "kind-erasure")->isChecked());
        key(Qt::Key_A, Qt::AltModifier); // What is it &about?
        type(QStringLiteral("my loyalty card"));
        key(Qt::Key_M, Qt::AltModifier); // Your na&me
        type(QStringLiteral("Anna de Vries"));
        key(Qt::Key_Return); // the default button: Make the request
        QTRY_VERIFY(!d->isVisible());
        RightsRequest r = only();
        QCOMPARE(r.kind, Requests::Kind::Erasure);
        QCOMPARE(r.details.scope, QStringLiteral("my loyalty card"));
        QVERIFY(r.details.withdrawConsents);
        QCOMPARE(r.status, Requests::Status::LetterMade);
        QCOMPARE(RequestStore(vault()).requester()->name, QStringLiteral("Anna de Vries"));

        // The letter comes up at once; "I sent it" asks when and how.
        auto *letter = dialog<RequestLetterDialog>();
        QVERIFY(letter);
        QVERIFY(letter->text().contains(QStringLiteral("Catharijnesingel 52")));
        QVERIFY(
            letter->text().contains(QStringLiteral("Please erase this data: my loyalty card.")));
        key(Qt::Key_S, Qt::AltModifier); // I &sent it…
        auto *sent = dialog<MarkSentDialog>();
        QVERIFY(sent);
        key(Qt::Key_P, Qt::AltModifier); // By &post (a mnemonic clicks after a short moment)
        QTRY_VERIFY(child<QRadioButton>(sent, "sentBy-post")->isChecked());
        key(Qt::Key_Return);
        QTRY_VERIFY(!sent->isVisible());
        r = only();
        QCOMPARE(r.status, Requests::Status::Sent);
        QCOMPARE(r.sentBy, std::optional<Requests::SentBy>(Requests::SentBy::Post));
        QCOMPARE(r.dueOn, Deadline::due(r.sentOn.addDays(2)));
        QVERIFY(child<QLabel>(m_window.get(), "requestDeadline")
                    ->text()
                    .contains(QStringLiteral("days left")));
        // The history names the letter that was sent.
        auto history = RequestStore(vault()).history(r.id);
        QCOMPARE(history->last().details.value(QLatin1String("letter_sha256")).toString().size(),
                 64);

        // The shop says no: the customer notes it, with their reason. Back in the window, the
        // keyboard is on the panel's first button.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        panel()->button(RequestPanel::Action::Letter)->setFocus();
        key(Qt::Key_W, Qt::AltModifier); // The shop ans&wered…
        auto *answer = dialog<AnswerDialog>();
        QVERIFY(answer);
        key(Qt::Key_R, Qt::AltModifier); // They &refused
        QTRY_VERIFY(child<QRadioButton>(answer, "answer-refused")->isChecked());
        key(Qt::Key_T, Qt::AltModifier); // &Their reason
        type(QStringLiteral("We need it for your open order."));
        key(Qt::Key_Return);
        QTRY_VERIFY(!answer->isVisible());
        r = only();
        QCOMPARE(r.status, Requests::Status::Refused);
        QCOMPARE(r.reasonText(QStringLiteral("en")),
                 QStringLiteral("We need it for your open order."));
        QVERIFY(panel()->button(RequestPanel::Action::Complaint)->isVisible());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The answer button is gone; the keyboard is still in the panel.
        QVERIFY(panel()->isAncestorOf(QApplication::focusWidget()));

        // A refusal can go to the AP: the complaint and its attachments in a new folder.
        key(Qt::Key_A, Qt::AltModifier); // Complaint to the &AP…
        auto *complaint = dialog<ComplaintDialog>();
        QVERIFY(complaint);
        QVERIFY(complaint->text().contains(QStringLiteral("We need it for your open order.")));
        const QString folder = m_dir->filePath(QStringLiteral("klacht"));
        FileDialog::setNextFileName(folder);
        key(Qt::Key_S, Qt::AltModifier); // &Save with attachments…
        QTRY_VERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("0-klacht.txt"))));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("1-verzoek.txt"))));
        QTRY_COMPARE(RequestStore(vault()).history(r.id)->last().event,
                     QString::fromLatin1(RequestEvent::kComplaintMade));
        key(Qt::Key_Escape);
        QTRY_VERIFY(!complaint->isVisible());
    }

    void letterAsPdfOnA4()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdftotext.isEmpty() || pdfinfo.isEmpty())
            QSKIP("pdftotext/pdfinfo (poppler-utils) not installed");
        const qint64 shop =
            RequestsTestSupport::addDirectoryShop(vault(), QStringLiteral("datarequests:blendle"));
        RequestStore::NewRequest n;
        n.retailerId = shop;
        n.kind = Requests::Kind::Access;
        n.language = QStringLiteral("nl");
        QVERIFY(RequestStore(vault()).saveRequester(
            {QStringLiteral("Anna de Vries"), QStringLiteral("Voorbeeldstraat 1\n1234 AB Utrecht"),
             QStringLiteral("anna@example.invalid")}));
        auto r = RequestStore(vault()).create(n);
        QVERIFY(r);
        m_window->workspace()->showSection(WorkspaceView::Requests);
        panel()->button(RequestPanel::Action::Letter)->click();
        auto *letter = dialog<RequestLetterDialog>();
        QVERIFY(letter);
        const QString file = m_dir->filePath(QStringLiteral("brief.pdf"));
        FileDialog::setNextFileName(file);
        child<QPushButton>(letter, "pdfButton")->click();
        QVERIFY(QFile::exists(file));

        QProcess info;
        info.start(pdfinfo, {file});
        QVERIFY(info.waitForFinished(30000));
        const QString meta = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(meta.contains(QStringLiteral("(A4)")), qPrintable(meta));
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), file, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        for (const char *expected :
             {"Verzoek om een kopie van mijn persoonsgegevens (artikel 15 AVG)",
              "Catharijnesingel 52", "3511 GC Utrecht", "Anna de Vries", "artikel 12, lid 6",
              "artikel 15, lid 1, onder a", "Beste Blendle B.V.,", "Met vriendelijke groet,"})
            QVERIFY2(body.contains(QString::fromUtf8(expected)), expected);
        // The customer's address sits above the shop's, on the first page.
        QVERIFY(body.indexOf(QStringLiteral("Voorbeeldstraat"))
                < body.indexOf(QStringLiteral("Catharijnesingel")));
        // Markup in the customer's own text stays text.
        RightsRequest hostile = *r;
        hostile.details.scope = QStringLiteral("<b>bold</b> & <img src=x>");
        const RequestLetter l = RequestLetter::make(hostile, Retailer(), Requester(),
                                                    QStringLiteral("en"), QDate(2026, 3, 3));
        QVERIFY(
            LetterPrinter::letterHtml(l).contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp;")));
        // A folder that cannot be written: a message, nothing half written.
        FileDialog::setNextFileName(QStringLiteral("/proc/roer/brief.pdf"));
        child<QPushButton>(letter, "pdfButton")->click();
        QVERIFY(child<QLabel>(letter, "letterDone")->text().contains(QStringLiteral("could not")));
    }

    void emailGetsAShortLinkAndTheRestIsCopied()
    {
        const qint64 shop =
            RequestsTestSupport::addDirectoryShop(vault(), QStringLiteral("datarequests:blendle"));
        RequestStore::NewRequest n;
        n.retailerId = shop;
        n.kind = Requests::Kind::Erasure;
        n.details.withdrawConsents = true;
        auto r = RequestStore(vault()).create(n);
        QVERIFY(r);
        m_window->workspace()->showSection(WorkspaceView::Requests);
        panel()->button(RequestPanel::Action::Letter)->click();
        auto *letter = dialog<RequestLetterDialog>();
        QVERIFY(letter);
        QUrl opened;
        UrlOpener::setForTests([&](const QUrl &url) {
            opened = url;
            return true;
        });
        child<QPushButton>(letter, "mailButton")->click();
        UrlOpener::setForTests({});
        QCOMPARE(opened.scheme(), QStringLiteral("mailto"));
        QCOMPARE(opened.path(), QStringLiteral("contact@blendle.com"));
        QVERIFY(opened.toEncoded().size() < 2000);
        const QString body =
            QUrlQuery(opened).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QCOMPARE(body, letter->letter().shortEmailBody());
        QCOMPARE(QApplication::clipboard()->text(), letter->letter().restOfEmail());
        child<QPushButton>(letter, "copyButton")->click();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Article 7(3)")));
        QApplication::clipboard()->clear();
    }

    void alertOpensAPrefilledRequest()
    {
        const qint64 bol =
            PagesTestSupport::addAndImport(vault(), QStringLiteral("Bol"),
                                           {PagesTestSupport::writeLocationExport(m_dir->path())});
        QVERIFY(bol > 0);
        m_window->workspace()->overviewPage()->refresh();
        QPushButton *ask = nullptr;
        QVERIFY(waitFor(
            [&] {
                ask = m_window->findChild<QPushButton *>(QStringLiteral("alertRequestButton"));
                return ask != nullptr;
            },
            60000));
        QCOMPARE(ask->property("alertKind").toString(), QStringLiteral("location-trail"));
        ask->click();
        auto *d = dialog<NewRequestDialog>();
        QVERIFY(d);
        QCOMPARE(m_window->workspace()->currentSection(), WorkspaceView::Requests);
        QVERIFY(child<QRadioButton>(d, "kind-erasure")->isChecked());
        QVERIFY(child<QLabel>(d, "requestFound")->isVisible());
        QVERIFY(d->makeRequest());
        d->accept();
        RightsRequest r = only();
        QCOMPARE(r.retailerId, bol);
        QCOMPARE(r.details.categories, QStringList{QStringLiteral("pd:Location")});
        auto *letter = dialog<RequestLetterDialog>();
        QVERIFY(letter);
        QVERIFY(letter->text().contains(QStringLiteral("the places where I was")));
        letter->reject();
    }

    // Each alert's button asks for what its advice names: groups a shop put the customer in
    // are objected to (GDPR Art. 21), not erased; and no alert says Roer cannot send it.
    void profilingAlertOpensAnObjection()
    {
        const QString segments = m_dir->filePath(QStringLiteral("segments.json"));
        QFile f(segments);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"segments\": [\"family with young children\", \"bargain hunter\"]}");
        f.close();
        const qint64 shop =
            PagesTestSupport::addAndImport(vault(), QStringLiteral("Segmenta"), {segments});
        QVERIFY(shop > 0);
        m_window->workspace()->overviewPage()->refresh();
        QPushButton *ask = nullptr;
        QVERIFY(waitFor(
            [&] {
                const auto buttons =
                    m_window->findChildren<QPushButton *>(QStringLiteral("alertRequestButton"));
                for (QPushButton *b : buttons)
                    if (b->property("alertKind").toString() == QLatin1String("profiling"))
                        ask = b;
                return ask != nullptr;
            },
            60000));
        QCOMPARE(ask->property("requestKind").toString(), QStringLiteral("objection"));
        QCOMPARE(ask->text(), QStringLiteral("Object to this profile…"));
        const auto alerts = m_window->findChildren<QLabel *>(QStringLiteral("alert"));
        QVERIFY(!alerts.isEmpty());
        for (QLabel *alert : alerts)
            QVERIFY2(!alert->text().contains(QStringLiteral("cannot send")),
                     qPrintable(alert->text()));
        ask->click();
        auto *d = dialog<NewRequestDialog>();
        QVERIFY(d);
        QVERIFY(child<QRadioButton>(d, "kind-objection")->isChecked());
        d->reject();
    }

    // "Ask to erase it…" on a field in My data: a prefilled erasure that names the field.
    void myDataFieldOpensAPrefilledRequest()
    {
        const qint64 bol =
            PagesTestSupport::addAndImport(vault(), QStringLiteral("Bol"),
                                           {PagesTestSupport::writeLocationExport(m_dir->path())});
        QVERIFY(bol > 0);
        m_window->workspace()->showSection(WorkspaceView::MyData);
        MyDataPage *myData = m_window->workspace()->myDataPage();
        myData->showRetailer(bol);
        QVERIFY(waitFor([&] { return !myData->isExplaining(); }, 60000));
        DataTreeModel *model = myData->model();
        QModelIndex latitude;
        for (int c = 0; c < model->rowCount() && !latitude.isValid(); ++c)
            for (int f = 0; f < model->rowCount(model->index(c, 0)); ++f)
                if (const ExplainedField *ef =
                        model->fieldAt(model->index(f, 0, model->index(c, 0)));
                    ef && ef->path.endsWith(QLatin1String("Latitude")))
                    latitude = model->index(f, 0, model->index(c, 0));
        QStringList seen;
        for (const ExplainedField &ef : model->fields())
            seen.append(ef.path);
        QVERIFY2(latitude.isValid(), qPrintable(seen.join(QLatin1Char(','))));
        auto *tree = child<QTreeView>(m_window.get(), "dataTree");
        auto *proxy = static_cast<QSortFilterProxyModel *>(tree->model());
        tree->setCurrentIndex(proxy->mapFromSource(latitude));
        auto *erase = child<QPushButton>(m_window.get(), "askEraseButton");
        QVERIFY(erase->isVisible());
        QVERIFY(!erase->text().isEmpty());
        erase->click();

        auto *d = dialog<NewRequestDialog>();
        QVERIFY(d);
        QCOMPARE(m_window->workspace()->currentSection(), WorkspaceView::Requests);
        QVERIFY(child<QRadioButton>(d, "kind-erasure")->isChecked());
        auto *found = child<QLabel>(d, "requestFound");
        QVERIFY(found->isVisible());
        QVERIFY(found->text().contains(QStringLiteral("Locatiegeschiedenis.csv › Latitude")));
        QVERIFY(d->makeRequest());
        d->accept();
        RightsRequest r = only();
        QCOMPARE(r.retailerId, bol);
        QCOMPARE(r.kind, Requests::Kind::Erasure);
        QCOMPARE(r.details.fieldPath, QStringLiteral("Locatiegeschiedenis.csv › Latitude"));
        auto *letter = dialog<RequestLetterDialog>();
        QVERIFY(letter);
        QVERIFY(letter->text().contains(QStringLiteral("Locatiegeschiedenis.csv › Latitude")));
        letter->reject();

        // A category row has no field to point at: no request buttons there.
        m_window->workspace()->showSection(WorkspaceView::MyData);
        tree->setCurrentIndex(proxy->mapFromSource(latitude));
        QVERIFY(erase->isVisible());
        tree->setCurrentIndex(proxy->mapFromSource(model->index(0, 0)));
        QVERIFY(!erase->isVisible());
        QVERIFY(!child<QPushButton>(m_window.get(), "askCorrectButton")->isVisible());
    }

    void aMonthLaterTheOverviewSaysItIsLate()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 blendle =
            RequestsTestSupport::addDirectoryShop(vault(), QStringLiteral("datarequests:blendle"));
        const qint64 bol = PagesTestSupport::addAndImport(vault(), QStringLiteral("Bol"), {});
        const qint64 zeeman = PagesTestSupport::addAndImport(vault(), QStringLiteral("Zeeman"), {});
        const qint64 albert = PagesTestSupport::addAndImport(vault(), QStringLiteral("Albert"), {});
        QVERIFY(
            RequestsTestSupport::makeSampleRequests(vault(), blendle, bol, zeeman, albert, now));
        Clock::setInstance(&m_clock);
        m_window->workspace()->overviewPage()->refresh();
        QList<QLabel *> items;
        QVERIFY(waitFor([&] {
            items = m_window->findChildren<QLabel *>(QStringLiteral("agendaItem"));
            return items.size() == 2;
        }));
        QVERIFY(items.first()->text().contains(QStringLiteral("days late")));
        QVERIFY(items.last()->text().contains(QStringLiteral("Did you send it?")));

        // "Open" goes to the late request; its panel offers the reminder and the AP.
        m_window->findChildren<QPushButton *>(QStringLiteral("agendaOpenButton")).first()->click();
        QCOMPARE(m_window->workspace()->currentSection(), WorkspaceView::Requests);
        QTRY_VERIFY(child<QLabel>(m_window.get(), "requestTitle")
                        ->text()
                        .contains(QStringLiteral("Blendle")));
        QVERIFY(panel()->button(RequestPanel::Action::Reminder)->isVisible());
        QVERIFY(panel()->button(RequestPanel::Action::Complaint)->isVisible());
        panel()->button(RequestPanel::Action::Reminder)->click();
        auto *reminder = dialog<RequestLetterDialog>();
        QVERIFY(reminder);
        QVERIFY(reminder->text().contains(QStringLiteral("Autoriteit Persoonsgegevens")));
        child<QPushButton>(reminder, "copyButton")->click();
        const QString id = page()->currentRequest();
        QTRY_COMPARE(RequestStore(vault()).history(id)->last().event,
                     QString::fromLatin1(RequestEvent::kReminderMade));
        reminder->reject();

        // Another month on, after a restart: still right, from the dates alone.
        m_clock.set(now.addDays(31));
        m_manager->lock();
        QVERIFY(m_manager->unlockWithPassphrase(QStringLiteral("requests page test")));
        m_window->workspace()->showSection(WorkspaceView::Requests);
        auto *list = child<QListWidget>(m_window.get(), "requestList");
        QTRY_COMPARE(list->count(), 4);
        auto late = RequestStore(vault()).find(id);
        QVERIFY(late);
        const QString expected =
            Deadline::shortText(late->deadline(), m_clock.now().toLocalTime().date());
        QVERIFY(expected.endsWith(QStringLiteral("days late")));
        bool sawLate = false;
        for (int i = 0; i < list->count(); ++i)
            sawLate = sawLate || list->item(i)->text().contains(expected);
        QVERIFY2(sawLate, qPrintable(expected));
    }

    void calendarFileAndHistoryExport()
    {
        const qint64 shop =
            RequestsTestSupport::addDirectoryShop(vault(), QStringLiteral("datarequests:blendle"));
        RequestStore::NewRequest n;
        n.retailerId = shop;
        n.kind = Requests::Kind::Portability;
        auto r = RequestStore(vault()).create(n);
        QVERIFY(RequestStore(vault()).markSent(r->id, m_clock.now().toLocalTime().date(),
                                               Requests::SentBy::Email));
        m_window->workspace()->showSection(WorkspaceView::Requests);
        const QString ics = m_dir->filePath(QStringLiteral("deadline.ics"));
        FileDialog::setNextFileName(ics);
        panel()->button(RequestPanel::Action::Calendar)->click();
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("BEGIN:VEVENT"));
        const QString json = m_dir->filePath(QStringLiteral("history.json"));
        FileDialog::setNextFileName(json);
        child<QPushButton>(m_window.get(), "exportRequestsButton")->click();
        QFile history(json);
        QVERIFY(history.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(history.readAll()).object();
        QVERIFY(o.value(QLatin1String("chain_intact")).toBool());
        QCOMPARE(o.value(QLatin1String("events")).toArray().size(), 2);
    }

    void everyControlHasAName()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 blendle =
            RequestsTestSupport::addDirectoryShop(vault(), QStringLiteral("datarequests:blendle"));
        const qint64 bol = PagesTestSupport::addAndImport(vault(), QStringLiteral("Bol"), {});
        const qint64 zeeman = PagesTestSupport::addAndImport(vault(), QStringLiteral("Zeeman"), {});
        const qint64 albert = PagesTestSupport::addAndImport(vault(), QStringLiteral("Albert"), {});
        QVERIFY(
            RequestsTestSupport::makeSampleRequests(vault(), blendle, bol, zeeman, albert, now));
        Clock::setInstance(&m_clock);
        m_window->workspace()->showSection(WorkspaceView::Requests);
        auto check = [](QWidget *root) {
            QStringList unnamed;
            const auto labels = root->findChildren<QLabel *>();
            for (QWidget *w : root->findChildren<QWidget *>()) {
                if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
                    continue;
                if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
                    continue;
                if (!w->accessibleName().isEmpty())
                    continue;
                bool hasBuddy = false;
                for (QLabel *l : labels)
                    hasBuddy = hasBuddy || l->buddy() == w;
                if (!hasBuddy && !qobject_cast<QAbstractScrollArea *>(w)
                    && !qobject_cast<QScrollBar *>(w) && !w->inherits("QCalendarWidget")
                    && w->objectName() != QLatin1String("qt_spinbox_lineedit")
                    && !w->parentWidget()->inherits("QDateTimeEdit")
                    && !w->inherits("QComboBoxPrivateContainer"))
                    unnamed << w->objectName() + QLatin1Char(' ')
                            + QString::fromLatin1(w->metaObject()->className());
            }
            return unnamed;
        };
        QStringList unnamed = check(page());
        page()->newRequest();
        auto *d = dialog<NewRequestDialog>();
        QVERIFY(d);
        for (QAbstractButton *b : d->findChildren<QRadioButton *>()) {
            b->click();
            unnamed += check(d);
        }
        d->reject();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void dutchScreens()
    {
        const qint64 shop =
            RequestsTestSupport::addDirectoryShop(vault(), QStringLiteral("datarequests:blendle"));
        RequestStore::NewRequest n;
        n.retailerId = shop;
        QVERIFY(RequestStore(vault()).create(n));
        m_languages->setLanguage(QStringLiteral("nl"), false);
        m_window->workspace()->showSection(WorkspaceView::Requests);
        QTRY_COMPARE(child<QLabel>(m_window.get(), "requestsTitle")->text(),
                     QStringLiteral("Verzoeken"));
        QCOMPARE(panel()->button(RequestPanel::Action::Letter)->text(),
                 QStringLiteral("Toon de &brief"));
        QVERIFY(child<QLabel>(m_window.get(), "requestTitle")
                    ->text()
                    .startsWith(QStringLiteral("Een kopie van je gegevens")));
        auto *list = child<QListWidget>(m_window.get(), "requestList");
        QVERIFY(
            list->item(0)->text().contains(QStringLiteral("Brief gemaakt, nog niet verstuurd")));
    }
};

QTEST_MAIN(TestRequestsPage)
#include "TestRequestsPage.moc"
