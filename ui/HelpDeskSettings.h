#pragma once

#include <QWidget>

class HelpDeskSwitch;
class QCheckBox;
class QLabel;

// The "Help desk and reading" part of Settings: help-desk mode and large text.
class HelpDeskSettings : public QWidget
{
    Q_OBJECT
public:
    explicit HelpDeskSettings(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    HelpDeskSwitch *m_switch;
    QLabel *m_note;
    QCheckBox *m_largeText;
};
