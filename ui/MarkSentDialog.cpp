#include "MarkSentDialog.h"

#include "Style.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

MarkSentDialog::MarkSentDialog(const QString &retailerName, const QDate &earliest,
                               const QDate &today, QWidget *parent)
    : QDialog(parent), m_date(new QDateEdit(this)), m_by(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("markSentDialog"));
    setWindowTitle(tr("You sent the request"));
    auto *intro = new QLabel(tr("When did you send your request to %1? Roer counts the month "
                                "the shop has from that day. By post, Roer counts from two days "
                                "later, when it arrives.")
                                 .arg(retailerName),
                             this);
    Style::makeBody(intro);
    m_date->setObjectName(QStringLiteral("sentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setDateRange(earliest, today);
    m_date->setDate(today);
    auto *dateLabel = new QLabel(tr("&Day you sent it:"), this);
    dateLabel->setBuddy(m_date);
    auto *howLabel = new QLabel(tr("How did you send it?"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(intro);
    layout->addWidget(dateLabel);
    layout->addWidget(m_date);
    layout->addWidget(howLabel);
    const QList<Requests::SentBy> ways = {Requests::SentBy::Email, Requests::SentBy::Post,
                                          Requests::SentBy::WebForm};
    const QStringList texts = {tr("By &e-mail"), tr("By &post"),
                               tr("With a &form on their website")};
    for (int i = 0; i < ways.size(); ++i) {
        auto *radio = new QRadioButton(texts.at(i), this);
        radio->setObjectName(QStringLiteral("sentBy-") + Requests::sentById(ways.at(i)));
        m_by->addButton(radio, int(ways.at(i)));
        layout->addWidget(radio);
    }
    m_by->button(int(Requests::SentBy::Email))->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    Style::nameStandardButtons(buttons);
    QPushButton *ok = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("saveSentButton"));
    Style::makePrimary(ok);
    ok->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    intro->setMinimumWidth(392);
    m_date->setFocus();
}

QDate MarkSentDialog::sentOn() const
{
    return m_date->date();
}

Requests::SentBy MarkSentDialog::sentBy() const
{
    return Requests::SentBy(m_by->checkedId());
}

void MarkSentDialog::setSent(const QDate &on, Requests::SentBy by)
{
    m_date->setDate(on);
    if (QAbstractButton *b = m_by->button(int(by)))
        b->setChecked(true);
}

void MarkSentDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    Style::fitHeight(this);
}
