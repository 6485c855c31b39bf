#pragma once

#include <QWidget>

class AutoLock;
class LanguageManager;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class VaultManager;

// Language, auto-lock time, where the vault is, and how it is unlocked.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(VaultManager *manager, LanguageManager *languages, AutoLock *autoLock,
                 QWidget *parent = nullptr);

    // Reads the current state again (after unlocking, or after a change).
    void refresh();
    // After an unlock with the recovery code: suggest a new passphrase, or (a keychain vault)
    // putting the same key back into the password store.
    void suggestNewPassphrase();
    // Makes a new recovery code (the old one stops working) and shows it once.
    void renewRecoveryCode();

signals:
    // A new code was made or confirmed: the reminder in the main window looks again.
    void recoveryCodeChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    void languageSelected(int index);
    void autoLockSelected(int index);
    void showFolder();
    void changePassphrase();
    void switchToKeychain();
    void setStatus(const QString &text, bool isError);

    VaultManager *m_manager;
    LanguageManager *m_languages;
    AutoLock *m_autoLock;
    bool m_isKeychain = false;
    bool m_repairKeychain = false; // a keychain vault opened with the recovery code
    bool m_recoveryConfirmed = true;

    QLabel *m_title;
    QLabel *m_generalTitle;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_autoLockLabel;
    QComboBox *m_autoLockTime;
    QLabel *m_autoLockNote;
    QLabel *m_vaultTitle;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_showFolder;
    QLabel *m_unlockTitle;
    QLabel *m_unlockMethod;
    QPushButton *m_changePassphrase;
    QPushButton *m_useKeychain;
    QLabel *m_recoveryTitle;
    QLabel *m_recoveryText;
    QPushButton *m_renewRecovery;
    QLabel *m_status;
    QLabel *m_error;
};
