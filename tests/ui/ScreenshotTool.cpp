// Renders the main screens offscreen, in Dutch and English, to PNG files:
//   roer_screenshots OUTPUT_DIR     (or: cmake --build build --target screenshots)
// It drives the real widgets with a throw-away vault, so what you see is what runs.
#include "AddRetailerDialog.h"
#include "DataTreeModel.h"
#include "HelpDeskScreenshots.h"
#include "ImportDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MyDataPage.h"
#include "PagesTestSupport.h"
#include "RecoveryCodeDialog.h"
#include "RequestScreenshots.h"
#include "RetailersPage.h"
#include "Style.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"
#include "explain/ExplainService.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace UiTestSupport;

namespace {

bool save(QWidget &window, const QString &dir, const QString &language, const QString &name)
{
    QTest::qWait(150); // let layouts and style polish settle
    const QString file =
        QDir(dir).filePath(language + QLatin1Char('-') + name + QStringLiteral(".png"));
    if (!window.grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

bool renderLanguage(const QString &out, const QString &language)
{
    QTemporaryDir vaultDir;
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(language);
    VaultManager manager(vaultDir.filePath(QStringLiteral("vault")));
    QElapsedTimer clock;
    clock.start();
    MainWindow window(&manager, &languages);
    window.resize(1024, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    std::printf("%s: main window built and shown in %lld ms\n", qPrintable(language),
                clock.elapsed());

    bool ok = save(window, out, language, QStringLiteral("setup-1-language"));
    QTest::mouseClick(child<QPushButton>(&window, "nextButton"), Qt::LeftButton);
    ok &= save(window, out, language, QStringLiteral("setup-2-about"));
    QTest::mouseClick(child<QPushButton>(&window, "nextButton"), Qt::LeftButton);
    ok &= save(window, out, language, QStringLiteral("setup-3-unlock"));
    press(child<QRadioButton>(&window, "methodPassphrase"));
    QTest::keyClicks(child<QLineEdit>(&window, "newPassphrase"),
                     QStringLiteral("sample passphrase"));
    QTest::keyClicks(child<QLineEdit>(&window, "confirmPassphrase"),
                     QStringLiteral("sample passphrase"));
    ok &= save(window, out, language, QStringLiteral("setup-3-passphrase"));

    const QString code = [&] {
        clock.restart();
        QTest::mouseClick(child<QPushButton>(&window, "nextButton"), Qt::LeftButton);
        auto *label = window.findChild<QWidget *>(QStringLiteral("recoveryCode"));
        waitFor([label] { return label->isVisible(); });
        std::printf("%s: passphrase vault created (key derivation included) in %lld ms\n",
                    qPrintable(language), clock.elapsed());
        return window.findChild<QLabel *>(QStringLiteral("recoveryCode"))->text();
    }();
    ok &= save(window, out, language, QStringLiteral("setup-4-recovery-code"));
    if (!confirmRecoveryAndFinish(window, code))
        return false;
    ok &= save(window, out, language, QStringLiteral("main-overview"));
    window.workspace()->showSection(WorkspaceView::Consents);
    ok &= save(window, out, language, QStringLiteral("main-consents"));
    window.workspace()->showSection(WorkspaceView::Settings);
    ok &= save(window, out, language, QStringLiteral("settings"));

    // A new recovery code from the settings, closed with "Later": the reminder strip stays.
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(child<QPushButton>(&window, "renewRecoveryButton"), Qt::LeftButton);
    if (auto *dialog = window.findChild<RecoveryCodeDialog *>()) {
        waitFor([dialog] { return dialog->isVisible(); });
        ok &= save(*dialog, out, language, QStringLiteral("settings-new-recovery-code"));
        QTest::mouseClick(child<QPushButton>(dialog, "recoveryLater"), Qt::LeftButton);
        waitFor([&] { return !window.findChild<RecoveryCodeDialog *>(); });
    }
    ok &= save(window, out, language, QStringLiteral("settings-recovery-reminder"));

    manager.lock();
    ok &= save(window, out, language, QStringLiteral("unlock"));
    QTest::keyClicks(child<QLineEdit>(&window, "unlockField"), QStringLiteral("wrong"));
    QTest::keyClick(child<QLineEdit>(&window, "unlockField"), Qt::Key_Return);
    waitFor(
        [&] { return window.findChild<QWidget *>(QStringLiteral("unlockError"))->isVisible(); });
    ok &= save(window, out, language, QStringLiteral("unlock-wrong-passphrase"));
    QTest::mouseClick(child<QPushButton>(&window, "switchModeButton"), Qt::LeftButton);
    ok &= save(window, out, language, QStringLiteral("unlock-recovery-code"));
    return ok;
}

// The Retailers, My data and Overview pages: first empty, then with imported fixtures.
bool renderPages(const QString &out, const QString &language)
{
    using PagesTestSupport::addAndImport;
    using PagesTestSupport::fixture;
    QTemporaryDir vaultDir;
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(language);
    VaultManager manager(vaultDir.filePath(QStringLiteral("vault")));
    if (!manager.createWithPassphrase(QStringLiteral("sample passphrase"))
        || !manager.confirmRecoveryCode())
        return false;
    MainWindow window(&manager, &languages);
    window.resize(1100, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    WorkspaceView *workspace = window.workspace();
    bool ok = save(window, out, language, QStringLiteral("overview-empty"));
    workspace->showSection(WorkspaceView::Retailers);
    ok &= save(window, out, language, QStringLiteral("retailers-empty"));
    workspace->showSection(WorkspaceView::MyData);
    ok &= save(window, out, language, QStringLiteral("mydata-empty"));

    workspace->showSection(WorkspaceView::Retailers);
    QTest::mouseClick(child<QPushButton>(&window, "emptyAddButton"), Qt::LeftButton);
    if (auto *dialog = window.findChild<AddRetailerDialog *>()) {
        QTest::keyClicks(child<QLineEdit>(dialog, "directorySearch"), QStringLiteral("p"));
        QTest::qWait(150);
        const QString file = QDir(out).filePath(language + QStringLiteral("-add-retailer.png"));
        ok &= dialog->grab().save(file);
        std::printf("%s\n", qPrintable(file));
        dialog->reject();
    }

    Vault &vault = *manager.vault();
    const qint64 bol = addAndImport(vault, QStringLiteral("Bol"),
                                    {fixture(QStringLiteral("Retail.OrderHistory.1.csv")),
                                     fixture(QStringLiteral("Records.json")),
                                     fixture(QStringLiteral("supermarket-export.xml")),
                                     PagesTestSupport::writeLocationExport(vaultDir.path())});
    const qint64 albert = addAndImport(vault, QStringLiteral("Albert"),
                                       {fixture(QStringLiteral("bonnen-excel.csv"))});
    if (bol < 0 || albert < 0 || addAndImport(vault, QStringLiteral("Zeeman"), {}) < 0) {
        std::fprintf(
            stderr,
            "the fixtures did not import (is ROER_TEST_DATA set? use the screenshots target)\n");
        return false;
    }
    workspace->showSection(WorkspaceView::Overview);
    workspace->showSection(WorkspaceView::Retailers);
    workspace->retailersPage()->selectRetailer(bol);
    ok &= save(window, out, language, QStringLiteral("retailers"));
    workspace->showSection(WorkspaceView::Overview);
    // Explaining runs in the background; wait for the cards.
    waitFor(
        [&] { return window.findChildren<QLabel *>(QStringLiteral("explainingNote")).isEmpty(); },
        60000);
    ok &= save(window, out, language, QStringLiteral("overview"));

    workspace->showSection(WorkspaceView::MyData);
    workspace->myDataPage()->showRetailer(bol);
    waitFor([&] { return !workspace->myDataPage()->isExplaining(); }, 60000);
    // Imported without the dialog's search phase: the page finishes the search index in small
    // steps (a few records here: done at once).
    auto *searchNote = child<QLabel>(&window, "searchNote");
    for (int i = 0; i < 500 && searchNote->isVisible(); ++i)
        QTest::qWait(10);
    DataTreeModel *model = workspace->myDataPage()->model();
    auto *tree = child<QTreeView>(&window, "dataTree");
    auto *proxy = static_cast<QSortFilterProxyModel *>(tree->model());
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex category = model->index(c, 0);
        for (int f = 0; f < model->rowCount(category); ++f) {
            const QModelIndex field = model->index(f, 0, category);
            if (model->fieldAt(field)->path.endsWith(QLatin1String("email"))) {
                tree->setCurrentIndex(proxy->mapFromSource(field));
                tree->expand(proxy->mapFromSource(field));
            }
        }
    }
    ok &= save(window, out, language, QStringLiteral("mydata"));
    // A field Roer does not recognise: the question for the shop, with Copy.
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex category = model->index(c, 0);
        if (!category.data(DataTreeModel::CategoryIdRole).toString().isEmpty()
            || model->rowCount(category) == 0)
            continue;
        tree->setCurrentIndex(proxy->mapFromSource(model->index(0, 0, category)));
        tree->scrollTo(tree->currentIndex());
        ok &= save(window, out, language, QStringLiteral("mydata-not-recognised"));
    }
    QLineEdit *search = child<QLineEdit>(&window, "searchField");
    QTest::keyClicks(search, QStringLiteral("Jansen"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::mouseClick(child<QPushButton>(&window, "showValuesButton"), Qt::LeftButton);
    ok &= save(window, out, language, QStringLiteral("mydata-search-shown"));
    QTest::mouseClick(child<QPushButton>(&window, "showValuesButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(&window, "closeResultsButton"), Qt::LeftButton);

    // The import dialog's second phase: the files are in, the search is being prepared.
    {
        const QString bigCsv = QDir(vaultDir.path()).filePath(QStringLiteral("Bestellingen.csv"));
        QFile csv(bigCsv);
        if (csv.open(QIODevice::WriteOnly)) {
            QByteArray rows("Order ID,Product,City\n");
            for (int i = 0; i < 300000; ++i)
                rows += "NL-" + QByteArray::number(i) + ",Fietsbel,Utrecht\n";
            csv.write(rows);
            csv.close();
        }
        ImportDialog dialog(vault, bol, QStringLiteral("Bol"), &window);
        dialog.show();
        dialog.addFiles({bigCsv});
        dialog.startImport();
        bool shown = false;
        for (int i = 0; i < 6000 && !shown; ++i) {
            QTest::qWait(5);
            const auto labels = dialog.findChildren<QLabel *>();
            for (QLabel *l : labels)
                shown =
                    shown || (l->isVisible() && l->text() == ImportDialog::tr("Preparing search…"));
        }
        if (shown) {
            QTest::qWait(50);
            const QString shot =
                QDir(out).filePath(language + QStringLiteral("-import-preparing-search.png"));
            ok &= dialog.grab().save(shot);
            std::printf("%s\n", qPrintable(shot));
        }
        dialog.cancelImport();
        for (int i = 0; i < 6000; ++i) {
            QTest::qWait(5);
            const auto labels = dialog.findChildren<QLabel *>();
            bool summary = false;
            for (QLabel *l : labels)
                summary =
                    summary || (l->isVisible() && l->text().contains(QLatin1String("300000")));
            if (summary)
                break;
        }
        const QString file =
            QDir(out).filePath(language + QStringLiteral("-import-summary-search-later.png"));
        ok &= dialog.grab().save(file);
        std::printf("%s\n", qPrintable(file));
    }
    // What the search phase left is indexed by My data in small steps, with a note meanwhile.
    workspace->showSection(WorkspaceView::Overview);
    workspace->showSection(WorkspaceView::MyData);
    if (searchNote->isVisible())
        ok &= save(window, out, language, QStringLiteral("mydata-search-preparing"));

    // A large import: the pages say they are explaining, with progress, and stay usable.
    // Lock and unlock first, so nothing is cached and the work starts when the pages ask.
    search->clear();
    const qint64 big = addAndImport(vault, QStringLiteral("Wehkamp"),
                                    {PagesTestSupport::writeLargeExport(vaultDir.path(), 300000)});
    manager.lock();
    if (!manager.unlockWithPassphrase(QStringLiteral("sample passphrase")))
        return false;
    workspace->showSection(WorkspaceView::Overview);
    waitFor([&] { return workspace->explainService()->progress(big).first > 0; }, 30000);
    QTest::qWait(50); // laid out, so the card has its place
    auto *scroll = window.findChild<QScrollArea *>(QStringLiteral("overviewScroll"));
    for (QWidget *card : window.findChildren<QWidget *>(QStringLiteral("card")))
        if (scroll && card->property("retailerId").toLongLong() == big)
            scroll->ensureWidgetVisible(card);
    ok &= save(window, out, language, QStringLiteral("overview-explaining"));
    // Start again for My data, so the shot shows the work under way there too.
    workspace->explainService()->cancel(big);
    workspace->showSection(WorkspaceView::MyData);
    workspace->myDataPage()->showRetailer(big);
    waitFor([&] { return workspace->explainService()->progress(big).first > 0; }, 30000);
    ok &= save(window, out, language, QStringLiteral("mydata-explaining"));
    manager.lock();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    // roer_screenshots --demo-vault DIR: a passphrase vault ("demodemo") with the fixtures
    // imported, to look at the real app with it (roer --vault DIR), e.g. with a11y-tree.
    if (args.size() == 3 && args.at(1) == QLatin1String("--demo-vault")) {
        VaultManager manager(args.at(2));
        if (!manager.createWithPassphrase(QStringLiteral("demodemo"))
            || !manager.confirmRecoveryCode())
            return 2;
        Vault &vault = *manager.vault();
        PagesTestSupport::addAndImport(vault, QStringLiteral("Bol"),
                                       {PagesTestSupport::fixture(
                                            QStringLiteral("Retail.OrderHistory.1.csv")),
                                        PagesTestSupport::fixture(
                                            QStringLiteral("supermarket-export.xml"))});
        PagesTestSupport::addAndImport(vault, QStringLiteral("Zeeman"), {});
        return 0;
    }
    // roer_screenshots OUTPUT_DIR [--only setup|pages|requests|helpdesk]
    const QString only =
        args.size() == 4 && args.at(2) == QLatin1String("--only") ? args.at(3) : QString();
    if (args.size() != 2 && only.isEmpty()) {
        std::fprintf(stderr,
                     "usage: roer_screenshots OUTPUT_DIR [--only setup|pages|requests|helpdesk]\n");
        return 1;
    }
    QTemporaryDir settings;
    isolateSettings(settings.path());
    app.setStyleSheet(Style::applicationStyleSheet());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/roer.svg")));
    QDir().mkpath(args.at(1));
    bool ok = true;
    for (const QString &language : LanguageManager::supportedLanguages()) {
        if (only.isEmpty() || only == QLatin1String("setup"))
            ok &= renderLanguage(args.at(1), language);
        if (only.isEmpty() || only == QLatin1String("pages"))
            ok &= renderPages(args.at(1), language);
        if (only.isEmpty() || only == QLatin1String("requests"))
            ok &= renderRequests(args.at(1), language);
        if (only.isEmpty() || only == QLatin1String("helpdesk"))
            ok &= renderHelpDesk(args.at(1), language);
    }
    return ok ? 0 : 2;
}
