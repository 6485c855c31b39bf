#pragma once

#include <QMainWindow>

class AutoLock;
class LanguageManager;
class QAction;
class QStackedWidget;
class RecoveryReminder;
class SettingsPage;
class SetupWizard;
class UnlockPage;
class VaultManager;
class WorkspaceView;

// The one window of Roer. It shows first-run setup, the unlock page or the workspace,
// depending on the vault's state, and locks after a time without use.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class View { Setup, Unlock, Workspace };

    MainWindow(VaultManager *manager, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    View view() const;
    AutoLock *autoLock() const { return m_autoLock; }
    WorkspaceView *workspace() const { return m_workspace; }
    QAction *lockAction() const { return m_lockAction; }
    RecoveryReminder *recoveryReminder() const { return m_reminder; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showView(View view);
    void showForState();
    void vaultUnlocked();
    void vaultLocked();
    void updateRecoveryReminder();

    VaultManager *m_manager;
    LanguageManager *m_languages;
    AutoLock *m_autoLock;
    QAction *m_lockAction;
    QStackedWidget *m_views;
    RecoveryReminder *m_reminder;
    SetupWizard *m_setup = nullptr;
    UnlockPage *m_unlock;
    SettingsPage *m_settings;
    WorkspaceView *m_workspace;
};
