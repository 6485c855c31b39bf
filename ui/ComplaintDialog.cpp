#include "ComplaintDialog.h"

#include "FileDialog.h"
#include "LetterPrinter.h"
#include "SecretClipboard.h"
#include "Style.h"
#include "UrlOpener.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

ComplaintDialog::ComplaintDialog(const ComplaintPack &pack, const QString &formAddress,
                                 QWidget *parent)
    : QDialog(parent), m_pack(pack), m_form(formAddress), m_text(new QPlainTextEdit(this)),
      m_done(new QLabel(this))
{
    setObjectName(QStringLiteral("complaintDialog"));
    setWindowTitle(tr("Complaint to the AP"));
    auto *intro = new QLabel(
        tr("The AP is the Dutch data protection authority. It checks if shops keep to the "
           "privacy law. This complaint is in Dutch, because the AP works in Dutch. The AP "
           "wants proof that you asked the shop first. Roer adds your request, your reminder "
           "and the history. Add the shop's answer yourself, if you have one."),
        this);
    Style::makeBody(intro);
    m_text->setObjectName(QStringLiteral("complaintText"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(pack.text());
    m_text->setAccessibleName(tr("Text of the complaint"));
    m_text->setMinimumSize(620, 340);
    auto *textLabel = new QLabel(tr("&Text of the complaint:"), this);
    textLabel->setBuddy(m_text);
    m_done->setObjectName(QStringLiteral("complaintDone"));
    Style::makeNote(m_done);

    auto *buttons = new QHBoxLayout;
    auto add = [&](const QString &text, const char *name, void (ComplaintDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    QPushButton *files =
        add(tr("&Save with attachments…"), "saveFilesButton", &ComplaintDialog::saveFiles);
    add(tr("Save as &PDF…"), "pdfButton", &ComplaintDialog::savePdf);
    add(tr("&Copy"), "copyButton", &ComplaintDialog::copy);
    add(tr("Open the AP's &form"), "formButton", &ComplaintDialog::openForm);
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(intro);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_done);
    layout->addLayout(buttons);
    Style::setMessage(m_done, QString());
    files->setFocus();
}

QString ComplaintDialog::text() const
{
    return m_text->toPlainText();
}

void ComplaintDialog::saveFiles()
{
    // The customer names a new folder; Roer puts the complaint and its attachments in it.
    const QString folder =
        FileDialog::getSaveFileName(this, tr("Save the complaint in a new folder"), m_pack.title,
                                    QString());
    if (folder.isEmpty())
        return;
    if (auto saved = m_pack.writeTo(folder); !saved)
        return Style::setMessage(m_done, saved.error().message);
    Style::setMessage(m_done, tr("Saved in the folder %1.").arg(folder));
    emit packUsed();
}

void ComplaintDialog::savePdf()
{
    const QString file =
        FileDialog::getSaveFileName(this, tr("Save the complaint as PDF"),
                                    m_pack.title + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (auto saved =
            LetterPrinter::savePdf(LetterPrinter::complaintHtml(m_pack), m_pack.title, file);
        !saved)
        return Style::setMessage(m_done, saved.error().message);
    Style::setMessage(m_done, tr("Saved. Add the attachments when you send it."));
    emit packUsed();
}

void ComplaintDialog::copy()
{
    SecretClipboard::copy(m_pack.text());
    Style::setMessage(m_done, tr("Copied. Paste it into the AP's form."));
    emit packUsed();
}

void ComplaintDialog::openForm()
{
    const QUrl url(m_form);
    if (!UrlOpener::open(url))
        return Style::setMessage(m_done,
                                 tr("Roer could not open your web browser. Go to %1.").arg(m_form));
    Style::setMessage(m_done, tr("The AP's form is open in your web browser."));
}

void ComplaintDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    Style::fitHeight(this);
}
