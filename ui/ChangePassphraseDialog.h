#pragma once

#include <QDialog>

class PassphraseForm;
class QLabel;
class QPushButton;
class VaultManager;

// Sets a new passphrase while the vault is open. For a keychain vault this also switches
// it to a passphrase. The recovery code stays the same.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePassphraseDialog(VaultManager *manager, bool fromKeychain, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void apply();

    VaultManager *m_manager;
    bool m_fromKeychain;
    QLabel *m_intro;
    PassphraseForm *m_form;
    QLabel *m_error;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};
