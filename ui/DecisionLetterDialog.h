#pragma once

#include "consent/DecisionLetter.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

// Shows the letter or e-mail for a retailer without the Roer API: the customer copies it,
// opens it in their e-mail program (mailto: with subject and body) or prints it, sends it
// themselves, and then tells Roer "I sent it". Roer itself sends nothing here.
class DecisionLetterDialog : public QDialog
{
    Q_OBJECT
public:
    DecisionLetterDialog(const DecisionLetter::Letter &letter, const QString &retailerName,
                         QWidget *parent = nullptr);

    static QUrl mailtoUrl(const DecisionLetter::Letter &letter);
    QString text() const;

signals:
    // The customer says they sent it (the dialog closes).
    void sentByCustomer();

private:
    void copy();
    void openInEmail();
    void print();

    DecisionLetter::Letter m_letter;
    QPlainTextEdit *m_text;
};
