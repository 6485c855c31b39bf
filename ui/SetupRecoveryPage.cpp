#include "SetupRecoveryPage.h"

#include "SecretClipboard.h"
#include "Style.h"
#include "vault/RecoveryCode.h"

#include <QDate>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#ifdef ROER_HAVE_PRINTSUPPORT
#include "PrintDialog.h"

#include <QPrinter>
#include <QTextDocument>
#endif

SetupRecoveryPage::SetupRecoveryPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)),
      m_codeLabel(new QLabel(this)), m_codeView(new QLabel(this)), m_copy(new QPushButton(this)),
      m_print(new QPushButton(this)), m_copied(new QLabel(this)), m_confirmLabel(new QLabel(this)),
      m_confirm(new QLineEdit(this)), m_confirmHint(new QLabel(this))
{
    Style::makeTitle(m_title);
    Style::makeBody(m_intro);
    Style::makeSubtitle(m_codeLabel);
    Style::makeNote(m_copied);
    Style::makeNote(m_confirmHint);
    m_codeView->setObjectName(QStringLiteral("recoveryCode"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(18);
    mono.setBold(true);
    m_codeView->setFont(mono);
    m_codeView->setWordWrap(true);
    m_codeView->setAlignment(Qt::AlignCenter);
    m_codeView->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No buddy: a screen reader must read the code itself, which is the label's text.
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_confirm->setObjectName(QStringLiteral("recoveryConfirm"));
    m_confirmLabel->setBuddy(m_confirm);
#ifndef ROER_HAVE_PRINTSUPPORT
    m_print->hide();
#endif
    m_copied->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_print);
    buttons->addWidget(m_copied, 1);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_codeView);
    layout->addLayout(buttons);
    layout->addSpacing(Style::kSpacing);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_confirmHint);
    layout->addStretch(1);

    connect(m_copy, &QPushButton::clicked, this, &SetupRecoveryPage::copyCode);
    connect(m_print, &QPushButton::clicked, this, &SetupRecoveryPage::printCode);
    connect(m_confirm, &QLineEdit::textChanged, this, &SetupRecoveryPage::checkConfirmation);
    retranslateUi();
}

SetupRecoveryPage::~SetupRecoveryPage()
{
    clearRecoveryCode();
}

void SetupRecoveryPage::setRecoveryCode(const QString &code)
{
    m_code = code;
    m_codeView->setText(code);
    m_confirm->clear();
    m_confirm->setFocus();
    checkConfirmation();
}

void SetupRecoveryPage::clearRecoveryCode()
{
    m_code.fill(QLatin1Char('0'));
    m_code.clear();
    m_codeView->clear();
    m_confirm->clear();
}

// The whole code, as it is on paper: a typo in any group would make it useless on the day it
// is needed (issue 15: only the last group was asked). Small letters, spaces, dashes and the
// look-alikes O/0 and I/L/1 are fine, as when unlocking with it.
bool SetupRecoveryPage::isConfirmed() const
{
    const QString expected = RecoveryCode::normalise(m_code);
    return !expected.isEmpty() && RecoveryCode::normalise(m_confirm->text()) == expected;
}

void SetupRecoveryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SetupRecoveryPage::retranslateUi()
{
    m_title->setText(tr("Write down your recovery code"));
    m_intro->setText(tr("With this code you can always open your data, even if you lose "
                        "your passphrase or your computer's password store. "
                        "Roer shows it only once. Keep it on paper, in a safe place."));
    m_codeLabel->setText(tr("Your recovery code:"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Roer empties the clipboard again after two minutes."));
    m_print->setText(tr("&Print…"));
    m_copied->setText(tr("Copied. Roer empties the clipboard again after two minutes."));
    m_confirmLabel->setText(tr("To check that you wrote it down, type the whole code a&gain:"));
    m_confirm->setAccessibleName(tr("The recovery code, typed again"));
    checkConfirmation();
}

void SetupRecoveryPage::copyCode()
{
    SecretClipboard::copy(m_code);
    m_copied->show();
}

void SetupRecoveryPage::printCode()
{
#ifdef ROER_HAVE_PRINTSUPPORT
    QPrinter printer;
    if (!PrintDialog::ask(printer, this, tr("Print your recovery code")))
        return;
    QTextDocument document;
    document.setHtml(
        QStringLiteral("<h1>%1</h1><p>%2</p><p style=\"font-family: monospace; "
                       "font-size: 20pt; font-weight: bold;\">%3</p><p>%4</p>")
            .arg(tr("Roer recovery code").toHtmlEscaped(), m_intro->text().toHtmlEscaped(),
                 m_code.toHtmlEscaped(),
                 tr("Printed on %1.")
                     .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
                     .toHtmlEscaped()));
    document.print(&printer);
#endif
}

void SetupRecoveryPage::checkConfirmation()
{
    const bool confirmed = isConfirmed();
    if (m_confirm->text().trimmed().isEmpty())
        m_confirmHint->setText(tr("Type all 8 groups. Small letters and no dashes are fine."));
    else if (confirmed)
        m_confirmHint->setText(tr("That is right."));
    else
        m_confirmHint->setText(tr("That is not the code yet. Look again at each group."));
    emit confirmedChanged(confirmed);
}
