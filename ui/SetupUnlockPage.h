#pragma once

#include <QWidget>

class PassphraseForm;
class QLabel;
class QRadioButton;

// Setup, step 3: unlock with the computer's keychain (recommended) or with a passphrase.
class SetupUnlockPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupUnlockPage(QWidget *parent = nullptr);

    bool useKeychain() const;
    QString passphrase() const;
    // The choice can go ahead: keychain, or an acceptable passphrase.
    bool isComplete() const;
    // The keychain failed: say so plainly and switch to a passphrase.
    void showKeychainUnavailable();
    void showError(const QString &message);
    // Keyboard users start at the chosen way (arrow keys change it, Tab goes to the fields).
    void focusChoice();
    void clearPassphrase();

signals:
    void completeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_error;
    QRadioButton *m_keychain;
    QLabel *m_keychainNote;
    QRadioButton *m_passphrase;
    QLabel *m_passphraseNote;
    PassphraseForm *m_form;
    bool m_keychainFailed = false;
};
