#include "HelpDeskScreenshots.h"

#include "DataTreeModel.h"
#include "HelpDeskMode.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MyDataPage.h"
#include "PagesTestSupport.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"
#include "vault/VaultManager.h"

#include <QDir>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace UiTestSupport;

namespace {
bool shot(QWidget &w, const QString &dir, const QString &language, const QString &name)
{
    QTest::qWait(150);
    const QString file =
        QDir(dir).filePath(language + QStringLiteral("-helpdesk-") + name + QStringLiteral(".png"));
    if (!w.grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

// The first value of the first field whose path ends with `suffix`, selected in the tree.
void selectField(MyDataPage *page, QTreeView *tree, const QString &suffix)
{
    DataTreeModel *model = page->model();
    auto *proxy = static_cast<QSortFilterProxyModel *>(tree->model());
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex category = model->index(c, 0);
        for (int f = 0; f < model->rowCount(category); ++f) {
            const QModelIndex field = model->index(f, 0, category);
            if (model->fieldAt(field)->path.endsWith(suffix)) {
                tree->expand(proxy->mapFromSource(field));
                tree->setCurrentIndex(proxy->mapFromSource(model->index(0, 0, field)));
                return;
            }
        }
    }
}
} // namespace

bool renderHelpDesk(const QString &out, const QString &language)
{
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
    HelpDeskMode &mode = HelpDeskMode::instance();
    mode.setOn(true);
    const qint64 bol =
        PagesTestSupport::addAndImport(*manager.vault(), QStringLiteral("Bol"),
                                       {PagesTestSupport::fixture(
                                            QStringLiteral("Retail.OrderHistory.1.csv")),
                                        PagesTestSupport::fixture(QStringLiteral("Records.json"))});
    if (bol < 0)
        return false;
    WorkspaceView *workspace = window.workspace();
    workspace->showSection(WorkspaceView::MyData);
    MyDataPage *page = workspace->myDataPage();
    page->showRetailer(bol);
    waitFor([&] { return !page->isExplaining(); }, 60000);
    auto *tree = child<QTreeView>(&window, "dataTree");
    selectField(page, tree, QStringLiteral("Address"));
    bool ok = shot(window, out, language, QStringLiteral("mydata"));
    QTest::mouseClick(child<QPushButton>(&window, "showValuesButton"), Qt::LeftButton);
    ok &= shot(window, out, language, QStringLiteral("mydata-shown"));
    QTest::mouseClick(child<QPushButton>(&window, "showValuesButton"), Qt::LeftButton);

    workspace->showSection(WorkspaceView::Settings);
    ok &= shot(window, out, language, QStringLiteral("settings"));
    mode.setLargeText(true);
    workspace->showSection(WorkspaceView::Overview);
    ok &= shot(window, out, language, QStringLiteral("large-text"));
    mode.setLargeText(false);

    manager.lock();
    ok &= shot(window, out, language, QStringLiteral("unlock"));
    mode.setOn(false);
    return ok;
}
