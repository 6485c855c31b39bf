#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A band across the top of the window while help-desk mode is on: everyone can see that
// values are hidden, and the customer can leave the mode with one click.
class HelpDeskBand : public QFrame
{
    Q_OBJECT
public:
    explicit HelpDeskBand(QWidget *parent = nullptr);
    QPushButton *leaveButton() const { return m_leave; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QPushButton *m_leave;
};
