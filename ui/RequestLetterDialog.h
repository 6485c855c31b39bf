#pragma once

#include "requests/RequestLetter.h"
#include "requests/RightsRequest.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class Vault;

// The letter or e-mail of a rights request (or its reminder), for the customer to send: save
// it as a PDF (A4, the shop's postal address where a window envelope shows it), print it,
// open it in their e-mail program (a short text in the link, the rest on the clipboard), or
// copy it. Roer itself sends nothing here. "I sent it" tells Roer, so the deadline starts.
class RequestLetterDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Request, Reminder };

    RequestLetterDialog(Vault &vault, const RightsRequest &request, Kind kind,
                        QWidget *parent = nullptr);

    const RequestLetter &letter() const { return m_letter; }
    QString text() const;
    static QUrl mailtoUrl(const RequestLetter &letter);

    void savePdf();
    void print();
    void openInEmail();
    void copy();

signals:
    // The customer says they sent the request letter (the dialog closes).
    void sentByCustomer(const QByteArray &letterSha256);
    // Something the customer made (a PDF, a copy, ...) that the history should know of.
    void letterUsed(const QByteArray &letterSha256);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();

    Vault &m_vault;
    RightsRequest m_request;
    Kind m_kind;
    RequestLetter m_letter;
    QComboBox *m_language;
    QLabel *m_to;
    QPlainTextEdit *m_text;
    QLabel *m_done;
};
