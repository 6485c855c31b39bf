#include "OverviewPage.h"

#include "DataTreeModel.h"
#include "FlowLayout.h"
#include "LanguageManager.h"
#include "RequestAgendaCard.h"
#include "Style.h"
#include "SummaryButton.h"
#include "directory/RetailerStore.h"
#include "explain/ExplainService.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

OverviewPage::OverviewPage(VaultManager *manager, LanguageManager *languages,
                           ExplainService *explain, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_languages(languages), m_explain(explain),
      m_title(new QLabel(this)), m_intro(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_emptyTitle(new QLabel(this)), m_emptyText(new QLabel(this)),
      m_emptyAction(new QPushButton(this)), m_cards(new QWidget(this)),
      m_cardsLayout(new QVBoxLayout(m_cards)), m_error(new QLabel(this)),
      m_summary(new SummaryButton(
          manager, explain, [this] { return language(); }, this)),
      m_summaryDone(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    Style::makeTitle(m_title);
    Style::makeBody(m_intro);
    Style::makeSubtitle(m_emptyTitle);
    Style::makeBody(m_emptyText);
    Style::makePrimary(m_emptyAction);
    Style::makeError(m_error);
    Style::makeNote(m_summaryDone);
    m_summaryDone->setObjectName(QStringLiteral("summaryDone"));
    m_summaryDone->hide();
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_emptyAction->setObjectName(QStringLiteral("overviewEmptyAction"));
    m_cards->setObjectName(QStringLiteral("overviewCards"));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    card->setMaximumWidth(720);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 24, 24, 24);
    cardLayout->setSpacing(Style::kSpacing);
    cardLayout->addWidget(m_emptyTitle);
    cardLayout->addWidget(m_emptyText);
    cardLayout->addWidget(m_emptyAction, 0, Qt::AlignLeft);
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(0, 8, 0, 0);
    emptyLayout->addWidget(card);
    emptyLayout->addStretch(1);

    m_cardsLayout->setContentsMargins(0, 0, 8, 0);
    m_cardsLayout->setSpacing(Style::kSpacing + 4);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidget(m_cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setStyleSheet(QStringLiteral(
        "QScrollArea#overviewScroll, QWidget#overviewCards { background: transparent; }"));

    m_stack->addWidget(emptyPage);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Style::kPageMargin, Style::kPageMargin, Style::kPageMargin,
                               Style::kPageMargin);
    layout->setSpacing(Style::kSpacing);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_summary, 0, Qt::AlignBottom);
    layout->addLayout(titleRow);
    layout->addWidget(m_intro);
    layout->addWidget(m_summaryDone);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(m_emptyAction, &QPushButton::clicked, this, &OverviewPage::retailersRequested);
    connect(m_summary, &SummaryButton::done, this, [this](const QString &message, bool ok) {
        Style::setMessage(ok ? m_summaryDone : m_error, message);
        Style::setMessage(ok ? m_error : m_summaryDone, QString());
    });
    connect(m_manager, &VaultManager::locked, this, &OverviewPage::clearCards);
    connect(m_explain, &ExplainService::explained, this, &OverviewPage::explained);
    connect(m_explain, &ExplainService::explainFailed, this, &OverviewPage::failed);
    connect(m_explain, &ExplainService::progressed, this, &OverviewPage::progressed);
    retranslateUi();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (isVisible())
            refresh();
    }
    QWidget::changeEvent(event);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void OverviewPage::retranslateUi()
{
    m_title->setText(tr("Overview"));
    m_intro->setText(tr("What each shop knows about you, and what needs your attention."));
    m_emptyTitle->setText(tr("Welcome to Roer"));
    m_emptyText->setText(
        tr("You have not added a shop yet. Add a shop, then import the data file they sent you. "
           "Here you will see what each shop knows about you."));
    m_emptyAction->setText(tr("Go to Retailers"));
}

QString OverviewPage::language() const
{
    return m_languages ? m_languages->language() : QStringLiteral("en");
}

