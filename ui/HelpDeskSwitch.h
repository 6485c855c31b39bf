#pragma once

#include <QCheckBox>

// The help-desk mode switch, wherever it is offered (the unlock page, Settings): it follows
// HelpDeskMode both ways, so two switches never disagree.
class HelpDeskSwitch : public QCheckBox
{
    Q_OBJECT
public:
    explicit HelpDeskSwitch(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};
