#include "HelpDeskSettings.h"

#include "HelpDeskMode.h"
#include "HelpDeskSwitch.h"
#include "Style.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

HelpDeskSettings::HelpDeskSettings(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_switch(new HelpDeskSwitch(this)),
      m_note(new QLabel(this)), m_largeText(new QCheckBox(this))
{
    setObjectName(QStringLiteral("helpDeskSettings"));
    m_largeText->setObjectName(QStringLiteral("largeTextSwitch"));
    Style::makeSubtitle(m_title);
    Style::makeNote(m_note);
    HelpDeskMode &mode = HelpDeskMode::instance();
    m_largeText->setChecked(mode.largeText());
    connect(m_largeText, &QCheckBox::toggled, &mode, &HelpDeskMode::setLargeText);
    connect(&mode, &HelpDeskMode::largeTextChanged, this, [this](bool large) {
        const QSignalBlocker blocker(m_largeText);
        m_largeText->setChecked(large);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_switch);
    layout->addWidget(m_note);
    layout->addWidget(m_largeText);
    retranslateUi();
}

void HelpDeskSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HelpDeskSettings::retranslateUi()
{
    m_title->setText(tr("Help desk and reading"));
    m_note->setText(tr("Does someone from a shop help you? Then switch on help-desk mode. Roer "
                       "shows what kind of value it is, for example \"an e-mail address\". "
                       "You can still show one value to yourself. Roer remembers this choice "
                       "for this vault."));
    m_largeText->setText(tr("Large te&xt"));
    m_largeText->setAccessibleDescription(tr("Makes all text and buttons in Roer bigger."));
}
