// Issue 15's scripted first-use run, offscreen, through the real window: a customer imports
// their shop's export (a profile with a date of birth and an order history), then by mistake
// a program renamed .csv, then a wrong but readable file, and finds their way back. The link
// without a browser is the same run's third part; it needs the sandbox and lives in
// test_ui_retailer_accounts (linkWithoutABrowser).
#include "ImportDialog.h"
#include "ImportHistoryDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OpenWindow.h"
#include "OverviewPage.h"
#include "PagesTestSupport.h"
#include "RetailersPage.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"

#include "explain/ExplainService.h"
#include "importing/SnapshotStore.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace UiTestSupport;

class TestFirstUse : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_files;
    OpenWindow m_open;

    WorkspaceView *workspace() { return m_open.window()->workspace(); }
    RetailersPage *retailers() { return workspace()->retailersPage(); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_files.filePath(name));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return f.fileName();
    }

    // The import dialog the Retailers page opens, with `files` listed.
    ImportDialog *openImport(const QStringList &files)
    {
        workspace()->showSection(WorkspaceView::Retailers);
        // Closed dialogs delete themselves later; the new one is the last child.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        retailers()->importFiles(files);
        const auto dialogs = retailers()->findChildren<ImportDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }

    bool importThroughTheDialog(const QStringList &files)
    {
        ImportDialog *dialog = openImport(files);
        if (!dialog)
            return false;
        auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startImportButton"));
        if (!start || !start->isEnabled())
            return false;
        QTest::mouseClick(start, Qt::LeftButton);
        QPointer<ImportDialog> guard(dialog);
        const bool done = waitFor([&] {
            const auto labels = guard ? guard->findChildren<QLabel *>() : QList<QLabel *>();
            for (QLabel *l : labels)
                if (l->isVisible() && l->text().startsWith(QStringLiteral("Files read")))
                    return true;
            return false;
        });
        if (guard)
            guard->accept();
        return done;
    }

    // What the Overview card says about the shop, once `until` holds for it (or 30 s passed).
    QString overviewSays(const std::function<bool(const QString &)> &until)
    {
        workspace()->showSection(WorkspaceView::Settings);
        workspace()->showSection(WorkspaceView::Overview);
        QString text;
        waitFor([&] {
            auto *label =
                workspace()->overviewPage()->findChild<QLabel *>(QStringLiteral("knowsSentences"));
            // Explained once the chips are there; a shop without sentences has no such label.
            const bool explained =
                workspace()->overviewPage()->findChild<QWidget *>(QStringLiteral("categoryChips"))
                != nullptr;
            text = label ? label->text() : QString();
            return explained && until(text);
        });
        return text;
    }
    static bool saysPurchases(const QString &text)
    {
        return text.contains(QStringLiteral("4 purchases"));
    }

private slots:
    void initTestCase() { isolateSettings(m_settings.path()); }
    void init() { QVERIFY(m_open.open(QStringLiteral("first use passphrase"))); }
    void cleanup() { m_open.close(); }

    void aBadImportNeverHidesTheGoodData()
    {
        workspace()->explainService()->setToday(QDate(2026, 6, 1));
        const qint64 shop =
            PagesTestSupport::addAndImport(m_open.vault(), QStringLiteral("Winkel"), {});
        QVERIFY(shop > 0);
        retailers()->refresh();
        retailers()->selectRetailer(shop);

        // 1. The real export: a profile with a date of birth, four orders.
        const QString profile =
            write(QStringLiteral("profiel.json"),
                  "{\"klantnummer\": \"K-1001\", \"naam\": \"Jan Jansen\", \"geboortedatum\": "
                  "\"1987-04-12\", \"spaarpunten\": 340}");
        const QString orders = write(QStringLiteral("bestellingen.csv"),
                                     "Ordernummer;Besteldatum;Totaal;Betaalmethode\n"
                                     "W-1;12-03-2022;24,95;iDEAL\n"
                                     "W-2;30-06-2023;8,40;Klarna\n"
                                     "W-3;05-01-2024;61,00;Creditcard\n"
                                     "W-4;17-03-2024;5,10;iDEAL\n");
        QVERIFY(importThroughTheDialog({profile, orders}));
        const QString good = overviewSays(saysPurchases);
        QVERIFY2(good.contains(QStringLiteral("4 purchases between 2022 and 2024.")),
                 qPrintable(good));
        QVERIFY2(!good.contains(QStringLiteral("1987")), qPrintable(good));
        QVERIFY(!good.contains(QStringLiteral("payment card")));

        // 2. A program renamed .csv: marked before anything is read, and not importable.
        QByteArray program("MZ\x90\x00\x03\x00\x00\x00", 8);
        program += QByteArray(2000, '\x01');
        ImportDialog *dialog = openImport({write(QStringLiteral("export.csv"), program)});
        QVERIFY(dialog);
        QVERIFY(dialog->files().isEmpty());
        QVERIFY(
            !dialog->findChild<QPushButton *>(QStringLiteral("startImportButton"))->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("leftOutNote"))->isVisible());
        QVERIFY(dialog->findChild<QListWidget *>()->item(0)->text().contains(
            QStringLiteral("not a data export")));
        static_cast<QDialog *>(dialog)->reject();
        QCOMPARE(SnapshotStore(m_open.vault()).snapshots(shop)->size(), 1);

        // 3. A wrong file that reads fine replaces what Overview shows...
        QVERIFY(importThroughTheDialog({write(QStringLiteral("iets-anders.csv"),
                                              "kolom1;kolom2\nabc;def\nghi;jkl\n")})); // NOLINT
        QVERIFY(!saysPurchases(overviewSays([](const QString &t) { return !saysPurchases(t); })));

        // ...and the customer goes back: All imports, delete the newest, the old data is back.
        workspace()->showSection(WorkspaceView::Retailers);
        auto *imports = retailers()->findChild<QPushButton *>(QStringLiteral("importsButton"));
        QVERIFY(imports->isVisible() && imports->isEnabled());
        QTest::mouseClick(imports, Qt::LeftButton);
        auto *history = retailers()->findChild<ImportHistoryDialog *>();
        QVERIFY(history);
        auto *list = history->findChild<QTreeWidget *>(QStringLiteral("importList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("iets-anders.csv"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("profiel.json, bestellingen.csv"));
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        MessageBox::setNextAnswer(true);
        QTest::mouseClick(history->findChild<QPushButton *>(QStringLiteral("deleteImportButton")),
                          Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Roer then shows the import of")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(list->topLevelItemCount(), 1);
        history->reject();
        QVERIFY(retailers()->findChild<QLabel *>(QStringLiteral("retailersStatus"))->isVisible());
        const QString back = overviewSays(saysPurchases);
        QVERIFY2(back.contains(QStringLiteral("4 purchases between 2022 and 2024.")),
                 qPrintable(back));

        // Cancel in the question deletes nothing.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTest::mouseClick(imports, Qt::LeftButton);
        history = retailers()->findChild<ImportHistoryDialog *>();
        QVERIFY(history);
        MessageBox::setNextAnswer(false);
        history->deleteSelected();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("only import of Winkel")));
        QCOMPARE(SnapshotStore(m_open.vault()).snapshots(shop)->size(), 1);
        history->reject();
    }
};

QTEST_MAIN(TestFirstUse)
#include "TestFirstUse.moc"
