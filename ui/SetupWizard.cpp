#include "SetupWizard.h"

#include "LanguageManager.h"
#include "SetupIntroPage.h"
#include "SetupLanguagePage.h"
#include "SetupRecoveryPage.h"
#include "SetupUnlockPage.h"
#include "Style.h"
#include "core/Logging.h"
#include "vault/VaultManager.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

SetupWizard::SetupWizard(VaultManager *manager, LanguageManager *languages, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_languages(languages),
      m_pages(new QStackedWidget(this)), m_languagePage(new SetupLanguagePage(this)),
      m_introPage(new SetupIntroPage(this)), m_unlockPage(new SetupUnlockPage(this)),
      m_creatingPage(new QWidget(this)), m_creatingTitle(new QLabel(m_creatingPage)),
      m_creatingText(new QLabel(m_creatingPage)), m_progress(new QProgressBar(m_creatingPage)),
      m_recoveryPage(new SetupRecoveryPage(this)), m_stepLabel(new QLabel(this)),
      m_back(new QPushButton(this)), m_next(new QPushButton(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    Style::makePrimary(m_next);
    Style::makeNote(m_stepLabel);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_next->setDefault(true);

    // The busy step: keychain access may take a while, the key derivation about a second.
    Style::makeTitle(m_creatingTitle);
    Style::makeBody(m_creatingText);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    auto *creatingLayout = new QVBoxLayout(m_creatingPage);
    creatingLayout->setContentsMargins(0, 0, 0, 0);
    creatingLayout->setSpacing(Style::kSpacing);
    creatingLayout->addWidget(m_creatingTitle);
    creatingLayout->addWidget(m_creatingText);
    creatingLayout->addWidget(m_progress);
    creatingLayout->addStretch(1);

    m_pages->addWidget(m_languagePage);
    m_pages->addWidget(m_introPage);
    m_pages->addWidget(m_unlockPage);
    m_pages->addWidget(m_creatingPage);
    m_pages->addWidget(m_recoveryPage);

    // A white card in the middle of the window, not wider than comfortable reading.
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setMaximumWidth(720);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stepLabel, 1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(Style::kPageMargin, Style::kPageMargin, Style::kPageMargin,
                                   Style::kPageMargin - 8);
    cardLayout->setSpacing(Style::kSpacing);
    cardLayout->addWidget(m_pages, 1);
    cardLayout->addLayout(buttons);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(Style::kPageMargin, Style::kPageMargin - 8, Style::kPageMargin,
                              Style::kPageMargin - 8);
    outer->addStretch(1);
    outer->addWidget(card, 8);
    outer->addStretch(1);

    connect(m_next, &QPushButton::clicked, this, &SetupWizard::next);
    connect(m_back, &QPushButton::clicked, this, &SetupWizard::back);
    connect(m_languagePage, &SetupLanguagePage::languageChosen, this,
            [this](const QString &language) { m_languages->setLanguage(language); });
    connect(m_unlockPage, &SetupUnlockPage::completeChanged, this, &SetupWizard::updateButtons);
    connect(m_recoveryPage, &SetupRecoveryPage::confirmedChanged, this,
            &SetupWizard::updateButtons);

    m_languagePage->setLanguage(m_languages->language());
    retranslateUi();
    goTo(Step::Language);
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SetupWizard::keyPressEvent(QKeyEvent *event)
{
    // Enter moves on, like in a dialog: fields let the key through to here.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (auto *button = qobject_cast<QPushButton *>(focusWidget()); button && button != m_next)
            button->click();
        else if (m_next->isVisible() && m_next->isEnabled())
            m_next->click();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SetupWizard::retranslateUi()
{
    m_back->setText(tr("&Back"));
    m_creatingTitle->setText(tr("Creating your vault…"));
    m_creatingText->setText(tr("Roer is making a locked place for your data on this computer. "
                               "This can take a few seconds."));
    m_progress->setAccessibleName(tr("Busy"));
    updateButtons();
}

void SetupWizard::goTo(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    updateButtons();
    // Keyboard users start where the work is.
    switch (step) {
    case Step::Language:
    case Step::Intro: m_next->setFocus(); break;
    case Step::Unlock: m_unlockPage->focusChoice(); break;
    case Step::Creating: break;
    case Step::Recovery:
        m_recoveryPage->findChild<QWidget *>(QStringLiteral("recoveryConfirm"))->setFocus();
        break;
    }
}

void SetupWizard::next()
{
    switch (m_step) {
    case Step::Language: goTo(Step::Intro); break;
    case Step::Intro: goTo(Step::Unlock); break;
    case Step::Unlock:
        if (m_unlockPage->isComplete())
            createVault();
        break;
    case Step::Creating: break;
    case Step::Recovery:
        if (m_recoveryPage->isConfirmed()) {
            // If this fails the code stays unconfirmed and Roer reminds the customer.
            if (const Result<void> confirmed = m_manager->confirmRecoveryCode(); !confirmed)
                qCWarning(lcUi) << "Recovery code not marked as confirmed, code"
                                << int(confirmed.error().code);
            m_recoveryPage->clearRecoveryCode();
            emit setupFinished();
        }
        break;
    }
}

void SetupWizard::back()
{
    if (m_step == Step::Intro)
        goTo(Step::Language);
    else if (m_step == Step::Unlock)
        goTo(Step::Intro);
}

void SetupWizard::createVault()
{
    m_unlockPage->showError(QString());
    goTo(Step::Creating);
    QPointer<SetupWizard> self(this);
    if (m_unlockPage->useKeychain()) {
        qCInfo(lcUi) << "Creating a keychain vault";
        m_manager->createWithKeychain([self](Result<QString> result) {
            if (!self)
                return;
            if (result) {
                self->vaultCreated(result.value());
                return;
            }
            qCWarning(lcUi) << "Keychain vault not created, code" << int(result.error().code);
            self->goTo(Step::Unlock);
            if (result.error().code == ErrorCode::KeychainUnavailable)
                self->m_unlockPage->showKeychainUnavailable();
            else
                self->m_unlockPage->showError(result.error().message);
        });
        return;
    }
    // The key derivation is slow on purpose and runs here; let the busy page paint first.
    QTimer::singleShot(50, this, [this] {
        qCInfo(lcUi) << "Creating a passphrase vault";
        const Result<QString> result = m_manager->createWithPassphrase(m_unlockPage->passphrase());
        m_unlockPage->clearPassphrase();
        if (result) {
            vaultCreated(result.value());
        } else {
            goTo(Step::Unlock);
            m_unlockPage->showError(result.error().message);
        }
    });
}

void SetupWizard::vaultCreated(const QString &recoveryCode)
{
    m_recoveryPage->setRecoveryCode(recoveryCode);
    goTo(Step::Recovery);
}

void SetupWizard::updateButtons()
{
    const int shown = m_step == Step::Creating ? 4 : int(m_step) < 3 ? int(m_step) + 1 : 4;
    m_stepLabel->setText(tr("Step %1 of %2").arg(shown).arg(4));
    m_back->setVisible(m_step == Step::Intro || m_step == Step::Unlock);
    m_next->setVisible(m_step != Step::Creating);
    switch (m_step) {
    case Step::Language:
    case Step::Intro:
        m_next->setText(tr("&Next"));
        m_next->setEnabled(true);
        break;
    case Step::Unlock:
        m_next->setText(tr("&Create vault"));
        m_next->setEnabled(m_unlockPage->isComplete());
        break;
    case Step::Creating: break;
    case Step::Recovery:
        m_next->setText(tr("&Start using Roer"));
        m_next->setEnabled(m_recoveryPage->isConfirmed());
        break;
    }
}