void OverviewPage::clearCards()
{
    m_pending.clear();
    while (QLayoutItem *item = m_cardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void OverviewPage::refresh()
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    Style::setMessage(m_error, QString());
    Result<QList<Retailer>> list = RetailerStore(*vault).list();
    if (!list) {
        Style::setMessage(m_error, list.error().message);
        return;
    }
    clearCards();
    m_stack->setCurrentIndex(list->isEmpty() ? 0 : 1);
    m_summary->setVisible(!list->isEmpty());
    auto *agenda = new RequestAgendaCard(*vault, language());
    connect(agenda, &RequestAgendaCard::requestShowRequested, this,
            &OverviewPage::requestShowRequested);
    if (agenda->itemCount() > 0)
        m_cardsLayout->addWidget(agenda);
    else
        delete agenda;
    for (const Retailer &r : *list) {
        // From the cache when nothing changed; otherwise a waiting card, filled in later.
        const std::optional<ExplainOutcome> outcome = m_explain->request(r.id, language());
        if (outcome) {
            m_cardsLayout->addWidget(makeCard(r.id, r.name, outcome->explanation.get()));
        } else {
            QWidget *card = makePendingCard(r.id, r.name);
            m_pending.insert(r.id, card);
            m_cardsLayout->addWidget(card);
        }
    }
    m_cardsLayout->addStretch(1);
}

void OverviewPage::replacePending(qint64 retailerId, QWidget *card)
{
    QWidget *old = m_pending.take(retailerId);
    const int at = old ? m_cardsLayout->indexOf(old) : -1;
    if (at < 0) {
        delete card;
        return;
    }
    m_cardsLayout->insertWidget(at, card);
    // Keep the keyboard where it was: the new card's button takes the focus of the old one.
    const bool hadFocus = old->isAncestorOf(QApplication::focusWidget());
    delete old;
    if (hadFocus) {
        if (auto *button = card->findChild<QPushButton *>())
            button->setFocus();
    }
}

void OverviewPage::explained(const ExplainOutcome &outcome)
{
    QWidget *pending = m_pending.value(outcome.retailerId);
    if (!pending || outcome.language != language())
        return;
    replacePending(outcome.retailerId,
                   makeCard(outcome.retailerId, pending->property("retailerName").toString(),
                            outcome.explanation.get()));
}

void OverviewPage::failed(qint64 retailerId, const QString &message)
{
    if (QWidget *pending = m_pending.value(retailerId))
        replacePending(retailerId,
                       makeFailedCard(retailerId, pending->property("retailerName").toString(),
                                      message));
}

void OverviewPage::progressed(qint64 retailerId, qint64 done, qint64 total)
{
    QWidget *pending = m_pending.value(retailerId);
    auto *bar =
        pending ? pending->findChild<QProgressBar *>(QStringLiteral("explainProgress")) : nullptr;
    if (bar && total > 0)
        Style::setProgress(bar, done, total);
}

QWidget *OverviewPage::makePendingCard(qint64 retailerId, const QString &name)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    card->setProperty("retailerId", retailerId);
    card->setProperty("retailerName", name);
    card->setAccessibleName(name);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(10);
    auto *title = new QLabel(name);
    Style::makeSubtitle(title);
    layout->addWidget(title);
    auto *note = new QLabel(tr("Explaining your data from %1…").arg(name));
    note->setObjectName(QStringLiteral("explainingNote"));
    Style::makeBody(note);
    layout->addWidget(note);
    auto *bar = new QProgressBar;
    bar->setObjectName(QStringLiteral("explainProgress"));
    bar->setAccessibleName(tr("Progress of explaining your data from %1").arg(name));
    bar->setTextVisible(false);
    bar->setMaximumWidth(360);
    const auto [done, total] = m_explain->progress(retailerId);
    Style::setProgress(bar, done, total);
    layout->addWidget(bar);
    return card;
}

QWidget *OverviewPage::makeFailedCard(qint64 retailerId, const QString &name,
                                      const QString &message)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    card->setProperty("retailerId", retailerId);
    card->setAccessibleName(name);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(10);
    auto *title = new QLabel(name);
    Style::makeSubtitle(title);
    layout->addWidget(title);
    auto *error = new QLabel;
    error->setObjectName(QStringLiteral("explainError"));
    Style::makeError(error);
    Style::setMessage(error, tr("Roer could not explain this data. %1").arg(message));
    layout->addWidget(error);
    return card;
}

