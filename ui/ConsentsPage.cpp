#include "ConsentsPage.h"

#include "consent/Clock.h"
#include "consent/ConsentStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>


ConsentsPage::ConsentsPage(Vault &vault, QWidget *parent) : QWidget(parent), m_vault(vault), m_layout(new QVBoxLayout(this))
{
}

void ConsentsPage::showRetailer(qint64 retailerId)
{
    m_retailerId = retailerId;
    rebuild();
}

void ConsentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ConsentsPage::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    ConsentStore store(m_vault);
    auto retailer = store.retailer(m_retailerId);
    auto purposes = store.purposes(m_retailerId);
    if (!retailer || !purposes) {
        m_layout->addWidget(new QLabel(QCoreApplication::translate("ConsentsPage", "Choose a retailer first."), this));
        return;
    }
    auto *title = new QLabel(QCoreApplication::translate("ConsentsPage", "What %1 may use your data for").arg(retailer->name), this);
    title->setAccessibleName(title->text());
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title->setFont(f);
    m_layout->addWidget(title);
    if (retailer->hasApi() && purposes->isEmpty()) {
        auto *link = new QPushButton(QCoreApplication::translate("ConsentsPage", "Link your account to see your choices"), this);
        connect(link, &QPushButton::clicked, this, [this] { emit linkRequested(m_retailerId); });
        m_layout->addWidget(link);
    }
    struct Group
    {
        const char *title;
        const char *explanation;
        std::function<bool(const RetailerPurpose &)> belongs;
    };
    const Group groups[] = {
        {QT_TRANSLATE_NOOP("ConsentsPage", "Needed for your order"),
         QT_TRANSLATE_NOOP("ConsentsPage", "The shop needs this to deliver what you bought. You cannot switch it off."),
         [](const RetailerPurpose &p) { return p.neededForContract; }},
        {QT_TRANSLATE_NOOP("ConsentsPage", "Your choice"),
         QT_TRANSLATE_NOOP("ConsentsPage", "The shop may only do this if you say yes. You can say no at any time."),
         [](const RetailerPurpose &p) { return !p.neededForContract && !p.isLegitimateInterest(); }},
        {QT_TRANSLATE_NOOP("ConsentsPage", "They rely on their own interest"),
         QT_TRANSLATE_NOOP("ConsentsPage", "The shop does this without asking. You may object. Against advertising, your objection always wins."),
         [](const RetailerPurpose &p) { return !p.neededForContract && p.isLegitimateInterest(); }},
    };
    for (const Group &g : groups) {
        auto *box = new QGroupBox(QCoreApplication::translate("ConsentsPage", g.title), this);
        auto *boxLayout = new QVBoxLayout(box);
        auto *explanation = new QLabel(QCoreApplication::translate("ConsentsPage", g.explanation), box);
        explanation->setWordWrap(true);
        boxLayout->addWidget(explanation);
        int count = 0;
        for (const RetailerPurpose &p : std::as_const(*purposes))
            if (g.belongs(p)) {
                boxLayout->addWidget(purposeRow(p));
                ++count;
            }
        if (count > 0)
            m_layout->addWidget(box);
        else
            delete box;
    }
    m_layout->addStretch();
}

