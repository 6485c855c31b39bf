#include "HelpDeskSwitch.h"

#include "HelpDeskMode.h"

#include <QEvent>
#include <QSignalBlocker>

HelpDeskSwitch::HelpDeskSwitch(QWidget *parent) : QCheckBox(parent)
{
    setObjectName(QStringLiteral("helpDeskSwitch"));
    HelpDeskMode &mode = HelpDeskMode::instance();
    setChecked(mode.isOn());
    connect(this, &QCheckBox::toggled, &mode, &HelpDeskMode::setOn);
    connect(&mode, &HelpDeskMode::changed, this, [this](bool on) {
        const QSignalBlocker blocker(this);
        setChecked(on);
    });
    retranslateUi();
}

void HelpDeskSwitch::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QCheckBox::changeEvent(event);
}

void HelpDeskSwitch::retranslateUi()
{
    setText(tr("&Help-desk mode: hide my personal values"));
    setAccessibleDescription(
        tr("For when someone from a shop's help desk helps you. Roer then shows what kind of "
           "value it is, not the value."));
}
