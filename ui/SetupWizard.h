#pragma once

#include <QWidget>

class LanguageManager;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class SetupIntroPage;
class SetupLanguagePage;
class SetupRecoveryPage;
class SetupUnlockPage;
class VaultManager;

// First run: language, what Roer does, how to unlock, create the vault, recovery code.
class SetupWizard : public QWidget
{
    Q_OBJECT
public:
    enum class Step { Language, Intro, Unlock, Creating, Recovery };

    SetupWizard(VaultManager *manager, LanguageManager *languages, QWidget *parent = nullptr);

    Step step() const { return m_step; }

signals:
    // The vault exists and the customer confirmed the recovery code.
    void setupFinished();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();
    void goTo(Step step);
    void next();
    void back();
    void createVault();
    void vaultCreated(const QString &recoveryCode);
    void updateButtons();

    VaultManager *m_manager;
    LanguageManager *m_languages;
    Step m_step = Step::Language;
    QStackedWidget *m_pages;
    SetupLanguagePage *m_languagePage;
    SetupIntroPage *m_introPage;
    SetupUnlockPage *m_unlockPage;
    QWidget *m_creatingPage;
    QLabel *m_creatingTitle;
    QLabel *m_creatingText;
    QProgressBar *m_progress;
    SetupRecoveryPage *m_recoveryPage;
    QLabel *m_stepLabel;
    QPushButton *m_back;
    QPushButton *m_next;
};
