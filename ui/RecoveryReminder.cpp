#include "RecoveryReminder.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

RecoveryReminder::RecoveryReminder(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_renew(new QPushButton(this))
{
    setObjectName(QStringLiteral("recoveryReminder"));
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("recoveryReminderText"));
    m_renew->setObjectName(QStringLiteral("recoveryReminderButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(12);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_renew);
    connect(m_renew, &QPushButton::clicked, this, &RecoveryReminder::renewRequested);
    retranslateUi();
}

void RecoveryReminder::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void RecoveryReminder::retranslateUi()
{
    m_text->setText(tr("You have not checked your recovery code yet. "
                       "Without it you can lose your data."));
    m_renew->setText(tr("Make a new recovery code…"));
    setAccessibleName(tr("Reminder"));
    setAccessibleDescription(m_text->text());
}