QWidget *ConsentsPage::purposeRow(const RetailerPurpose &purpose)
{
    const QString language = QLocale().name().left(2);
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg(purpose.title(language).toHtmlEscaped()), row);
    auto *description = new QLabel(purpose.description(language), row);
    description->setWordWrap(true);
    layout->addWidget(name);
    layout->addWidget(description);
    layout->addWidget(new QLabel(Consent::legalBasisLabel(purpose.legalBasis), row));

    const auto decision = ConsentStore(m_vault).decision(m_retailerId, purpose.id);
    const bool decided = decision && *decision;
    const QDate today = Clock::instance().now().toLocalTime().date();
    if (decided) {
        const ConsentDecision &d = **decision;
        auto *status = new QLabel(QStringLiteral("%1 — %2").arg(Consent::stateLabel(d.effectiveState(today)), d.deliveryText()), row);
        if (!d.problem.isEmpty() && d.delivery == Consent::Delivery::NeedsAttention)
            status->setText(status->text() + QStringLiteral("\n") + d.problem);
        status->setWordWrap(true);
        layout->addWidget(status);
    }
    if (purpose.neededForContract)
        return row;

    if (purpose.isLegitimateInterest()) {
        auto *object = new QPushButton(QCoreApplication::translate("ConsentsPage", "Object"), row);
        object->setAccessibleName(QCoreApplication::translate("ConsentsPage", "Object to: %1").arg(purpose.title(language)));
        connect(object, &QPushButton::clicked, this, [this, purpose] { decide(purpose, false, {}, 0, QDate()); });
        layout->addWidget(object);
        return row;
    }

    // "Your choice": never pre-ticked; the current decision is shown as it is.
    auto *allow = new QCheckBox(QCoreApplication::translate("ConsentsPage", "Yes, they may do this"), row);
    allow->setChecked(decided && (*decision)->state == Consent::State::Given);
    layout->addWidget(allow);
    QList<QCheckBox *> channelBoxes;
    if (!purpose.channels.isEmpty()) {
        auto *channels = new QHBoxLayout;
        channels->addWidget(new QLabel(QCoreApplication::translate("ConsentsPage", "How:"), row));
        for (const QString &c : purpose.channels) {
            auto *box = new QCheckBox(Consent::channelLabel(c), row);
            box->setProperty("channel", c);
            box->setChecked(decided && (*decision)->channels.contains(c));
            channels->addWidget(box);
            channelBoxes.append(box);
        }
        layout->addLayout(channels);
    }
    auto *context = new QHBoxLayout;
    auto *whereLabel = new QLabel(QCoreApplication::translate("ConsentsPage", "Where:"), row);
    auto *where = new QComboBox(row);
    where->addItems({Consent::placeLabel(Consent::Place::Anywhere), Consent::placeLabel(Consent::Place::InStore),
                     Consent::placeLabel(Consent::Place::Online)});
    whereLabel->setBuddy(where);
    auto *hasUntil = new QCheckBox(QCoreApplication::translate("ConsentsPage", "Until"), row);
    auto *until = new QDateEdit(today.addYears(1), row);
    until->setCalendarPopup(true);
    until->setEnabled(false);
    until->setAccessibleName(QCoreApplication::translate("ConsentsPage", "End date"));
    connect(hasUntil, &QCheckBox::toggled, until, &QWidget::setEnabled);
    context->addWidget(whereLabel);
    context->addWidget(where);
    context->addWidget(hasUntil);
    context->addWidget(until);
    layout->addLayout(context);
    auto *save = new QPushButton(QCoreApplication::translate("ConsentsPage", "Save and send"), row);
    save->setAccessibleName(QCoreApplication::translate("ConsentsPage", "Save and send: %1").arg(purpose.title(language)));
    connect(save, &QPushButton::clicked, this, [=, this] {
        QStringList chosen;
        for (QCheckBox *b : channelBoxes)
            if (b->isChecked())
                chosen.append(b->property("channel").toString());
        decide(purpose, allow->isChecked(), chosen, where->currentIndex(), hasUntil->isChecked() ? until->date() : QDate());
    });
    layout->addWidget(save);
    return row;
}

void ConsentsPage::decide(const RetailerPurpose &purpose, bool allow, const QStringList &channels, int place,
                          const QDate &until)
{
    const auto previous = ConsentStore(m_vault).decision(m_retailerId, purpose.id);
    const bool hadYes = previous && *previous && (*previous)->state == Consent::State::Given;
    DecisionRequest r;
    r.retailerId = m_retailerId;
    r.purposeId = purpose.id;
    r.state = allow ? Consent::State::Given : (hadYes ? Consent::State::Withdrawn : Consent::State::Refused);
    if (purpose.isLegitimateInterest())
        r.state = Consent::State::Withdrawn; // an objection (Art. 21)
    r.channels = allow ? channels : QStringList();
    r.context.place = place == 1 ? Consent::Place::InStore : place == 2 ? Consent::Place::Online : Consent::Place::Anywhere;
    r.context.until = allow ? until : QDate();
    if (allow && !purpose.channels.isEmpty() && channels.isEmpty()) {
        QMessageBox::information(this, QCoreApplication::translate("ConsentsPage", "Choose how"),
                                 QCoreApplication::translate("ConsentsPage", "Tick at least one way they may contact you."));
        return;
    }
    auto record = ConsentStore(m_vault).decide(r);
    if (!record) {
        QMessageBox::warning(this, QCoreApplication::translate("ConsentsPage", "Not saved"), record.error().message);
        return;
    }
    emit decisionCommitted(m_retailerId, purpose.id);
    emit sendRequested();
    rebuild();
}
