#include "MainWindow.h"

#include "AutoLock.h"
#include "HelpDeskBand.h"
#include "HelpDeskMode.h"
#include "LanguageManager.h"
#include "RecoveryReminder.h"
#include "SettingsPage.h"
#include "SetupWizard.h"
#include "UiSettings.h"
#include "UnlockPage.h"
#include "WorkspaceView.h"
#include "core/Logging.h"
#include "vault/VaultManager.h"

#include <QAction>
#include <QDialog>
#include <QEvent>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(VaultManager *manager, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent), m_manager(manager), m_languages(languages),
      m_autoLock(new AutoLock(this)), m_lockAction(new QAction(this)),
      m_views(new QStackedWidget(this)), m_reminder(new RecoveryReminder(this)),
      m_unlock(new UnlockPage(manager, this)),
      m_settings(new SettingsPage(manager, languages, m_autoLock, this)),
      m_workspace(new WorkspaceView(m_settings, manager, languages, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    HelpDeskMode::instance().setVault(manager->directory());
    setMinimumSize(800, 560);
    resize(1024, 700);
    m_autoLock->setIdleMinutes(UiSettings::autoLockMinutes());

    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::WindowShortcut);
    m_lockAction->setEnabled(false);
    addAction(m_lockAction);

    m_views->addWidget(m_unlock);
    m_views->addWidget(m_workspace);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(new HelpDeskBand(central));
    centralLayout->addWidget(m_reminder);
    centralLayout->addWidget(m_views, 1);
    setCentralWidget(central);
    m_reminder->hide();

    connect(m_lockAction, &QAction::triggered, m_manager, &VaultManager::lock);
    connect(m_workspace, &WorkspaceView::lockRequested, m_manager, &VaultManager::lock);
    connect(m_autoLock, &AutoLock::idleTimeoutReached, this, [this] {
        qCInfo(lcUi) << "Locking after a time without use";
        m_manager->lock();
    });
    connect(m_unlock, &UnlockPage::recoveryCodeUsed, this, [this] {
        m_workspace->showSection(WorkspaceView::Settings);
        m_settings->suggestNewPassphrase();
    });
    connect(m_reminder, &RecoveryReminder::renewRequested, this, [this] {
        m_workspace->showSection(WorkspaceView::Settings);
        m_settings->renewRecoveryCode();
    });
    connect(m_settings, &SettingsPage::recoveryCodeChanged, this,
            &MainWindow::updateRecoveryReminder);
    connect(m_manager, &VaultManager::unlocked, this, &MainWindow::vaultUnlocked);
    connect(m_manager, &VaultManager::locked, this, &MainWindow::vaultLocked);

    retranslateUi();
    showForState();
}

MainWindow::~MainWindow() = default;

MainWindow::View MainWindow::view() const
{
    if (m_setup && m_views->currentWidget() == m_setup)
        return View::Setup;
    return m_views->currentWidget() == m_workspace ? View::Workspace : View::Unlock;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(QStringLiteral("Roer"));
    m_lockAction->setText(tr("Lock"));
}

void MainWindow::showForState()
{
    switch (m_manager->state()) {
    case VaultManager::State::NoVault:
        if (!m_setup) {
            m_setup = new SetupWizard(m_manager, m_languages, this);
            m_views->addWidget(m_setup);
            connect(m_setup, &SetupWizard::setupFinished, this, [this] {
                // The wizard held the recovery code; it goes away with it.
                SetupWizard *setup = m_setup;
                m_setup = nullptr;
                showForState();
                m_views->removeWidget(setup);
                setup->deleteLater();
            });
        }
        showView(View::Setup);
        break;
    case VaultManager::State::Locked: showView(View::Unlock); break;
    case VaultManager::State::Unlocked: showView(View::Workspace); break;
    }
}

void MainWindow::showView(View view)
{
    const bool open = view == View::Workspace;
    m_lockAction->setEnabled(open);
    if (open)
        m_autoLock->start();
    else
        m_autoLock->stop();

    updateRecoveryReminder();
    switch (view) {
    case View::Setup: m_views->setCurrentWidget(m_setup); break;
    case View::Unlock:
        m_unlock->reset();
        m_views->setCurrentWidget(m_unlock);
        break;
    case View::Workspace:
        m_settings->refresh();
        m_workspace->showSection(WorkspaceView::Overview);
        m_views->setCurrentWidget(m_workspace);
        m_workspace->setFocus();
        break;
    }
}

void MainWindow::vaultUnlocked()
{
    // During setup the vault opens before the customer has confirmed the recovery code.
    if (m_setup)
        return;
    showView(View::Workspace);
}

void MainWindow::updateRecoveryReminder()
{
    const bool open = !m_setup && m_manager->state() == VaultManager::State::Unlocked;
    m_reminder->setVisible(open && !m_manager->isRecoveryCodeConfirmed());
}

void MainWindow::vaultLocked()
{
    if (m_setup)
        return;
    // Nothing stays open on top of a locked Roer (a dialog would act on a closed vault).
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible())
            dialog->reject();
    }
    showView(View::Unlock);
}
