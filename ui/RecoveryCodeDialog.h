#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class SetupRecoveryPage;
class VaultManager;

// Shows a new recovery code once, like the last step of setup. "Done" only works when the
// customer typed the code's last group; then the code counts as confirmed. Closing it
// without that leaves the code unconfirmed, and Roer reminds the customer later.
class RecoveryCodeDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryCodeDialog(VaultManager *manager, const QString &code, QWidget *parent = nullptr);
    ~RecoveryCodeDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void finish();

    VaultManager *m_manager;
    SetupRecoveryPage *m_page;
    QLabel *m_error;
    QPushButton *m_done;
    QPushButton *m_later;
};
