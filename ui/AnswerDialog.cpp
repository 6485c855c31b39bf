#include "AnswerDialog.h"

#include "Style.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

AnswerDialog::AnswerDialog(const QString &retailerName, const QDate &earliest, const QDate &today,
                           const QString &language, QWidget *parent)
    : QDialog(parent), m_language(language), m_status(new QButtonGroup(this)),
      m_saidOn(new QDateEdit(this)), m_hasUntil(new QCheckBox(this)), m_until(new QDateEdit(this)),
      m_reasonLabel(new QLabel(this)), m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("answerDialog"));
    setWindowTitle(tr("Answer from %1").arg(retailerName));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(Style::kSpacing);
    auto *intro = new QLabel(tr("What did %1 answer?").arg(retailerName), this);
    Style::makeSubtitle(intro);
    layout->addWidget(intro);
    const QList<std::pair<Requests::Status, QString>> choices = {
        {Requests::Status::Received, tr("They &confirmed that they have it")},
        {Requests::Status::InProgress, tr("They are &working on it")},
        {Requests::Status::Extended, tr("They need &more time")},
        {Requests::Status::Completed, tr("It is &done")},
        {Requests::Status::Refused, tr("They &refused")},
    };
    for (const auto &[status, text] : choices) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(QStringLiteral("answer-") + Requests::statusId(status));
        m_status->addButton(radio, int(status));
        layout->addWidget(radio);
    }
    m_status->button(int(Requests::Status::Received))->setChecked(true);

    m_saidOn->setObjectName(QStringLiteral("answerDate"));
    m_saidOn->setCalendarPopup(true);
    m_saidOn->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_saidOn->setDateRange(earliest, today);
    m_saidOn->setDate(today);
    auto *dateLabel = new QLabel(tr("&When did they tell you?"), this);
    dateLabel->setBuddy(m_saidOn);
    layout->addWidget(dateLabel);
    layout->addWidget(m_saidOn);

    m_hasUntil->setObjectName(QStringLiteral("answerHasUntil"));
    m_hasUntil->setText(tr("They said &until when:"));
    m_until->setObjectName(QStringLiteral("answerUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_until->setMinimumDate(earliest);
    m_until->setDate(today.addMonths(2));
    m_until->setAccessibleName(tr("Until when"));
    layout->addWidget(m_hasUntil);
    layout->addWidget(m_until);

    m_reason->setObjectName(QStringLiteral("answerReason"));
    m_reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);

    Style::nameStandardButtons(buttons);
    QPushButton *ok = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("saveAnswerButton"));
    Style::makePrimary(ok);
    ok->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_status, &QButtonGroup::idClicked, this, &AnswerDialog::updateFields);
    connect(m_hasUntil, &QCheckBox::toggled, this, &AnswerDialog::updateFields);
    intro->setMinimumWidth(412);
    updateFields();
}

void AnswerDialog::updateFields()
{
    const auto status = Requests::Status(m_status->checkedId());
    const bool extended = status == Requests::Status::Extended;
    m_hasUntil->setVisible(extended);
    m_until->setVisible(extended);
    m_until->setEnabled(m_hasUntil->isChecked());
    const bool reason = extended || status == Requests::Status::Refused;
    m_reasonLabel->setVisible(reason);
    m_reason->setVisible(reason);
    m_reasonLabel->setText(status == Requests::Status::Refused ? tr("&Their reason:")
                                                               : tr("&Their reason (if they "
                                                                    "gave one):"));
    Style::fitHeight(this);
}

void AnswerDialog::choose(Requests::Status status)
{
    if (QAbstractButton *b = m_status->button(int(status)))
        b->setChecked(true);
    updateFields();
}

void AnswerDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

RequestAnswer AnswerDialog::answer() const
{
    RequestAnswer a;
    a.status = Requests::Status(m_status->checkedId());
    // Noon: the day stays the same in every time zone.
    a.at = QDateTime(m_saidOn->date(), QTime(12, 0));
    if (a.status == Requests::Status::Extended && m_hasUntil->isChecked())
        a.extendedUntil = m_until->date();
    const QString reason = m_reason->text().trimmed();
    if (!reason.isEmpty() && m_reason->isVisibleTo(this))
        a.reason = QJsonObject{{m_language, reason}};
    return a;
}

void AnswerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    Style::fitHeight(this);
}
