#include "HelpDeskBand.h"

#include "HelpDeskMode.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

HelpDeskBand::HelpDeskBand(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_leave(new QPushButton(this))
{
    setObjectName(QStringLiteral("helpDeskBand"));
    m_text->setObjectName(QStringLiteral("helpDeskBandText"));
    m_leave->setObjectName(QStringLiteral("leaveHelpDesk"));
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_leave);

    HelpDeskMode &mode = HelpDeskMode::instance();
    connect(m_leave, &QPushButton::clicked, &mode, [&mode] { mode.setOn(false); });
    connect(&mode, &HelpDeskMode::changed, this, &QWidget::setVisible);
    setVisible(mode.isOn());
    retranslateUi();
}

void HelpDeskBand::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void HelpDeskBand::retranslateUi()
{
    m_text->setText(tr("Help-desk mode is on. Roer hides your personal values."));
    m_leave->setText(tr("Lea&ve help-desk mode"));
}