QWidget *OverviewPage::makeCard(qint64 retailerId, const QString &name,
                                const SnapshotExplanation *explanation)
{
    const QString language = this->language();
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("card"));
    card->setProperty("retailerId", retailerId);
    card->setAccessibleName(name);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(name);
    Style::makeSubtitle(title);
    header->addWidget(title, 1);
    if (explanation) {
        auto *see = new QPushButton(tr("See the data"));
        see->setObjectName(QStringLiteral("seeDataButton"));
        see->setAccessibleName(tr("See the data of %1").arg(name));
        connect(see, &QPushButton::clicked, this,
                [this, retailerId] { emit dataRequested(retailerId); });
        header->addWidget(see, 0, Qt::AlignTop);
    }
    layout->addLayout(header);

    if (!explanation) {
        auto *none =
            new QLabel(tr("No data imported yet. Ask %1 for your data, then import the file "
                          "on the Retailers page.")
                           .arg(name));
        Style::makeNote(none);
        layout->addWidget(none);
        return card;
    }

    // Chips: the kinds of data found, in the order of the sentences.
    QStringList seen;
    auto *chips = new QWidget;
    chips->setObjectName(QStringLiteral("categoryChips"));
    auto *flow = new FlowLayout(chips, 6);
    for (const ExplainedField &f : explanation->fields) {
        const QString id = f.classification.category;
        if (id.isEmpty() || id == QLatin1String("none") || seen.contains(id))
            continue;
        seen.append(id);
        auto *chip = new QLabel(DataTreeModel::categoryTitle(id, language));
        chip->setObjectName(QStringLiteral("chip"));
        chip->setStyleSheet(QStringLiteral("QLabel#chip { background: #e3edf3; color: #12344d; "
                                           "border-radius: 10px; padding: 3px 10px; }"));
        flow->addWidget(chip);
    }
    chips->setAccessibleName(tr("Kinds of data found"));
    layout->addWidget(chips);

    auto *headline = new QLabel(explanation->headline);
    headline->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; color: #12344d; }"));
    headline->setWordWrap(true);
    layout->addWidget(headline);
    if (!explanation->summary.isEmpty()) {
        auto *sentences =
            new QLabel(QStringLiteral("• ") + explanation->summary.join(QStringLiteral("\n• ")));
        sentences->setObjectName(QStringLiteral("knowsSentences"));
        sentences->setTextFormat(Qt::PlainText);
        Style::makeBody(sentences);
        layout->addWidget(sentences);
    }

    for (const ExplainAlert &alert : explanation->alerts) {
        auto *box = new QLabel(alert.fullText());
        box->setObjectName(QStringLiteral("alert"));
        box->setTextFormat(Qt::PlainText);
        box->setWordWrap(true);
        box->setContentsMargins(10, 8, 10, 8);
        box->setStyleSheet(QStringLiteral("QLabel#alert { background: #fff6e5; color: #5c3b00; "
                                          "border: 1px solid #f0c987; border-radius: 6px; }"));
        box->setAccessibleName(tr("Needs your attention"));
        box->setAccessibleDescription(alert.fullText());
        layout->addWidget(box);
        // The alert's advice, one click away: the request it names, prefilled with what Roer
        // found (an alert without advice gets no button).
        if (alert.action == ExplainAlert::Action::None)
            continue;
        RequestDetails details;
        details.categories = {alert.category};
        Requests::Kind kind = Requests::Kind::Erasure;
        QString label = tr("Ask %1 to erase it…").arg(name);
        if (alert.action == ExplainAlert::Action::Object) {
            kind = Requests::Kind::Objection;
            details.objectTo = Requests::ObjectTo::Profiling;
            label = tr("Object to this profile…");
        } else if (alert.action == ExplainAlert::Action::Access) {
            kind = Requests::Kind::Access;
            label = tr("Ask %1 what they keep…").arg(name);
        }
        auto *ask = new QPushButton(label);
        ask->setObjectName(QStringLiteral("alertRequestButton"));
        ask->setProperty("alertKind", alert.kind);
        ask->setProperty("requestKind", Requests::kindId(kind));
        connect(ask, &QPushButton::clicked, this, [this, retailerId, kind, details] {
            emit newRequestRequested(retailerId, kind, details);
        });
        layout->addWidget(ask, 0, Qt::AlignLeft);
    }
    return card;
}
