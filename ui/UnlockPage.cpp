#include "UnlockPage.h"

#include "HelpDeskSwitch.h"
#include "ShowPassphraseBox.h"
#include "Style.h"
#include "core/Logging.h"
#include "vault/VaultManager.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

UnlockPage::UnlockPage(VaultManager *manager, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_title(new QLabel(this)), m_intro(new QLabel(this)),
      m_fieldLabel(new QLabel(this)), m_field(new QLineEdit(this)),
      m_show(new ShowPassphraseBox({m_field}, this)), m_error(new QLabel(this)),
      m_status(new QLabel(this)), m_unlock(new QPushButton(this)),
      m_switchMode(new QPushButton(this))
{
    setObjectName(QStringLiteral("unlockPage"));
    Style::makeTitle(m_title);
    Style::makeBody(m_intro);
    Style::makeError(m_error);
    Style::makeNote(m_status);
    Style::makePrimary(m_unlock);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_field->setObjectName(QStringLiteral("unlockField"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_switchMode->setObjectName(QStringLiteral("switchModeButton"));
    m_switchMode->setFlat(true);
    m_switchMode->setCursor(Qt::PointingHandCursor);
    m_switchMode->setStyleSheet(
        QStringLiteral("QPushButton { border: none; color: #1d5c7a; text-decoration: underline; "
                       "padding: 4px 0; background: transparent; }"
                       "QPushButton:focus { border: 1px dotted #1d5c7a; }"));
    m_fieldLabel->setBuddy(m_field);
    m_field->setEchoMode(QLineEdit::Password);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setFixedWidth(500);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switchMode);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(Style::kPageMargin, Style::kPageMargin, Style::kPageMargin,
                               Style::kPageMargin);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addWidget(m_fieldLabel);
    layout->addWidget(m_field);
    layout->addWidget(m_show);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    // Before the vault opens, so that not one value shows when it does.
    auto *helpDesk = new HelpDeskSwitch(card);
    layout->addSpacing(Style::kSpacing / 2);
    layout->addWidget(helpDesk);

    // Centred by stretches, not by alignment: only then does the card grow with wrapped text.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_switchMode, &QPushButton::clicked, this,
            [this] { setMode(m_mode == Mode::RecoveryCode ? m_normalMode : Mode::RecoveryCode); });
    setTabOrder(m_field, m_unlock);
    setTabOrder(m_unlock, m_switchMode);
    setTabOrder(m_switchMode, helpDesk);
    retranslateUi();
}

void UnlockPage::reset()
{
    const auto descriptor = m_manager->descriptor();
    m_normalMode = descriptor && descriptor->unlock == VaultDescriptor::Unlock::Keychain
        ? Mode::Keychain
        : Mode::Passphrase;
    setBusy(false);
    setMode(m_normalMode);
    if (!descriptor)
        Style::setMessage(m_error, messageFor(descriptor.error()));
}

void UnlockPage::setMode(Mode mode)
{
    m_mode = mode;
    m_field->clear();
    Style::setMessage(m_error, QString());
    m_field->setVisible(mode != Mode::Keychain);
    m_fieldLabel->setVisible(mode != Mode::Keychain);
    m_show->setWanted(mode == Mode::Passphrase);
    // A recovery code is not a secret you type blind: you copy it from paper.
    m_field->setEchoMode(mode == Mode::RecoveryCode ? QLineEdit::Normal : QLineEdit::Password);
    retranslateUi();
    focusField();
}

QString UnlockPage::messageFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::WrongKey:
        return tr("That is not the right passphrase or code. Check for typing errors and "
                  "Caps Lock, then try again.");
    case ErrorCode::KeychainUnavailable:
        return tr("Roer cannot reach the password store of this computer. "
                  "Try again, or use your recovery code.");
    case ErrorCode::KeychainNoEntry:
        return tr("Roer cannot find the key in the password store of this computer. Is the "
                  "password store locked? Then unlock it and try again. Or use your recovery "
                  "code.");
    case ErrorCode::VaultDamaged:
        return tr("Your data file seems to be damaged. Roer did not change it. "
                  "Ask for help before you try anything else.");
    default: return error.message.isEmpty() ? tr("Roer could not open your data.") : error.message;
    }
}

void UnlockPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UnlockPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &UnlockPage::focusField);
}

void UnlockPage::keyPressEvent(QKeyEvent *event)
{
    // Enter unlocks, from the field or anywhere on the page; a focused link button wins.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (focusWidget() == m_switchMode)
            m_switchMode->click();
        else
            unlock();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void UnlockPage::retranslateUi()
{
    m_title->setText(tr("Roer is locked"));
    switch (m_mode) {
    case Mode::Keychain:
        m_intro->setText(tr("Your data is locked. The key is in the password store of this "
                            "computer."));
        break;
    case Mode::Passphrase:
        m_intro->setText(tr("Your data is locked. Type your passphrase to open it."));
        m_fieldLabel->setText(tr("&Passphrase:"));
        m_field->setAccessibleName(tr("Passphrase"));
        break;
    case Mode::RecoveryCode:
        m_intro->setText(tr("Type the recovery code you wrote down when you started using "
                            "Roer. Dashes and spaces do not matter."));
        m_fieldLabel->setText(tr("&Recovery code:"));
        m_field->setAccessibleName(tr("Recovery code"));
        break;
    }
    m_unlock->setText(tr("&Unlock"));
    m_switchMode->setText(m_mode == Mode::RecoveryCode
                              ? (m_normalMode == Mode::Keychain ? tr("Use the password store")
                                                                : tr("Use my passphrase"))
                              : tr("Use recovery code"));
    m_status->setText(m_busy ? tr("Unlocking…") : QString());
    m_status->setVisible(m_busy);
}

void UnlockPage::unlock()
{
    if (m_busy)
        return;
    Style::setMessage(m_error, QString());
    setBusy(true);
    QPointer<UnlockPage> self(this);
    if (m_mode == Mode::Keychain) {
        m_manager->unlockWithKeychain([self](Result<void> result) {
            if (self)
                self->finish(result ? nullptr : &result.error());
        });
        return;
    }
    // The key derivation takes about a second; let "Unlocking…" paint first.
    QTimer::singleShot(30, this, [this] {
        const QString secret = m_field->text();
        const Result<void> result = m_mode == Mode::RecoveryCode
            ? m_manager->unlockWithRecoveryCode(secret)
            : m_manager->unlockWithPassphrase(secret);
        finish(result ? nullptr : &result.error());
    });
}

void UnlockPage::finish(const Error *error)
{
    setBusy(false);
    if (!error) {
        qCInfo(lcUi) << "Unlocked";
        m_field->clear();
        if (m_mode == Mode::RecoveryCode)
            emit recoveryCodeUsed();
        return;
    }
    qCInfo(lcUi) << "Unlock failed, code" << int(error->code);
    // The vault's own words are more precise about a mistyped recovery code.
    const bool recoveryMistake = m_mode == Mode::RecoveryCode
        && error->code == ErrorCode::WrongPassphrase && !error->message.isEmpty();
    Style::setMessage(m_error, recoveryMistake ? error->message : messageFor(*error));
    m_field->selectAll();
    focusField();
}

void UnlockPage::setBusy(bool busy)
{
    m_busy = busy;
    m_unlock->setEnabled(!busy);
    m_field->setReadOnly(busy);
    m_switchMode->setEnabled(!busy);
    retranslateUi();
}

void UnlockPage::focusField()
{
    if (m_mode == Mode::Keychain)
        m_unlock->setFocus();
    else
        m_field->setFocus();
}
