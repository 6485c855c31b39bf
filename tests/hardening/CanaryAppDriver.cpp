// Helper of TestCanaryScan (not a product binary): the real main window, offscreen, driven
// through every page with an export full of canary values, in a private HOME (the test sets
// HOME, XDG_* and TMPDIR). Settings go where the app keeps them (organisation and name
// "Roer", as app/gui/main.cpp sets them).
//   canary_app_driver EXPORT_FILE... -- OUTPUT_DIR      the first session
//   canary_app_driver --again                          a later one: unlock, every page, lock, quit
// The first session imports through the import dialog, explains on Overview and My data (values
// shown, a search for a canary, an explanation opened), decides on Consents, edits the letter
// (types the customer's name into it), copies it, prints it to OUTPUT_DIR/letter.pdf, exports the
// history to OUTPUT_DIR/history.json and .html, opens Settings, locks. Then it waits past the
// clipboard delay, prints "clipboard N" (characters left on it) and "ready PID", and reads a line
// from stdin: "quit" quits; "abort DIR" allows core dumps (for this test process only: the product
// switches them off, see Bootstrap) and aborts in DIR, so the kernel writes a core file there.
#include "ConsentHistoryDialog.h"
#include "ConsentsPage.h"
#include "DecisionLetterDialog.h"
#include "FileDialog.h"
#include "ImportDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MyDataPage.h"
#include "OverviewPage.h"
#include "PrintDialog.h"
#include "RetailersPage.h"
#include "SecretClipboard.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"
#include "directory/RetailerStore.h"
#include "vault/VaultManager.h"
#include "vault/VaultPaths.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <iostream>
#include <string>

#include <csignal>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace UiTestSupport;

