#include "ChangePassphraseDialog.h"

#include "PassphraseForm.h"
#include "Style.h"
#include "core/Logging.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ChangePassphraseDialog::ChangePassphraseDialog(VaultManager *manager, bool fromKeychain,
                                               QWidget *parent)
    : QDialog(parent), m_manager(manager), m_fromKeychain(fromKeychain), m_intro(new QLabel(this)),
      m_form(new PassphraseForm(this)), m_error(new QLabel(this)), m_ok(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    Style::makeBody(m_intro);
    Style::makeError(m_error);
    Style::makePrimary(m_ok);
    m_ok->setObjectName(QStringLiteral("changePassphraseOk"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_intro);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(520);

    connect(m_form, &PassphraseForm::changed, this,
            [this] { m_ok->setEnabled(m_form->isAcceptable()); });
    connect(m_ok, &QPushButton::clicked, this, &ChangePassphraseDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_form->setFocus();
    retranslateUi();
}

void ChangePassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangePassphraseDialog::retranslateUi()
{
    setWindowTitle(m_fromKeychain ? tr("Use a passphrase") : tr("Change passphrase"));
    m_intro->setText(m_fromKeychain
                         ? tr("From now on you type this passphrase to open Roer. "
                              "Your recovery code stays the same.")
                         : tr("Choose a new passphrase. Your recovery code stays the same."));
    m_ok->setText(m_fromKeychain ? tr("Use this passphrase") : tr("Change passphrase"));
    m_cancel->setText(tr("Cancel"));
}

void ChangePassphraseDialog::apply()
{
    if (!m_form->isAcceptable())
        return;
    // The key derivation takes about a second; it is short enough to wait for.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> result = m_manager->changePassphrase(m_form->passphrase());
    QApplication::restoreOverrideCursor();
    m_form->clear();
    if (!result) {
        qCWarning(lcUi) << "Passphrase not changed, code" << int(result.error().code);
        Style::setMessage(m_error, result.error().message);
        return;
    }
    accept();
}
