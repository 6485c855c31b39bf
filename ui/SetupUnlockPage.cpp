#include "SetupUnlockPage.h"

#include "PassphraseForm.h"
#include "Style.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

SetupUnlockPage::SetupUnlockPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)),
      m_error(new QLabel(this)), m_keychain(new QRadioButton(this)),
      m_keychainNote(new QLabel(this)), m_passphrase(new QRadioButton(this)),
      m_passphraseNote(new QLabel(this)), m_form(new PassphraseForm(this))
{
    Style::makeTitle(m_title);
    Style::makeBody(m_intro);
    Style::makeError(m_error);
    Style::makeNote(m_keychainNote);
    Style::makeNote(m_passphraseNote);
    m_error->setObjectName(QStringLiteral("setupError"));
    m_keychain->setObjectName(QStringLiteral("methodKeychain"));
    m_passphrase->setObjectName(QStringLiteral("methodPassphrase"));
    m_keychain->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_keychain);
    group->addButton(m_passphrase);
    // Notes sit under their choice, indented like the radio button's text.
    m_keychainNote->setContentsMargins(26, 0, 0, 0);
    m_passphraseNote->setContentsMargins(26, 0, 0, 0);
    m_form->setContentsMargins(26, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Style::kSpacing / 2);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(Style::kSpacing);
    layout->addWidget(m_error);
    layout->addWidget(m_keychain);
    layout->addWidget(m_keychainNote);
    layout->addSpacing(Style::kSpacing);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_passphraseNote);
    layout->addWidget(m_form);
    layout->addStretch(1);

    connect(m_keychain, &QRadioButton::toggled, this, &SetupUnlockPage::updateEnabled);
    connect(m_form, &PassphraseForm::changed, this, &SetupUnlockPage::completeChanged);
    retranslateUi();
    updateEnabled();
}

bool SetupUnlockPage::useKeychain() const
{
    return m_keychain->isChecked();
}

QString SetupUnlockPage::passphrase() const
{
    return m_form->passphrase();
}

bool SetupUnlockPage::isComplete() const
{
    return useKeychain() || m_form->isAcceptable();
}

void SetupUnlockPage::showKeychainUnavailable()
{
    m_keychainFailed = true;
    m_passphrase->setChecked(true);
    m_keychain->setEnabled(false);
    retranslateUi();
    m_form->setFocus();
}

void SetupUnlockPage::focusChoice()
{
    if (m_keychainFailed)
        m_form->setFocus();
    else
        (m_keychain->isChecked() ? m_keychain : m_passphrase)->setFocus();
}

void SetupUnlockPage::showError(const QString &message)
{
    Style::setMessage(m_error, message);
}

void SetupUnlockPage::clearPassphrase()
{
    m_form->clear();
}

void SetupUnlockPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SetupUnlockPage::retranslateUi()
{
    m_title->setText(tr("How do you want to unlock Roer?"));
    m_intro->setText(tr("Roer locks your data with a secret key. "
                        "Choose where that key is kept."));
    m_keychain->setText(tr("With the password store of this computer (recommended)"));
    m_keychainNote->setText(tr("Your computer keeps the key safe for you. "
                               "You only need to log in to your computer."));
    m_passphrase->setText(tr("With a passphrase that I choose"));
    m_passphraseNote->setText(tr("You type it each time you open Roer. "
                                 "Nobody can get it back for you if you forget it."));
    if (m_keychainFailed)
        Style::setMessage(m_error,
                          tr("The password store of this computer cannot be used right now. "
                             "Please choose a passphrase instead."));
}

void SetupUnlockPage::updateEnabled()
{
    // The passphrase fields appear only when that way is chosen.
    m_form->setVisible(m_passphrase->isChecked());
    emit completeChanged();
}
