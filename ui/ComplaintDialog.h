#pragma once

#include "requests/ComplaintPack.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;

// The complaint to the Autoriteit Persoonsgegevens (AP), ready to check and send: the facts
// of the case in Dutch (the AP works in Dutch), with the request, the reminder and the
// history as attachments. The customer saves it as files or a PDF, copies it into the AP's
// online form, or prints it. Roer itself sends nothing to the AP.
class ComplaintDialog : public QDialog
{
    Q_OBJECT
public:
    ComplaintDialog(const ComplaintPack &pack, const QString &formAddress,
                    QWidget *parent = nullptr);

    QString text() const;
    void saveFiles();
    void savePdf();
    void copy();
    void openForm();

signals:
    void packUsed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    ComplaintPack m_pack;
    QString m_form;
    QPlainTextEdit *m_text;
    QLabel *m_done;
};
