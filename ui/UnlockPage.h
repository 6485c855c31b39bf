#pragma once

#include "core/Error.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class ShowPassphraseBox;
class VaultManager;

// Shown while the vault is locked. Unlocks with the keychain (one button), the passphrase,
// or the recovery code. Enter unlocks; errors say what to do next.
class UnlockPage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Keychain, Passphrase, RecoveryCode };

    explicit UnlockPage(VaultManager *manager, QWidget *parent = nullptr);

    // Reads how the vault is unlocked and resets the page.
    void reset();
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    static QString messageFor(const Error &error);

signals:
    // Unlocked with the recovery code: the customer may have lost their passphrase.
    void recoveryCodeUsed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();
    void unlock();
    void finish(const Error *error);
    void setBusy(bool busy);
    void focusField();

    VaultManager *m_manager;
    Mode m_mode = Mode::Passphrase;
    Mode m_normalMode = Mode::Passphrase;
    bool m_busy = false;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_fieldLabel;
    QLineEdit *m_field;
    ShowPassphraseBox *m_show;
    QLabel *m_error;
    QLabel *m_status;
    QPushButton *m_unlock;
    QPushButton *m_switchMode;
};
