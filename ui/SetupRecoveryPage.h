#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

// Setup, last step: the recovery code, shown once. The customer proves they wrote it down
// by typing its last group. Roer never writes the code to a file.
class SetupRecoveryPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupRecoveryPage(QWidget *parent = nullptr);
    ~SetupRecoveryPage() override;

    void setRecoveryCode(const QString &code);
    // Forgets the code (the page is never shown again).
    void clearRecoveryCode();
    bool isConfirmed() const;

signals:
    void confirmedChanged(bool confirmed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void copyCode();
    void printCode();
    void checkConfirmation();

    QString m_code;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_codeLabel;
    QLabel *m_codeView;
    QPushButton *m_copy;
    QPushButton *m_print;
    QLabel *m_copied;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_confirmHint;
};
