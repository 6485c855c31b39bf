#include "PurposeRow.h"

#include "FlowLayout.h"
#include "Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
QLabel *label(const QString &text, QWidget *parent, void (*style)(QLabel *))
{
    auto *l = new QLabel(text, parent);
    style(l);
    return l;
}
} // namespace

PurposeRow::Section PurposeRow::sectionFor(const RetailerPurpose &purpose)
{
    if (purpose.neededForContract
        || Consent::normaliseLegalBasis(purpose.legalBasis) == QLatin1String("dpv:Contract")
        || Consent::normaliseLegalBasis(purpose.legalBasis) == QLatin1String("dpv:LegalObligation"))
        return Section::Needed;
    if (purpose.isLegitimateInterest())
        return Section::Interest;
    return Section::Choice;
}

PurposeRow::PurposeRow(const RetailerPurpose &purpose, const QString &language, QWidget *parent)
    : QFrame(parent), m_purpose(purpose), m_language(language), m_section(sectionFor(purpose))
{
    setObjectName(QStringLiteral("card"));
    setProperty("purposeId", purpose.id);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    auto *title = label(purpose.title(language), this, Style::makeSubtitle);
    layout->addWidget(title);
    const QString description = purpose.description(language);
    if (!description.isEmpty())
        layout->addWidget(label(description, this, Style::makeBody));

    switch (m_section) {
    case Section::Needed: buildNeeded(layout); break;
    case Section::Choice: buildChoice(layout); break;
    case Section::Interest: buildInterest(layout); break;
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    Style::makeError(m_problem);
    Style::setMessage(m_problem, QString());
    layout->addWidget(m_problem);

    auto *statusRow = new QHBoxLayout;
    m_status = label(QString(), this, Style::makeNote);
    m_status->setObjectName(QStringLiteral("status"));
    statusRow->addWidget(m_status, 1);
    m_letter = new QPushButton(tr("Show the letter"), this);
    m_letter->setObjectName(QStringLiteral("letterButton"));
    m_letter->setAccessibleName(tr("Show the letter about %1").arg(purpose.title(language)));
    m_letter->hide();
    connect(m_letter, &QPushButton::clicked, this, [this] { emit letterRequested(m_purpose.id); });
    statusRow->addWidget(m_letter);
    m_retry = new QPushButton(tr("Try again"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Send %1 again").arg(purpose.title(language)));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(m_purpose.id); });
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);
    setDecision(std::nullopt, QString());
}

void PurposeRow::buildNeeded(QVBoxLayout *layout)
{
    const bool law =
        Consent::normaliseLegalBasis(m_purpose.legalBasis) == QLatin1String("dpv:LegalObligation");
    auto *on =
        new QCheckBox(law ? tr("On: the law requires it") : tr("On: needed for your order"), this);
    on->setObjectName(QStringLiteral("neededSwitch"));
    on->setChecked(true);
    on->setEnabled(false);
    on->setAccessibleName(tr("%1: always on").arg(m_purpose.title(m_language)));
    layout->addWidget(on);
    // The section intro already says why it cannot be switched off; the card adds what is
    // particular to this purpose: the law, and how long they say they keep it.
    const QString why =
        law ? tr("The law says they must keep this.") + QLatin1Char(' ') : QString();
    layout->addWidget(label(why + retentionText(), this, Style::makeNote));
}

void PurposeRow::buildChoice(QVBoxLayout *layout)
{
    const QString title = m_purpose.title(m_language);
    m_allow = new QCheckBox(tr("Yes, I allow this"), this);
    m_allow->setObjectName(QStringLiteral("allowSwitch"));
    m_allow->setAccessibleName(tr("Allow: %1").arg(title));
    connect(m_allow, &QCheckBox::clicked, this, [this](bool checked) {
        // A yes that needs a channel stays ticked and waits for one (issue 15: it used to
        // untick itself with an error); untick it before that and nothing was decided.
        if (checked && !m_purpose.channels.isEmpty() && chosenChannels().isEmpty()) {
            m_waitingForChannel = true;
            m_statusBefore = m_status->text();
            m_status->setText(tr("Your yes is not saved yet."));
            showProblem(tr("Now tick at least one way above. Then Roer saves your yes."));
            return;
        }
        if (m_waitingForChannel) {
            m_waitingForChannel = false;
            m_status->setText(m_statusBefore);
            showProblem(QString());
            if (!checked)
                return;
        }
        emit decisionRequested(m_purpose.id,
                               checked ? Consent::State::Given : Consent::State::Withdrawn,
                               checked ? chosenChannels() : QStringList(),
                               checked ? chosenContext() : Consent::Context());
    });
    layout->addWidget(m_allow);

    // Channels are ways of contact only for direct marketing; for anything else (a location
    // purpose in the app, say) "how they may contact you" would be wrong (issue 15).
    const bool contact = m_purpose.dpvPurpose == QLatin1String("dpv:DirectMarketing")
        || m_purpose.channels.isEmpty();
    const QString channelText = !contact ? tr("Which ways this is for (choose at least one):")
        : m_purpose.channels.isEmpty()   ? tr("How they may contact you:")
                                         : tr("How they may contact you (choose at least one):");
    auto *channelLabel = label(channelText, this, Style::makeNote);
    layout->addWidget(channelLabel);
    auto *channelBox = new QWidget(this);
    auto *flow = new FlowLayout(channelBox, 16);
    flow->setContentsMargins(0, 0, 0, 0);
    const QStringList offered =
        m_purpose.channels.isEmpty() ? Consent::allChannels() : m_purpose.channels;
    for (const QString &id : Consent::allChannels()) {
        if (!offered.contains(id))
            continue;
        auto *box = new QCheckBox(Consent::channelLabel(id), channelBox);
        box->setObjectName(QStringLiteral("channel-") + id);
        box->setAccessibleName(tr("%1 for %2").arg(Consent::channelLabel(id), title));
        connect(box, &QCheckBox::toggled, this, &PurposeRow::updateSave);
        connect(box, &QCheckBox::clicked, this, &PurposeRow::channelClicked);
        flow->addWidget(box);
        m_channels.insert(id, box);
    }
    layout->addWidget(channelBox);

    auto *contextRow = new QHBoxLayout;
    contextRow->setSpacing(Style::kSpacing);
    auto *placeLabel = new QLabel(tr("&Where:"), this);
    m_place = new QComboBox(this);
    m_place->setObjectName(QStringLiteral("placeCombo"));
    m_place->addItem(tr("Everywhere"), int(Consent::Place::Anywhere));
    m_place->addItem(tr("Only in the store"), int(Consent::Place::InStore));
    m_place->addItem(tr("Only online"), int(Consent::Place::Online));
    m_place->setAccessibleName(tr("Where this holds for %1").arg(title));
    placeLabel->setBuddy(m_place);
    connect(m_place, &QComboBox::currentIndexChanged, this, &PurposeRow::updateSave);
    contextRow->addWidget(placeLabel);
    contextRow->addWidget(m_place);
    m_untilCheck = new QCheckBox(tr("Until"), this);
    m_untilCheck->setObjectName(QStringLiteral("untilCheck"));
    m_untilCheck->setAccessibleName(tr("Only until a date, for %1").arg(title));
    m_until = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_until->setObjectName(QStringLiteral("untilDate"));
    m_until->setCalendarPopup(true);
    m_until->setMinimumDate(QDate::currentDate().addDays(1));
    m_until->setEnabled(false);
    m_until->setAccessibleName(tr("End date for %1").arg(title));
    connect(m_untilCheck, &QCheckBox::toggled, m_until, &QDateEdit::setEnabled);
    connect(m_untilCheck, &QCheckBox::toggled, this, &PurposeRow::updateSave);
    connect(m_until, &QDateEdit::dateChanged, this, &PurposeRow::updateSave);
    contextRow->addWidget(m_untilCheck);
    contextRow->addWidget(m_until);
    m_whileApp = new QCheckBox(tr("Only while I use the app"), this);
    m_whileApp->setObjectName(QStringLiteral("whileAppCheck"));
    m_whileApp->setAccessibleName(tr("Only while I use the app, for %1").arg(title));
    connect(m_whileApp, &QCheckBox::toggled, this, &PurposeRow::updateSave);
    contextRow->addWidget(m_whileApp);
    contextRow->addStretch(1);
    layout->addLayout(contextRow);

    m_save = new QPushButton(tr("Save changes"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save changes to %1").arg(title));
    connect(m_save, &QPushButton::clicked, this, [this] {
        emit decisionRequested(m_purpose.id, Consent::State::Given, chosenChannels(),
                               chosenContext());
    });
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addStretch(1);
    layout->addLayout(saveRow);
}

void PurposeRow::buildInterest(QVBoxLayout *layout)
{
    const QString explanation = m_purpose.isDirectMarketing()
        ? tr("They say they may do this without asking, because it is in their own interest. "
             "This is advertising. If you object, they must stop. No exceptions (GDPR article 21).")
        : tr("They say they may do this without asking, because it is in their own interest. "
             "You can object (GDPR article 21). Then they must stop, unless they have very strong "
             "reasons that weigh more than yours.");
    layout->addWidget(label(explanation, this, Style::makeNote));
    m_object = new QPushButton(this);
    m_object->setObjectName(QStringLiteral("objectButton"));
    connect(m_object, &QPushButton::clicked, this, [this] {
        const bool objected = m_decision && m_decision->state != Consent::State::Given;
        emit decisionRequested(m_purpose.id,
                               objected ? Consent::State::Given : Consent::State::Withdrawn, {},
                               {});
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_object);
    row->addStretch(1);
    layout->addLayout(row);
}

// The channel a waiting yes needed: the yes is saved with it at once.
void PurposeRow::channelClicked()
{
    if (!m_waitingForChannel || chosenChannels().isEmpty())
        return;
    m_waitingForChannel = false;
    showProblem(QString());
    emit decisionRequested(m_purpose.id, Consent::State::Given, chosenChannels(), chosenContext());
}

QStringList PurposeRow::chosenChannels() const
{
    QStringList out;
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it)
        if (it.value()->isChecked())
            out.append(it.key());
    out.sort();
    return out;
}

Consent::Context PurposeRow::chosenContext() const
{
    Consent::Context c;
    if (m_place)
        c.place = Consent::Place(m_place->currentData().toInt());
    if (m_untilCheck && m_untilCheck->isChecked())
        c.until = m_until->date();
    if (m_whileApp)
        c.whileUsingApp = m_whileApp->isChecked();
    return c;
}

void PurposeRow::updateSave()
{
    if (!m_save)
        return;
    const bool given = m_decision && m_decision->state == Consent::State::Given;
    m_save->setVisible(given);
    QStringList decided = given ? m_decision->channels : QStringList();
    decided.sort();
    m_save->setEnabled(given
                       && (decided != chosenChannels() || m_decision->context != chosenContext()));
}

void PurposeRow::showProblem(const QString &message)
{
    Style::setMessage(m_problem, message);
}

void PurposeRow::setBusy(bool busy)
{
    setEnabled(!busy);
}

void PurposeRow::setDecision(const std::optional<ConsentDecision> &decision,
                             const QString &receivedAt)
{
    m_decision = decision;
    m_waitingForChannel = false;
    const QString title = m_purpose.title(m_language);
    if (m_allow) {
        // Ticked only when the customer said yes themselves: Roer never pre-ticks a choice.
        const bool given =
            decision && decision->effectiveState(QDate::currentDate()) == Consent::State::Given;
        m_allow->setChecked(given);
        if (decision && decision->state == Consent::State::Given) {
            for (auto it = m_channels.begin(); it != m_channels.end(); ++it)
                it.value()->setChecked(decision->channels.contains(it.key()));
            m_place->setCurrentIndex(m_place->findData(int(decision->context.place)));
            m_untilCheck->setChecked(decision->context.until.isValid());
            if (decision->context.until.isValid())
                m_until->setDate(decision->context.until);
            m_whileApp->setChecked(decision->context.whileUsingApp);
        }
        updateSave();
    }
    if (m_object) {
        const bool objected = decision && decision->state != Consent::State::Given;
        m_object->setText(objected ? tr("Take back my objection") : tr("Object"));
        m_object->setAccessibleName(objected ? tr("Take back my objection to %1").arg(title)
                                             : tr("Object to %1").arg(title));
    }
    m_letter->setVisible(decision && decision->delivery == Consent::Delivery::ByLetter);
    m_letter->setText(decision && decision->letterSentAt.isValid() ? tr("Show the letter again")
                                                                   : tr("Show the letter"));
    m_retry->setVisible(decision && decision->delivery == Consent::Delivery::NeedsAttention);
    if (!decision) {
        m_status->setToolTip(QString());
        m_status->setText(m_section == Section::Choice
                              ? tr("You have not decided yet. It stays off.")
                              : m_section == Section::Interest ? tr("You have not objected.")
                                                               : QString());
        m_status->setVisible(!m_status->text().isEmpty());
        return;
    }
    m_status->setText(statusText(*decision, receivedAt));
    m_status->setToolTip(decision->receiptId.isEmpty()
                             ? QString()
                             : tr("Receipt number: %1").arg(decision->receiptId));
    m_status->setVisible(true);
}

QString PurposeRow::statusText(const ConsentDecision &d, const QString &receivedAt) const
{
    const QLocale locale;
    const QString date = locale.toString(d.decidedAt.toLocalTime().date(), QLocale::LongFormat);
    QString what;
    if (m_section == Section::Interest)
        what = d.state == Consent::State::Given
            ? tr("You took back your objection on %1.").arg(date)
            : tr("You objected on %1.").arg(date);
    else if (d.effectiveState(QDate::currentDate()) == Consent::State::Expired)
        what =
            tr("Your yes ended on %1.").arg(locale.toString(d.context.until, QLocale::LongFormat));
    else
        what = d.state == Consent::State::Given ? tr("You said yes on %1.").arg(date)
                                                : tr("You said no on %1.").arg(date);
    QString where;
    switch (d.delivery) {
    case Consent::Delivery::Waiting: where = tr("Waiting to send."); break;
    case Consent::Delivery::Sent: where = tr("Sent. Waiting for their answer."); break;
    case Consent::Delivery::Confirmed: {
        const QDateTime at = QDateTime::fromString(receivedAt, Qt::ISODateWithMs);
        // In words; the receipt's number is in the details (tool tip, history) for who needs it.
        where = at.isValid() ? tr("Confirmed by the shop on %1.")
                                   .arg(locale.toString(at.toLocalTime(), QLocale::LongFormat))
                             : tr("Confirmed by the shop.");
        break;
    }
    case Consent::Delivery::Refused: where = tr("The shop refused it: %1").arg(d.problem); break;
    case Consent::Delivery::NeedsAttention:
        where = tr("Needs your attention: %1").arg(d.problem);
        break;
    case Consent::Delivery::ByLetter:
        where = d.letterSentAt.isValid()
            ? tr("Sent by you on %1.")
                  .arg(locale.toString(d.letterSentAt.toLocalTime().date(), QLocale::LongFormat))
            : tr("Not sent yet. This shop has no link with Roer: send the letter yourself.");
        break;
    }
    return what + QLatin1Char(' ') + where;
}

QString PurposeRow::retentionText() const
{
    static const QRegularExpression re(QStringLiteral("^P(\\d+)([YMWD])$"));
    const auto m = re.match(m_purpose.retention);
    if (!m.hasMatch())
        return tr("They may keep it only as long as they need it for this.");
    const int n = m.captured(1).toInt();
    const QChar unit = m.captured(2).at(0);
    QString span;
    if (unit == QLatin1Char('Y'))
        span = n == 1 ? tr("1 year") : tr("%1 years").arg(n);
    else if (unit == QLatin1Char('M'))
        span = n == 1 ? tr("1 month") : tr("%1 months").arg(n);
    else if (unit == QLatin1Char('W'))
        span = n == 1 ? tr("1 week") : tr("%1 weeks").arg(n);
    else
        span = n == 1 ? tr("1 day") : tr("%1 days").arg(n);
    return tr("They may keep it only as long as they need it for this. They say: %1.").arg(span);
}
