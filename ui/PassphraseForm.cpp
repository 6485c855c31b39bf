#include "PassphraseForm.h"

#include "ShowPassphraseBox.h"
#include "Style.h"
#include "vault/VaultManager.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PassphraseForm::PassphraseForm(QWidget *parent)
    : QWidget(parent), m_passphraseLabel(new QLabel(this)), m_passphrase(new QLineEdit(this)),
      m_confirmLabel(new QLabel(this)), m_confirm(new QLineEdit(this)),
      m_strength(new QLabel(this)), m_advice(new QLabel(this))
{
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("newPassphrase"));
    m_confirm->setObjectName(QStringLiteral("confirmPassphrase"));
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmLabel->setBuddy(m_confirm);
    Style::makeNote(m_strength);
    Style::makeNote(m_advice);
    m_strength->setObjectName(QStringLiteral("strengthHint"));

    // A grid rather than a form layout: labels centred on their field.
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(Style::kSpacing);
    form->setVerticalSpacing(Style::kSpacing);
    form->addWidget(m_passphraseLabel, 0, 0, Qt::AlignVCenter);
    form->addWidget(m_passphrase, 0, 1);
    form->addWidget(m_confirmLabel, 1, 0, Qt::AlignVCenter);
    form->addWidget(m_confirm, 1, 1);
    form->addWidget(new ShowPassphraseBox({m_passphrase, m_confirm}, this), 2, 1);
    form->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_advice);
    layout->addLayout(form);
    layout->addWidget(m_strength);

    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseForm::updateHints);
    connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseForm::updateHints);
    connect(m_passphrase, &QLineEdit::returnPressed, m_confirm, qOverload<>(&QWidget::setFocus));
    setFocusProxy(m_passphrase);
    retranslateUi();
}

QString PassphraseForm::passphrase() const
{
    return m_passphrase->text();
}

bool PassphraseForm::isAcceptable() const
{
    return m_passphrase->text().size() >= VaultManager::kMinPassphraseLength
        && m_passphrase->text() == m_confirm->text();
}

void PassphraseForm::clear()
{
    m_passphrase->clear();
    m_confirm->clear();
}

PassphraseForm::Strength PassphraseForm::strengthOf(const QString &passphrase)
{
    if (passphrase.size() < VaultManager::kMinPassphraseLength)
        return Strength::TooShort;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    const int kinds = int(lower) + int(upper) + int(digit) + int(other);
    // Length counts most: a few unrelated words beat a short jumble of symbols.
    if (passphrase.size() >= 20 || (passphrase.size() >= 14 && kinds >= 3))
        return Strength::Strong;
    if (passphrase.size() >= 12 || (passphrase.size() >= 10 && kinds >= 3))
        return Strength::Fair;
    return Strength::Weak;
}

void PassphraseForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PassphraseForm::retranslateUi()
{
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_confirmLabel->setText(tr("&Type it again:"));
    m_advice->setText(tr("Use at least %1 characters. A few words that do not belong "
                         "together are easy to remember and hard to guess.")
                          .arg(VaultManager::kMinPassphraseLength));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirm->setAccessibleName(tr("Type the passphrase again"));
    updateHints();
}

void PassphraseForm::updateHints()
{
    const QString text = m_passphrase->text();
    QString hint;
    if (text.isEmpty()) {
        hint.clear();
    } else if (!m_confirm->text().isEmpty() && m_confirm->text() != text
               && !text.startsWith(m_confirm->text())) {
        hint = tr("The two passphrases are not the same.");
    } else {
        switch (strengthOf(text)) {
        case Strength::TooShort:
            hint = tr("Too short: use at least %1 characters.")
                       .arg(VaultManager::kMinPassphraseLength);
            break;
        case Strength::Weak: hint = tr("Strength: weak. Make it longer."); break;
        case Strength::Fair: hint = tr("Strength: fair. A little longer makes it strong."); break;
        case Strength::Strong: hint = tr("Strength: strong."); break;
        }
        if (m_confirm->text() == text && strengthOf(text) != Strength::TooShort)
            hint += QLatin1Char(' ') + tr("Both passphrases are the same.");
    }
    m_strength->setText(hint);
    emit changed();
}
