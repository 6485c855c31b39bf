#include "DecisionLetterDialog.h"

#include "SecretClipboard.h"
#include "Style.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#ifdef ROER_HAVE_PRINTSUPPORT
#include "PrintDialog.h"

#include <QPrinter>
#include <QTextDocument>
#endif

DecisionLetterDialog::DecisionLetterDialog(const DecisionLetter::Letter &letter,
                                           const QString &retailerName, QWidget *parent)
    : QDialog(parent), m_letter(letter), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("decisionLetterDialog"));
    setWindowTitle(tr("Letter to %1").arg(retailerName));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(Style::kSpacing);
    auto *intro = new QLabel(tr("%1 has no link with Roer. Send this letter or e-mail yourself. "
                                "Fill in your name first. Then tell Roer you sent it.")
                                 .arg(retailerName),
                             this);
    Style::makeBody(intro);
    layout->addWidget(intro);
    if (!letter.to.isEmpty()) {
        auto *to = new QLabel(tr("To: %1").arg(letter.to), this);
        Style::makeNote(to);
        to->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(to);
    }
    auto *textLabel = new QLabel(tr("&Text of the letter:"), this);
    textLabel->setBuddy(m_text);
    layout->addWidget(textLabel);
    m_text->setObjectName(QStringLiteral("letterText"));
    m_text->setPlainText(tr("Subject: %1").arg(letter.subject) + QLatin1String("\n\n")
                         + letter.body);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setAccessibleName(tr("Text of the letter"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumSize(560, 320);
    layout->addWidget(m_text, 1);

    auto *buttons = new QHBoxLayout;
    auto *copyButton = new QPushButton(tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    copyButton->setToolTip(tr("Roer empties the clipboard again after two minutes."));
    connect(copyButton, &QPushButton::clicked, this, &DecisionLetterDialog::copy);
    buttons->addWidget(copyButton);
    auto *mailButton = new QPushButton(tr("Open in &e-mail"), this);
    mailButton->setObjectName(QStringLiteral("mailButton"));
    connect(mailButton, &QPushButton::clicked, this, &DecisionLetterDialog::openInEmail);
    buttons->addWidget(mailButton);
#ifdef ROER_HAVE_PRINTSUPPORT
    auto *printButton = new QPushButton(tr("&Print"), this);
    printButton->setObjectName(QStringLiteral("printButton"));
    connect(printButton, &QPushButton::clicked, this, &DecisionLetterDialog::print);
    buttons->addWidget(printButton);
#endif
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("Not now"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(close);
    auto *sent = new QPushButton(tr("I &sent it"), this);
    sent->setObjectName(QStringLiteral("sentButton"));
    Style::makePrimary(sent);
    connect(sent, &QPushButton::clicked, this, [this] {
        emit sentByCustomer();
        accept();
    });
    buttons->addWidget(sent);
    layout->addLayout(buttons);
    copyButton->setFocus();
}

QString DecisionLetterDialog::text() const
{
    return m_text->toPlainText();
}

QUrl DecisionLetterDialog::mailtoUrl(const DecisionLetter::Letter &letter)
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(letter.to);
    QUrlQuery query;
    // Full encoding: a '&' or '+' in the text must not cut the body short.
    query.addQueryItem(QStringLiteral("subject"),
                       QString::fromUtf8(QUrl::toPercentEncoding(letter.subject)));
    query.addQueryItem(QStringLiteral("body"),
                       QString::fromUtf8(QUrl::toPercentEncoding(letter.body)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void DecisionLetterDialog::copy()
{
    // The customer may have typed their name and address into the letter.
    SecretClipboard::copy(m_text->toPlainText());
}

void DecisionLetterDialog::openInEmail()
{
    QDesktopServices::openUrl(mailtoUrl(m_letter));
}

void DecisionLetterDialog::print()
{
#ifdef ROER_HAVE_PRINTSUPPORT
    QPrinter printer;
    if (!PrintDialog::ask(printer, this))
        return;
    QTextDocument document;
    document.setPlainText(m_text->toPlainText());
    document.print(&printer);
#endif
}