namespace {
int step(const char *what)
{
    std::printf("step %s\n", what);
    std::fflush(stdout);
    return 0;
}

int fail(const char *what)
{
    std::printf("failed %s\n", what);
    std::fflush(stdout);
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Roer"));
    QApplication::setApplicationName(QStringLiteral("Roer"));
    QStringList args = app.arguments().mid(1);
    SecretClipboard::setClearDelayMs(1500);
    LanguageManager languages;
    useBuildTranslations(languages);
    languages.setLanguage(QStringLiteral("nl"));
    VaultManager manager(VaultPaths::defaultDirectory());
    if (args == QStringList{QStringLiteral("--again")}) {
        MainWindow window(&manager, &languages);
        window.resize(1100, 760);
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
        auto *field = child<QLineEdit>(&window, "unlockField");
        QTest::keyClicks(field, QStringLiteral("canary passphrase"));
        QTest::keyClick(field, Qt::Key_Return);
        if (!waitFor([&] { return manager.vault() != nullptr; }, 20000))
            return fail("unlock");
        for (int s = 0; s < WorkspaceView::SectionCount; ++s) {
            window.workspace()->showSection(WorkspaceView::Section(s));
            QTest::qWait(300);
        }
        manager.lock();
        step("quit");
        return 0;
    }
    const qsizetype dash = args.indexOf(QStringLiteral("--"));
    if (dash < 1 || dash + 2 != args.size())
        return 1;
    const QStringList exports = args.mid(0, dash);
    const QDir out(args.last());
    if (!manager.createWithPassphrase(QStringLiteral("canary passphrase"))
        || !manager.confirmRecoveryCode())
        return fail("create");
    Retailer shop;
    shop.name = QStringLiteral("Kanariewinkel");
    shop.privacyEmail = QStringLiteral("privacy@kanariewinkel.example");
    const auto id = RetailerStore(*manager.vault()).add(shop);
    if (!id)
        return fail("retailer");
    MainWindow window(&manager, &languages);
    window.resize(1100, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail("window");
    WorkspaceView *workspace = window.workspace();

    step("import");
    workspace->showSection(WorkspaceView::Retailers);
    workspace->retailersPage()->selectRetailer(*id);
    workspace->retailersPage()->importFiles(exports);
    auto *dialog = window.findChild<ImportDialog *>(QStringLiteral("importDialog"));
    if (!dialog)
        return fail("import dialog");
    bool imported = false;
    QObject::connect(dialog, &ImportDialog::importFinished, &app, [&] { imported = true; });
    dialog->startImport();
    if (!waitFor([&] { return imported; }, 60000))
        return fail("import");
    dialog->accept();

    step("overview");
    workspace->showSection(WorkspaceView::Overview);
    waitFor(
        [&] { return window.findChildren<QLabel *>(QStringLiteral("explainingNote")).isEmpty(); },
        60000);

    step("mydata");
    workspace->showSection(WorkspaceView::MyData);
    workspace->myDataPage()->showRetailer(*id);
    waitFor([&] { return !workspace->myDataPage()->isExplaining(); }, 60000);
    auto *tree = child<QTreeView>(&window, "dataTree");
    tree->expandAll();
    if (auto *show = child<QPushButton>(&window, "showValuesButton"))
        QTest::mouseClick(show, Qt::LeftButton);
    tree->expandAll();
    QTest::qWait(200);
    // Click the values one by one: each opens its explanation.
    for (int row = 0; row < 12; ++row) {
        const QModelIndex index = tree->indexAt(QPoint(40, 8 + row * 22));
        if (index.isValid())
            tree->setCurrentIndex(index);
        QTest::qWait(20);
    }
    auto *search = child<QLineEdit>(&window, "searchField");
    QTest::keyClicks(search, QStringLiteral("Zwartekanarie"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::qWait(500);
    if (auto *close = child<QPushButton>(&window, "closeResultsButton");
        close && close->isVisible())
        QTest::mouseClick(close, Qt::LeftButton);

    step("consents");
    workspace->showSection(WorkspaceView::Consents);
    ConsentsPage *consents = workspace->consentsPage();
    consents->selectRetailer(*id);
    QTest::qWait(300);
    consents->decide(QStringLiteral("dpv:DirectMarketing"), Consent::State::Withdrawn, {}, {});
    QTest::qWait(300);
    consents->showLetter(QStringLiteral("dpv:DirectMarketing"));
    DecisionLetterDialog *letter = consents->letterDialog();
    if (!letter)
        return fail("letter");
    if (auto *text = letter->findChild<QPlainTextEdit *>()) {
        QString body = text->toPlainText();
        body.replace(QStringLiteral("[Je naam]"), QStringLiteral("Quirijn Zwartekanarie"));
        body.replace(QStringLiteral("[Your name]"), QStringLiteral("Quirijn Zwartekanarie"));
        text->setPlainText(body);
        text->moveCursor(QTextCursor::End);
        // keyClicks knows no '\n' (QTest asserts on it): a new line is Return.
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text,
                         QStringLiteral(
                             "Quirijn Zwartekanarie, quirijn.kanarie@zwartevogel.example"));
    }
    QTest::mouseClick(child<QPushButton>(letter, "copyButton"), Qt::LeftButton);
    PrintDialog::setNextPdfFile(out.filePath(QStringLiteral("letter.pdf")));
    QTest::mouseClick(child<QPushButton>(letter, "printButton"), Qt::LeftButton);
    letter->reject();

    step("history");
    consents->showHistory();
    ConsentHistoryDialog *history = consents->historyDialog();
    if (!history)
        return fail("history");
    FileDialog::setNextFileName(out.filePath(QStringLiteral("history.json")));
    history->exportJson();
    FileDialog::setNextFileName(out.filePath(QStringLiteral("history.html")));
    history->exportPage();
    history->reject();

    step("settings");
    workspace->showSection(WorkspaceView::Requests);
    workspace->showSection(WorkspaceView::Settings);
    QTest::qWait(200);

    step("lock");
    manager.lock();
    QTest::qWait(SecretClipboard::clearDelayMs() + 1000);
    std::printf("clipboard %lld\n",
                static_cast<long long>(QGuiApplication::clipboard()->text().size()));
    std::printf("ready %lld\n", static_cast<long long>(::getpid()));
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line);
    if (line.rfind("abort ", 0) == 0) {
        const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
        setrlimit(RLIMIT_CORE, &unlimited);
        prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
        if (chdir(line.substr(6).c_str()) != 0)
            return fail("chdir");
        std::signal(SIGABRT, SIG_DFL);
        std::raise(SIGABRT);
    }
    return 0;
}
