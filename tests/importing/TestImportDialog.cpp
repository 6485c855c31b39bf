#include "ImportDialog.h"
#include "directory/RetailerStore.h"
#include "importing/SearchIndexer.h"
#include "importing/SnapshotStore.h"
#include "vault/Vault.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The import dialog, offscreen, against a real vault: import, then cancel, then summary.
class TestImportDialog : public QObject
{
    Q_OBJECT

    static QString fixture(const char *name)
    {
        QString base = qEnvironmentVariable("ROER_TEST_DATA");
        if (!QFile::exists(base + QStringLiteral("/fixtures")))
            base += QStringLiteral("/importing");
        return base + QStringLiteral("/fixtures/") + QLatin1String(name);
    }

    static QPushButton *button(QWidget *dialog, const QString &text)
    {
        const auto buttons = dialog->findChildren<QPushButton *>();
        for (QPushButton *b : buttons)
            if (b->text() == text)
                return b;
        return nullptr;
    }

private slots:
    // As in the app: the worker thread imports over its own connection (never the window's),
    // and that connection is closed when the import is over.
    void importUsesItsOwnConnection()
    {
        QTemporaryDir dir;
        VaultManager manager(dir.filePath(QStringLiteral("vault")));
        QVERIFY(manager.createWithPassphrase(QStringLiteral("import dialog passphrase")));
        Retailer r;
        r.name = QStringLiteral("Eigenverbinding");
        auto id = RetailerStore(*manager.vault()).add(r);
        QVERIFY(id);
        ImportDialog dialog(*manager.vault(), *id, r.name);
        int opened = 0;
        dialog.setWorkerConnection([&] {
            ++opened;
            return manager.openWorkerConnection();
        });
        dialog.show();
        dialog.addFiles({fixture("Retail.OrderHistory.1.csv")});
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QCOMPARE(manager.workerConnections(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(opened, 1);
        QCOMPARE(manager.workerConnections(), 0);
        // Committed through the worker connection, read through the window's.
        auto latest = SnapshotStore(*manager.vault()).latestSnapshot(*id);
        QVERIFY(latest && latest->has_value());
        QCOMPARE(*SearchIndexer(*manager.vault()).pendingRecords(), 0);
        manager.lock();
    }

    void importShowsSummaryAndCancelChangesNothing()
    {
        QTemporaryDir dir;
        auto vault = Vault::create(dir.path(), SecureBytes::random(Vault::kKeySize));
        QVERIFY(vault);
        Retailer r;
        r.name = QStringLiteral("Voorbeeldwinkel");
        auto id = RetailerStore(**vault).add(r);
        QVERIFY(id);

        ImportDialog dialog(**vault, *id, r.name);
        dialog.show();
        dialog.addFiles({fixture("Retail.OrderHistory.1.csv"), fixture("report.pdf")});
        QCOMPARE(dialog.files().size(), 2);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(button(&dialog, QStringLiteral("Import")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto labels = dialog.findChildren<QLabel *>();
        bool summaryShown = false;
        for (QLabel *l : labels)
            summaryShown = summaryShown
                || (l->isVisible() && l->text().contains(QStringLiteral("Not read: report.pdf")));
        QVERIFY(summaryShown);
        // The dialog's second phase made the import searchable.
        QCOMPARE(*SearchIndexer(**vault).pendingRecords(), 0);
        QVERIFY(!SnapshotStore(**vault).search(QStringLiteral("Jansen"), 10)->isEmpty());

        // A large file, cancelled straight away: the vault keeps one snapshot.
        QByteArray big("id,name\n");
        for (int i = 0; i < 200000; ++i)
            big += QByteArray::number(i) + ",naam\n";
        QFile f(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
        f.close();
        ImportDialog second(**vault, *id, r.name);
        second.show();
        second.addFiles({f.fileName()});
        second.startImport();
        second.cancelImport();
        QTRY_VERIFY_WITH_TIMEOUT(button(&second, QStringLiteral("Cancel"))->isVisible() == false,
                                 30000);
        auto st = (*vault)->prepare("SELECT count(*) FROM snapshot");
        QVERIFY(st.step().value());
        QCOMPARE(st.int64(0), 1);
    }

    // Issue 15: several files, one broken. Each file gets its own status: a program renamed
    // .csv is marked and left out before anything is read, the others are imported and each
    // has its line; a file that breaks while reading fails the import (nothing is written),
    // is marked in the list, and "Back to the files" lets the customer leave it out.
    void everyFileGetsItsOwnStatus()
    {
        QTemporaryDir dir;
        auto vault = Vault::create(dir.path(), SecureBytes::random(Vault::kKeySize));
        QVERIFY(vault);
        Retailer r;
        r.name = QStringLiteral("Meerbestanden");
        auto id = RetailerStore(**vault).add(r);
        QVERIFY(id);
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        QByteArray program("MZ\x90\x00\x03\x00\x00\x00", 8);
        program += QByteArray(400, '\0');
        const QString exe = write(QStringLiteral("bestellingen-2023.csv"), program);
        const QString orders =
            write(QStringLiteral("orders.csv"), "Order ID,Total\nA-1,10\nA-2,20\n");
        const QString profile = write(QStringLiteral("profile.json"),
                                      "{\"name\": \"Jan Jansen\", \"city\": \"Utrecht\"}");
        const QString broken = write(QStringLiteral("broken.json"), "{\"orders\": [{\"id\": 1},");

        ImportDialog dialog(**vault, *id, r.name);
        dialog.show();
        dialog.addFiles({orders, exe, broken, profile});
        auto *leftOutNote = dialog.findChild<QLabel *>(QStringLiteral("leftOutNote"));
        QVERIFY(leftOutNote->isVisible());
        auto *list = dialog.findChild<QListWidget *>();
        QCOMPARE(list->count(), 4);
        QVERIFY2(list->item(1)->text().startsWith(
                     QStringLiteral("bestellingen-2023.csv (left out: This is not a data export.")),
                 qPrintable(list->item(1)->text()));
        QCOMPARE(dialog.files(), (QStringList{orders, broken, profile}));

        // The broken JSON fails the whole import: nothing is written, and its row says so.
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        auto *back = dialog.findChild<QPushButton *>(QStringLiteral("backToFilesButton"));
        QTRY_VERIFY_WITH_TIMEOUT(back->isVisible(), 30000);
        QCOMPARE(finished.size(), 0);
        auto count = (*vault)->prepare("SELECT count(*) FROM snapshot");
        QVERIFY(count.step().value());
        QCOMPARE(count.int64(0), 0);
        QTest::mouseClick(back, Qt::LeftButton);
        QVERIFY(list->isVisible());
        QVERIFY2(list->item(2)->text().startsWith(QStringLiteral("broken.json (left out:")),
                 qPrintable(list->item(2)->text()));
        QCOMPARE(dialog.files(), (QStringList{orders, profile}));

        // The rest is imported; each chosen file has its line in the summary.
        dialog.startImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QString summary;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->isVisible() && l->text().contains(QStringLiteral("Files read")))
                summary = l->text();
        QVERIFY2(summary.contains(QStringLiteral("Not read: bestellingen-2023.csv: This is not a "
                                                 "data export.")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Not read: broken.json: Roer could not read it.")));
        QVERIFY(summary.contains(QStringLiteral("orders.csv: read. Records: 2.")));
        QVERIFY(summary.contains(QStringLiteral("profile.json: read. Records: 1.")));
    }

    void cancelWhilePreparingSearchKeepsTheImport()
    {
        QTemporaryDir dir;
        auto vault = Vault::create(dir.path(), SecureBytes::random(Vault::kKeySize));
        QVERIFY(vault);
        Retailer r;
        r.name = QStringLiteral("Voorbeeldwinkel");
        auto id = RetailerStore(**vault).add(r);
        QVERIFY(id);
        QByteArray big("id,name\n");
        for (int i = 0; i < 100000; ++i)
            big += QByteArray::number(i) + ",naam" + QByteArray::number(i) + "\n";
        QFile f(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(big);
        f.close();

        ImportDialog dialog(**vault, *id, r.name);
        dialog.show();
        dialog.addFiles({f.fileName()});
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        // Cancel as soon as the search phase shows (it may also finish first on a fast machine).
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1
                                     || label(&dialog, QStringLiteral("Preparing search")),
                                 60000);
        dialog.cancelImport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        // The import is kept and the summary shows; search may be incomplete and says so.
        QCOMPARE(finished.first().first().toLongLong() > 0, true);
        QVERIFY(label(&dialog,
                      QStringLiteral("Records: ") + QLocale().toString(100000) + QLatin1Char('.')));
        const qint64 pending = *SearchIndexer(**vault).pendingRecords();
        QCOMPARE(bool(label(&dialog, QStringLiteral("Search does not cover all of this data yet"))),
                 pending > 0);
        QCOMPARE(*SearchIndexer(**vault).run(), pending);
        QCOMPARE(*SearchIndexer(**vault).pendingRecords(), 0);
    }

private:
    static QLabel *label(QWidget *dialog, const QString &text)
    {
        const auto labels = dialog->findChildren<QLabel *>();
        for (QLabel *l : labels)
            if (l->isVisible() && l->text().contains(text))
                return l;
        return nullptr;
    }
};

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
