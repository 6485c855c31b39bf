#include "RequestScreenshots.h"

#include "AnswerDialog.h"
#include "ComplaintDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MarkSentDialog.h"
#include "NewRequestDialog.h"
#include "OverviewPage.h"
#include "PagesTestSupport.h"
#include "RequestLetterDialog.h"
#include "RequestPanel.h"
#include "RequestsPage.h"
#include "RequestsTestSupport.h"
#include "UiTestSupport.h"
#include "WorkspaceView.h"
#include "vault/VaultManager.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace UiTestSupport;

namespace {
bool shot(QWidget &w, const QString &dir, const QString &language, const QString &name)
{
    QTest::qWait(150);
    const QString file =
        QDir(dir).filePath(language + QLatin1Char('-') + name + QStringLiteral(".png"));
    if (!w.grab().save(file)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

template<typename Dialog>
Dialog *waitForDialog(QWidget &window)
{
    Dialog *d = nullptr;
    waitFor([&] {
        d = window.findChild<Dialog *>();
        return d && d->isVisible();
    });
    return d;
}

void selectRow(RequestsPage *page, const QString &shop)
{
    auto *list = page->findChild<QListWidget *>(QStringLiteral("requestList"));
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(shop))
            list->setCurrentRow(i);
}
} // namespace

bool renderRequests(const QString &out, const QString &language)
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
    WorkspaceView *workspace = window.workspace();
    workspace->showSection(WorkspaceView::Requests);
    bool ok = shot(window, out, language, QStringLiteral("requests-empty"));

    Vault &vault = *manager.vault();
    const qint64 blendle =
        RequestsTestSupport::addDirectoryShop(vault, QStringLiteral("datarequests:blendle"));
    const qint64 bol =
        PagesTestSupport::addAndImport(vault, QStringLiteral("Bol"),
                                       {PagesTestSupport::writeLocationExport(vaultDir.path())});
    const qint64 zeeman = PagesTestSupport::addAndImport(vault, QStringLiteral("Zeeman"), {});
    const qint64 albert = PagesTestSupport::addAndImport(vault, QStringLiteral("Albert"), {});
    if (blendle < 0 || bol < 0
        || !RequestsTestSupport::makeSampleRequests(vault, blendle, bol, zeeman, albert,
                                                    QDateTime::currentDateTimeUtc()))
        return false;

    // The overview: what is due or late above the shops, and a button under each alert.
    workspace->showSection(WorkspaceView::Overview);
    waitFor(
        [&] { return window.findChildren<QLabel *>(QStringLiteral("explainingNote")).isEmpty(); },
        60000);
    ok &= shot(window, out, language, QStringLiteral("overview-requests"));

    workspace->showSection(WorkspaceView::Requests);
    RequestsPage *page = workspace->requestsPage();
    selectRow(page, QStringLiteral("Blendle"));
    ok &= shot(window, out, language, QStringLiteral("requests"));
    selectRow(page, QStringLiteral("Bol"));
    ok &= shot(window, out, language, QStringLiteral("requests-extended"));

    // A new request from the overview's alert, prefilled.
    workspace->showSection(WorkspaceView::Overview);
    if (auto *ask = window.findChild<QPushButton *>(QStringLiteral("alertRequestButton"))) {
        ask->click();
        if (auto *d = waitForDialog<NewRequestDialog>(window)) {
            ok &= shot(*d, out, language, QStringLiteral("request-new"));
            d->reject();
        }
    }
    workspace->showSection(WorkspaceView::Requests);
    selectRow(page, QStringLiteral("Zeeman"));
    page->panel()->button(RequestPanel::Action::Letter)->click();
    if (auto *d = waitForDialog<RequestLetterDialog>(window)) {
        ok &= shot(*d, out, language, QStringLiteral("request-letter"));
        d->reject();
    }
    page->panel()->button(RequestPanel::Action::MarkSent)->click();
    if (auto *d = waitForDialog<MarkSentDialog>(window)) {
        ok &= shot(*d, out, language, QStringLiteral("request-sent"));
        d->reject();
    }
    selectRow(page, QStringLiteral("Blendle"));
    page->panel()->button(RequestPanel::Action::Answer)->click();
    if (auto *d = waitForDialog<AnswerDialog>(window)) {
        d->choose(Requests::Status::Extended);
        ok &= shot(*d, out, language, QStringLiteral("request-answer"));
        d->reject();
    }
    page->panel()->button(RequestPanel::Action::Reminder)->click();
    if (auto *d = waitForDialog<RequestLetterDialog>(window)) {
        ok &= shot(*d, out, language, QStringLiteral("request-reminder"));
        d->reject();
    }
    page->panel()->button(RequestPanel::Action::Complaint)->click();
    if (auto *d = waitForDialog<ComplaintDialog>(window)) {
        ok &= shot(*d, out, language, QStringLiteral("request-complaint"));
        d->reject();
    }
    manager.lock();
    return ok;
}
