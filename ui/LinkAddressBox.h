#pragma once

#include <QUrl>
#include <QWidget>

class ConsentServices;
class QLabel;
class QPushButton;

// While an account is being linked: the shop's sign-in address to copy into a browser by
// hand (issue 15). Without a browser Roer cannot open it, and the customer would otherwise
// wait for nothing; with one, it helps when the browser opened behind another window.
class LinkAddressBox : public QWidget
{
    Q_OBJECT
public:
    explicit LinkAddressBox(ConsentServices *services, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QPushButton *m_copy;
    QUrl m_url;
    bool m_opened = true;
    bool m_copied = false;
};
