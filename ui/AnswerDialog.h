#pragma once

#include "requests/RequestAnswer.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// "What did the shop answer?", for a request sent by letter or e-mail: they have it, they are
// working on it, they need more time (until when, if they said), it is done, or they refused
// (and why). Roer keeps it in the request's history and works out what the deadline is now.
class AnswerDialog : public QDialog
{
    Q_OBJECT
public:
    AnswerDialog(const QString &retailerName, const QDate &earliest, const QDate &today,
                 const QString &language, QWidget *parent = nullptr);

    RequestAnswer answer() const;
    void choose(Requests::Status status);
    void setReason(const QString &reason);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateFields();

    QString m_language;
    QButtonGroup *m_status;
    QDateEdit *m_saidOn;
    QCheckBox *m_hasUntil;
    QDateEdit *m_until;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
};
