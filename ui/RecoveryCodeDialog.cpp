#include "RecoveryCodeDialog.h"

#include "SetupRecoveryPage.h"
#include "Style.h"
#include "core/Logging.h"
#include "vault/VaultManager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RecoveryCodeDialog::RecoveryCodeDialog(VaultManager *manager, const QString &code, QWidget *parent)
    : QDialog(parent), m_manager(manager), m_page(new SetupRecoveryPage(this)),
      m_error(new QLabel(this)), m_done(new QPushButton(this)), m_later(new QPushButton(this))
{
    setObjectName(QStringLiteral("recoveryCodeDialog"));
    Style::makeError(m_error);
    Style::makePrimary(m_done);
    m_done->setObjectName(QStringLiteral("recoveryDone"));
    m_later->setObjectName(QStringLiteral("recoveryLater"));
    m_done->setDefault(true);
    m_done->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_later);
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setMinimumWidth(700); // the code fits on one line

    connect(m_page, &SetupRecoveryPage::confirmedChanged, m_done, &QPushButton::setEnabled);
    connect(m_done, &QPushButton::clicked, this, &RecoveryCodeDialog::finish);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    m_page->setRecoveryCode(code);
    retranslateUi();
}

RecoveryCodeDialog::~RecoveryCodeDialog()
{
    m_page->clearRecoveryCode();
}

void RecoveryCodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecoveryCodeDialog::retranslateUi()
{
    setWindowTitle(tr("New recovery code"));
    m_done->setText(tr("Done"));
    m_later->setText(tr("Later"));
    m_later->setToolTip(tr("Roer reminds you until you have checked the new code."));
}

void RecoveryCodeDialog::finish()
{
    if (const Result<void> confirmed = m_manager->confirmRecoveryCode(); !confirmed) {
        qCWarning(lcUi) << "Recovery code not marked as confirmed, code"
                        << int(confirmed.error().code);
        Style::setMessage(m_error, confirmed.error().message);
        return;
    }
    m_page->clearRecoveryCode();
    accept();
}
