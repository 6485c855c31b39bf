#include "RequestLetterDialog.h"

#include "FileDialog.h"
#include "HelpDeskMode.h"
#include "LetterPrinter.h"
#include "SecretClipboard.h"
#include "Style.h"
#include "UrlOpener.h"
#include "consent/Clock.h"
#include "directory/RetailerStore.h"
#include "requests/RequestStore.h"
#include "vault/Vault.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

RequestLetterDialog::RequestLetterDialog(Vault &vault, const RightsRequest &request, Kind kind,
                                         QWidget *parent)
    : QDialog(parent), m_vault(vault), m_request(request), m_kind(kind),
      m_language(new QComboBox(this)), m_to(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_done(new QLabel(this))
{
    setObjectName(QStringLiteral("requestLetterDialog"));
    setWindowTitle(kind == Kind::Reminder ? tr("Reminder to %1").arg(request.retailerName)
                                          : tr("Letter to %1").arg(request.retailerName));
    m_language->setObjectName(QStringLiteral("letterLanguage"));
    m_to->setObjectName(QStringLiteral("letterTo"));
    m_text->setObjectName(QStringLiteral("letterText"));
    m_done->setObjectName(QStringLiteral("letterDone"));

    auto *intro = new QLabel(
        kind == Kind::Reminder
            ? tr("The answer is late. Send this reminder the same way you sent your request. "
                 "Keep a copy: you need it if you complain to the AP later.")
            : tr("Send this letter or e-mail yourself. Check your details first. Then tell Roer "
                 "that you sent it, so Roer can watch the deadline."),
        this);
    Style::makeBody(intro);
    Style::makeNote(m_to);
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::makeNote(m_done);
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(request.language == QLatin1String("nl") ? 0 : 1);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *textLabel = new QLabel(tr("&Text of the letter:"), this);
    textLabel->setBuddy(m_text);
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Text of the letter"));
    m_text->setMinimumSize(600, 340);

    auto *top = new QHBoxLayout;
    top->addWidget(m_to, 1);
    top->addWidget(languageLabel);
    top->addWidget(m_language);

    auto *buttons = new QHBoxLayout;
    auto add = [&](const QString &text, const char *name, void (RequestLetterDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    QPushButton *pdf = add(tr("Save as &PDF…"), "pdfButton", &RequestLetterDialog::savePdf);
    if (LetterPrinter::canPrint())
        add(tr("P&rint…"), "printButton", &RequestLetterDialog::print);
    add(tr("Open in &e-mail"), "mailButton", &RequestLetterDialog::openInEmail);
    add(tr("&Copy"), "copyButton", &RequestLetterDialog::copy);
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(close);
    if (kind == Kind::Request && request.status == Requests::Status::LetterMade) {
        auto *sent = new QPushButton(tr("I &sent it…"), this);
        sent->setObjectName(QStringLiteral("sentButton"));
        Style::makePrimary(sent);
        connect(sent, &QPushButton::clicked, this, [this] {
            emit sentByCustomer(m_letter.sha256());
            accept();
        });
        buttons->addWidget(sent);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_done);
    layout->addLayout(buttons);
    connect(m_language, &QComboBox::currentIndexChanged, this, &RequestLetterDialog::rebuild);
    rebuild();
    Style::setMessage(m_done, QString());
    pdf->setFocus();
}

void RequestLetterDialog::rebuild()
{
    const QString language = m_language->currentData().toString();
    Retailer retailer;
    if (auto found = RetailerStore(m_vault).find(m_request.retailerId); found && *found)
        retailer = **found;
    const Requester me = RequestStore(m_vault).requester().value();
    const QDate today = Clock::instance().now().toLocalTime().date();
    m_letter = m_kind == Kind::Reminder
        ? RequestLetter::reminder(m_request, retailer, me, language, today)
        : RequestLetter::make(m_request, retailer, me, language,
                              m_request.sentOn.isValid() ? m_request.sentOn : today);
    QStringList to;
    if (!m_letter.to.isEmpty())
        to.append(tr("E-mail: %1").arg(m_letter.to));
    if (!retailer.postalAddress.trimmed().isEmpty())
        to.append(tr("Post: %1")
                      .arg(retailer.postalAddress.trimmed().replace(QLatin1Char('\n'),
                                                                    QStringLiteral(", "))));
    m_to->setText(to.isEmpty() ? tr("Roer has no address of this shop. Look on their website.")
                               : to.join(QLatin1Char('\n')));
    m_text->setPlainText(m_letter.plainText());
    if (HelpDeskMode::instance().isOn()) {
        // On screen the letter names the kind of each of the customer's details. Print, save
        // and copy still use the real letter: it is the customer's own, for the shop.
        const HelpDeskMode &helpDesk = HelpDeskMode::instance();
        const auto kind = [&helpDesk](const QString &value, const QString &category) {
            return value.isEmpty() ? value
                                   : QStringLiteral("[%1]").arg(helpDesk.show(value, category));
        };
        const Requester shown{kind(me.name, QStringLiteral("pd:Name")),
                              kind(me.address, QStringLiteral("pd:Address")),
                              kind(me.email, QStringLiteral("pd:EmailAddress"))};
        RightsRequest request = m_request;
        RequestDetails &d = request.details;
        d.wrongValue = kind(d.wrongValue, {});
        d.correctValue = kind(d.correctValue, {});
        d.reason = kind(d.reason, {});
        d.customerNumber = kind(d.customerNumber, QStringLiteral("pd:Identifier"));
        const RequestLetter masked = m_kind == Kind::Reminder
            ? RequestLetter::reminder(request, retailer, shown, language, today)
            : RequestLetter::make(request, retailer, shown, language,
                                  request.sentOn.isValid() ? request.sentOn : today);
        m_text->setPlainText(masked.plainText());
    }
}

QString RequestLetterDialog::text() const
{
    return m_text->toPlainText();
}

QUrl RequestLetterDialog::mailtoUrl(const RequestLetter &letter)
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(letter.to);
    QUrlQuery query;
    // Full encoding: a '&' or '+' in the text must not cut the body short.
    query.addQueryItem(QStringLiteral("subject"),
                       QString::fromUtf8(QUrl::toPercentEncoding(letter.subject)));
    query.addQueryItem(QStringLiteral("body"),
                       QString::fromUtf8(QUrl::toPercentEncoding(letter.shortEmailBody())));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void RequestLetterDialog::savePdf()
{
    const QString suggested = (m_kind == Kind::Reminder ? tr("Reminder to %1") : tr("Letter to %1"))
                                  .arg(m_request.retailerName)
                                  .replace(QLatin1Char('/'), QLatin1Char('-'))
        + QStringLiteral(".pdf");
    const QString file = FileDialog::getSaveFileName(this, tr("Save the letter as PDF"), suggested,
                                                     tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (auto saved =
            LetterPrinter::savePdf(LetterPrinter::letterHtml(m_letter), m_letter.subject, file);
        !saved) {
        Style::setMessage(m_done, saved.error().message);
        return;
    }
    Style::setMessage(m_done, tr("Saved. Print it, or add it to an e-mail."));
    emit letterUsed(m_letter.sha256());
}

void RequestLetterDialog::print()
{
    if (LetterPrinter::print(LetterPrinter::letterHtml(m_letter), m_letter.subject, this))
        emit letterUsed(m_letter.sha256());
}

void RequestLetterDialog::openInEmail()
{
    // A mailto: link holds only so much text: the rest goes on the clipboard to paste.
    SecretClipboard::copy(m_letter.restOfEmail());
    const QUrl url = mailtoUrl(m_letter);
    if (!UrlOpener::open(url))
        return Style::setMessage(m_done,
                                 tr("Roer could not open your e-mail program. Use Copy, "
                                    "and paste the text into an e-mail."));
    Style::setMessage(m_done,
                      tr("Your e-mail program has the start of the letter. Roer copied "
                         "the rest: paste it where the e-mail says so."));
    emit letterUsed(m_letter.sha256());
}

void RequestLetterDialog::copy()
{
    SecretClipboard::copy(tr("Subject: %1").arg(m_letter.subject) + QStringLiteral("\n\n")
                          + m_letter.emailBody());
    Style::setMessage(m_done, tr("Copied. Paste it into an e-mail or a form on their website."));
    emit letterUsed(m_letter.sha256());
}

void RequestLetterDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    Style::fitHeight(this);
}
