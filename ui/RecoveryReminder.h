#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above the workspace while the recovery code is not checked: at setup the window
// may have closed before that step, and without the code a lost keychain means lost data.
class RecoveryReminder : public QFrame
{
    Q_OBJECT
public:
    explicit RecoveryReminder(QWidget *parent = nullptr);

signals:
    void renewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QPushButton *m_renew;
};
