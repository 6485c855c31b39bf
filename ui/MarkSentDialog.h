#pragma once

#include "requests/RequestTypes.h"

#include <QDate>
#include <QDialog>

class QButtonGroup;
class QDateEdit;

// "When did you send it?": the day and how (e-mail, post, a form on their website). Roer
// counts the shop's month from that day; by post from two days later, when it arrives.
class MarkSentDialog : public QDialog
{
    Q_OBJECT
public:
    MarkSentDialog(const QString &retailerName, const QDate &earliest, const QDate &today,
                   QWidget *parent = nullptr);

    QDate sentOn() const;
    Requests::SentBy sentBy() const;
    void setSent(const QDate &on, Requests::SentBy by);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QDateEdit *m_date;
    QButtonGroup *m_by;
};
