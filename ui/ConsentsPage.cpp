#include "ConsentsPage.h"

#include "ConsentHistoryDialog.h"
#include "ConsentServices.h"
#include "DecisionLetterDialog.h"
#include "LanguageManager.h"
#include "LinkAddressBox.h"
#include "PurposeRow.h"
#include "Style.h"

#include "consent/Clock.h"
#include "consent/ConsentStore.h"
#include "consent/DecisionLetter.h"
#include "consent/Outbox.h"
#include "consent/OutboxSender.h"
#include "consent/Reconciler.h"
#include "consent/RetailerAccounts.h"
#include "consent/RetailerApiClient.h"
#include "core/Logging.h"
#include "directory/RetailerStore.h"
#include "explain/Catalogue.h"
#include "vault/VaultManager.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
const char *const kSectionTitles[] = {
    QT_TRANSLATE_NOOP("ConsentsPage", "Needed for your order"),
    QT_TRANSLATE_NOOP("ConsentsPage", "Your choice"),
    QT_TRANSLATE_NOOP("ConsentsPage", "They rely on their own interest"),
};
const char *const kSectionIntros[] = {
    QT_TRANSLATE_NOOP(
        "ConsentsPage",
        "The shop needs this data to sell and deliver what you buy, or the law "
        "requires it. You cannot switch it off. They may keep it only as long as needed."),
    QT_TRANSLATE_NOOP("ConsentsPage",
                      "They may only do this if you say yes. Nothing is on until you switch it on. "
                      "You can say no again at any time, just as easily."),
    QT_TRANSLATE_NOOP("ConsentsPage",
                      "They do this without asking you first. You have the right to object."),
};
} // namespace

ConsentsPage::ConsentsPage(VaultManager *manager, LanguageManager *languages, QWidget *parent,
                           ConsentServices *services)
    : QWidget(parent), m_manager(manager), m_languages(languages),
      m_services(services ? services : new ConsentServices(manager, this)),
      m_title(new QLabel(this)), m_intro(new QLabel(this)), m_retailerLabel(new QLabel(this)),
      m_retailer(new QComboBox(this)), m_link(new QPushButton(this)),
      m_check(new QPushButton(this)), m_history(new QPushButton(this)),
      m_linkState(new QLabel(this)), m_linkProgress(new QProgressBar(this)),
      m_cancelLink(new QPushButton(this)), m_error(new QLabel(this)), m_reconcile(new QLabel(this)),
      m_empty(new QLabel(this)), m_status(new QLabel(this)), m_which(new QPushButton(this)),
      m_whichList(new QLabel(this))
{
    setObjectName(QStringLiteral("consentsPage"));
    m_retailer->setObjectName(QStringLiteral("retailerCombo"));
    m_link->setObjectName(QStringLiteral("linkButton"));
    m_check->setObjectName(QStringLiteral("reconcileButton"));
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_linkState->setObjectName(QStringLiteral("linkState"));
    m_linkProgress->setObjectName(QStringLiteral("linkProgress"));
    m_cancelLink->setObjectName(QStringLiteral("cancelLinkButton"));
    m_error->setObjectName(QStringLiteral("error"));
    m_reconcile->setObjectName(QStringLiteral("reconcileResult"));
    m_status->setObjectName(QStringLiteral("deliveryStatus"));
    m_which->setObjectName(QStringLiteral("showWhichButton"));
    m_whichList->setObjectName(QStringLiteral("whichList"));

    Style::makeTitle(m_title);
    Style::makeBody(m_intro);
    Style::makeNote(m_linkState);
    Style::makeError(m_error);
    Style::makeBody(m_reconcile);
    Style::makeBody(m_empty);
    Style::makeBody(m_status);
    m_status->setWordWrap(false);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    Style::makeNote(m_whichList);
    m_retailerLabel->setBuddy(m_retailer);
    m_retailer->setMinimumWidth(220);
    m_linkProgress->setRange(0, 0);
    m_linkProgress->setMaximumWidth(160);
    m_linkProgress->hide();
    m_cancelLink->hide();
    m_reconcile->hide();
    m_whichList->hide();

    // Top: which shop, and what can be done with it.
    auto *top = new QHBoxLayout;
    top->setSpacing(Style::kSpacing);
    top->addWidget(m_retailerLabel);
    top->addWidget(m_retailer);
    top->addWidget(m_link);
    top->addWidget(m_linkProgress);
    top->addWidget(m_cancelLink);
    top->addStretch(1);
    top->addWidget(m_check);
    top->addWidget(m_history);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("consentsContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 8, 0);
    contentLayout->setSpacing(Style::kSpacing);
    contentLayout->addWidget(m_empty);
    for (int i = 0; i < 3; ++i) {
        m_sectionTitles[i] = new QLabel(content);
        Style::makeSubtitle(m_sectionTitles[i]);
        m_sectionTitles[i]->setContentsMargins(0, 8, 0, 0);
        m_sectionIntros[i] = new QLabel(content);
        Style::makeNote(m_sectionIntros[i]);
        m_sections[i] = new QWidget(content);
        m_sectionLayouts[i] = new QVBoxLayout(m_sections[i]);
        m_sectionLayouts[i]->setContentsMargins(0, 0, 0, 0);
        m_sectionLayouts[i]->setSpacing(8);
        contentLayout->addWidget(m_sectionTitles[i]);
        contentLayout->addWidget(m_sectionIntros[i]);
        contentLayout->addWidget(m_sections[i]);
    }
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("consentsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setStyleSheet(QStringLiteral(
        "QScrollArea#consentsScroll, QWidget#consentsContent { background: transparent; }"));

    // Bottom: the delivery status of all decisions.
    auto *statusBox = new QFrame(this);
    statusBox->setObjectName(QStringLiteral("card"));
    auto *statusLayout = new QVBoxLayout(statusBox);
    statusLayout->setContentsMargins(16, 8, 16, 8);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 0, Qt::AlignLeft | Qt::AlignVCenter);
    statusRow->addStretch(1);
    statusRow->addWidget(m_which);
    statusLayout->addLayout(statusRow);
    statusLayout->addWidget(m_whichList);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Style::kPageMargin, Style::kPageMargin, Style::kPageMargin,
                               Style::kPageMargin / 2);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addWidget(m_linkState);
    layout->addWidget(new LinkAddressBox(m_services, this));
    layout->addWidget(m_error);
    layout->addWidget(m_reconcile);
    layout->addWidget(scroll, 1);
    layout->addWidget(statusBox);

    connect(m_retailer, &QComboBox::currentIndexChanged, this, [this] { loadRetailer(); });
    connect(m_link, &QPushButton::clicked, this, &ConsentsPage::linkAccount);
    connect(m_cancelLink, &QPushButton::clicked, this, &ConsentsPage::cancelLink);
    connect(m_check, &QPushButton::clicked, this, &ConsentsPage::reconcile);
    connect(m_history, &QPushButton::clicked, this, &ConsentsPage::showHistory);
    connect(m_which, &QPushButton::clicked, this, [this] {
        m_showWhich = !m_showWhich;
        updateStatuses();
    });
    connect(m_services, &ConsentServices::deliveryChanged, this, &ConsentsPage::updateStatuses);
    connect(m_services, &ConsentServices::linkChanged, this, [this](qint64 retailerId) {
        if (retailerId == currentRetailer())
            loadRetailer();
    });
    // The services let go of the vault on aboutToLock themselves; the rows go too.
    connect(m_manager, &VaultManager::aboutToLock, this, &ConsentsPage::dropServices);
    connect(m_manager, &VaultManager::locked, this, [this] { m_retailer->clear(); });
    connect(m_manager, &VaultManager::unlocked, this, &ConsentsPage::refresh);
    retranslateUi();
}

ConsentsPage::~ConsentsPage()
{
    dropServices();
}

DecisionLetterDialog *ConsentsPage::letterDialog() const
{
    return m_letterDialog;
}

ConsentHistoryDialog *ConsentsPage::historyDialog() const
{
    return m_historyDialog;
}

OutboxSender *ConsentsPage::sender() const
{
    return m_services->sender();
}

QList<RetailerPurpose> ConsentsPage::cataloguePurposes()
{
    QList<RetailerPurpose> out;
    const Catalogue &catalogue = Catalogue::builtIn();
    for (const Catalogue::Purpose &c : catalogue.purposes()) {
        RetailerPurpose p;
        p.id = c.id;
        p.dpvPurpose = c.id;
        p.titleEn = c.title.en;
        p.titleNl = c.title.nl;
        p.descriptionEn = c.explanation.en;
        p.descriptionNl = c.explanation.nl;
        const Catalogue::LegalBasis *basis = catalogue.legalBasis(c.legalBasis);
        p.legalBasis = basis ? basis->dpv : c.legalBasis;
        p.neededForContract = p.legalBasis == QLatin1String("dpv:Contract");
        if (c.marketing)
            p.channels = Consent::allChannels();
        out.append(p);
    }
    return out;
}

QString ConsentsPage::language() const
{
    return m_languages ? m_languages->language() : QStringLiteral("en");
}

void ConsentsPage::ensureServices()
{
    m_services->ensure();
}

void ConsentsPage::dropServices()
{
    ++m_linkGeneration;
    qDeleteAll(m_rows);
    m_rows.clear();
}

void ConsentsPage::refresh()
{
    ensureServices();
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    const qint64 current = currentRetailer();
    auto list = RetailerStore(*vault).list();
    const QSignalBlocker block(m_retailer);
    m_retailer->clear();
    if (list)
        for (const Retailer &r : *list)
            m_retailer->addItem(r.name, r.id);
    const int index = m_retailer->findData(current);
    m_retailer->setCurrentIndex(index >= 0 ? index : 0);
    loadRetailer();
}

void ConsentsPage::selectRetailer(qint64 id)
{
    const int index = m_retailer->findData(id);
    if (index >= 0)
        m_retailer->setCurrentIndex(index);
    loadRetailer();
}

qint64 ConsentsPage::currentRetailer() const
{
    return m_retailer->currentIndex() >= 0 ? m_retailer->currentData().toLongLong() : -1;
}

void ConsentsPage::setError(const QString &message)
{
    Style::setMessage(m_error, message);
}

void ConsentsPage::loadRetailer()
{
    setError(QString());
    m_reconcile->hide();
    Vault *vault = m_manager->vault();
    const qint64 id = currentRetailer();
    m_info = RetailerInfo();
    if (!vault || id <= 0) {
        rebuildRows(m_info, {});
        return;
    }
    ConsentStore store(*vault);
    auto info = store.retailer(id);
    if (!info) {
        setError(info.error().message);
        return;
    }
    m_info = *info;
    m_linked = m_info.hasApi() && m_services->isLinked(id);
    auto purposes = store.purposes(id);
    if (!purposes) {
        setError(purposes.error().message);
        return;
    }
    if (!m_info.hasApi() && purposes->isEmpty()) {
        // No API: the common purposes of the catalogue, so the customer can still decide.
        if (auto saved = store.savePurposes(id, cataloguePurposes()); !saved)
            setError(saved.error().message);
        purposes = store.purposes(id);
    }
    rebuildRows(m_info, purposes ? *purposes : QList<RetailerPurpose>());
    if (m_linked && purposes && purposes->isEmpty())
        fetchPurposes(id);
}

void ConsentsPage::rebuildRows(const RetailerInfo &info, const QList<RetailerPurpose> &purposes)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    const QString lang = language();
    for (const RetailerPurpose &p : purposes) {
        const int section = int(PurposeRow::sectionFor(p));
        auto *row = new PurposeRow(p, lang, m_sections[section]);
        m_sectionLayouts[section]->addWidget(row);
        row->show(); // at once, not on the next event loop pass
        connect(row, &PurposeRow::decisionRequested, this, &ConsentsPage::decide);
        connect(row, &PurposeRow::letterRequested, this, &ConsentsPage::showLetter);
        connect(row, &PurposeRow::retryRequested, this, [this](const QString &purposeId) {
            Vault *vault = m_manager->vault();
            if (!vault)
                return;
            auto entry = Outbox(*vault).latestFor(m_info.id, purposeId);
            if (entry && *entry)
                (void)Outbox(*vault).retryNow((*entry)->id, Clock::instance().nowMs());
            if (m_services->sender())
                m_services->sender()->sendDue();
            updateStatuses();
        });
        m_rows.append(row);
    }
    for (int i = 0; i < 3; ++i) {
        bool any = false;
        for (PurposeRow *row : std::as_const(m_rows))
            any = any || int(row->section()) == i;
        m_sectionTitles[i]->setVisible(any);
        m_sectionIntros[i]->setVisible(any);
        m_sections[i]->setVisible(any);
    }
    const bool noRetailer = info.id <= 0;
    m_link->setVisible(info.hasApi() && !m_linked && !m_linkProgress->isVisible());
    m_check->setVisible(m_linked);
    m_history->setEnabled(!noRetailer);
    m_retailer->setEnabled(m_retailer->count() > 0);
    if (noRetailer)
        m_empty->setText(
            tr("Add a shop on the Retailers page first. Then you can decide here what it may do "
               "with your data."));
    else if (info.hasApi() && !m_linked)
        m_empty->setText(tr("%1 can receive your choices directly. Link your account first. "
                            "Then Roer shows what they use your data for.")
                             .arg(info.name));
    else if (info.hasApi() && purposes.isEmpty())
        m_empty->setText(tr("Roer is asking %1 what they use your data for.").arg(info.name));
    m_empty->setVisible(noRetailer || (info.hasApi() && (!m_linked || purposes.isEmpty())));
    if (noRetailer)
        m_linkState->clear();
    else if (m_linked)
        m_linkState->setText(
            tr("Your account is linked. Roer sends your choices to %1 directly and "
               "keeps the receipts.")
                .arg(info.name));
    else if (!info.hasApi())
        m_linkState->setText(
            tr("%1 has no link with Roer. Roer writes a letter or e-mail for each choice. "
               "You send it yourself.")
                .arg(info.name));
    else
        m_linkState->clear();
    m_linkState->setVisible(!m_linkState->text().isEmpty());
    updateStatuses();
}

void ConsentsPage::updateStatuses()
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    ConsentStore store(*vault);
    Outbox outbox(*vault);
    if (m_info.id > 0) {
        auto decisions = store.decisions(m_info.id);
        for (PurposeRow *row : std::as_const(m_rows)) {
            std::optional<ConsentDecision> found;
            if (decisions)
                for (const ConsentDecision &d : *decisions)
                    if (d.purposeId == row->purposeId())
                        found = d;
            QString receivedAt;
            if (found && found->delivery == Consent::Delivery::Confirmed) {
                auto entry = outbox.latestFor(m_info.id, row->purposeId());
                if (entry && *entry)
                    receivedAt = (*entry)->receivedAt;
            }
            row->setDecision(found, receivedAt);
        }
    }

    // Over all shops: what is still on its way, and what the customer must look at.
    int waiting = 0;
    int attention = 0;
    int letters = 0;
    int choices = 0;
    QStringList which;
    auto retailers = RetailerStore(*vault).list();
    if (retailers) {
        for (const Retailer &r : *retailers) {
            auto decisions = store.decisions(r.id);
            if (!decisions)
                continue;
            for (const ConsentDecision &d : *decisions) {
                ++choices;
                auto purpose = store.purpose(r.id, d.purposeId);
                const QString title =
                    purpose && *purpose ? (*purpose)->title(language()) : d.purposeId;
                switch (d.delivery) {
                case Consent::Delivery::Waiting:
                case Consent::Delivery::Sent:
                    ++waiting;
                    which.append(tr("%1, %2: waiting to send").arg(r.name, title));
                    break;
                case Consent::Delivery::NeedsAttention:
                    ++attention;
                    which.append(tr("%1, %2: %3").arg(r.name, title, d.problem));
                    break;
                case Consent::Delivery::ByLetter:
                    if (!d.letterSentAt.isValid()) {
                        ++letters;
                        which.append(tr("%1, %2: letter not sent yet").arg(r.name, title));
                    }
                    break;
                default: break;
                }
            }
        }
    }
    QStringList parts;
    if (waiting)
        parts.append(waiting == 1 ? tr("1 decision waiting to send")
                                  : tr("%1 decisions waiting to send").arg(waiting));
    if (attention)
        parts.append(attention == 1 ? tr("1 needs your attention")
                                    : tr("%1 need your attention").arg(attention));
    if (letters)
        parts.append(letters == 1 ? tr("1 letter still to send")
                                  : tr("%1 letters still to send").arg(letters));
    // Before any choice there is nothing to deliver, and "all delivered" would not be true.
    m_status->setText(!parts.isEmpty()   ? parts.join(QStringLiteral(" · "))
                          : choices == 0 ? tr("You have not made a choice yet.")
                                         : tr("All your choices have been delivered."));
    m_which->setVisible(!which.isEmpty());
    m_which->setText(m_showWhich ? tr("Hide the list") : tr("Show which"));
    m_which->setAccessibleName(m_showWhich ? tr("Hide the list of choices still on their way")
                                           : tr("Show which choices are still on their way"));
    m_whichList->setText(which.join(QLatin1Char('\n')));
    m_whichList->setVisible(m_showWhich && !which.isEmpty());
    emit deliveryStatusChanged(waiting, attention);
}

void ConsentsPage::decide(const QString &purposeId, Consent::State state,
                          const QStringList &channels, const Consent::Context &context)
{
    Vault *vault = m_manager->vault();
    if (!vault || m_info.id <= 0)
        return;
    setError(QString());
    DecisionRequest request;
    request.retailerId = m_info.id;
    request.purposeId = purposeId;
    request.state = state;
    request.channels = channels;
    request.context = context;
    request.method = QStringLiteral("roer-app");
    // Committed first (record + outbox entry in one transaction); only then sent.
    PurposeRow *row = nullptr;
    for (PurposeRow *r : std::as_const(m_rows))
        if (r->purposeId() == purposeId)
            row = r;
    auto record = ConsentStore(*vault).decide(request);
    if (row)
        row->showProblem(record ? QString() : record.error().message);
    if (!record) {
        if (!row)
            setError(record.error().message);
        updateStatuses();
        return;
    }
    qCInfo(lcUi) << "decision committed";
    updateStatuses();
    if (m_info.hasApi()) {
        ensureServices();
        if (m_services->sender())
            m_services->sender()->sendDue();
    } else {
        showLetter(purposeId);
    }
}

void ConsentsPage::showLetter(const QString &purposeId)
{
    Vault *vault = m_manager->vault();
    if (!vault || m_info.id <= 0)
        return;
    ConsentStore store(*vault);
    auto decision = store.decision(m_info.id, purposeId);
    auto history = store.history(m_info.id);
    auto purpose = store.purpose(m_info.id, purposeId);
    if (!decision || !*decision || !history || !purpose)
        return;
    ConsentRecord record;
    for (const ConsentRecord &r : *history)
        if (r.recordId == (*decision)->recordId)
            record = r;
    RetailerPurpose p = purpose->value_or(RetailerPurpose());
    if (p.id.isEmpty())
        p.id = purposeId;
    const DecisionLetter::Letter letter = DecisionLetter::make(m_info, p, record, language());
    if (m_letterDialog)
        m_letterDialog->close();
    m_letterDialog = new DecisionLetterDialog(letter, m_info.name, this);
    m_letterDialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 retailerId = m_info.id;
    connect(m_letterDialog, &DecisionLetterDialog::sentByCustomer, this,
            [this, retailerId, purposeId] {
                Vault *v = m_manager->vault();
                if (!v)
                    return;
                if (auto marked = ConsentStore(*v).markLetterSent(retailerId, purposeId,
                                                                  Clock::instance().now());
                    !marked)
                    setError(marked.error().message);
                updateStatuses();
            });
    m_letterDialog->open();
}

void ConsentsPage::withClient(qint64 retailerId, std::function<void(RetailerApiClient *)> use)
{
    if (!m_services->ensure())
        return;
    auto *client = new RetailerApiClient(m_services->network(), this);
    if (auto ok = client->setAddress(m_info.apiBase); !ok) {
        setError(ok.error().message);
        client->deleteLater();
        return;
    }
    const int generation = m_linkGeneration;
    m_services->accounts()->accessToken(retailerId, false,
                                        [this, client, use, generation](QByteArray token) {
                                            if (generation != m_linkGeneration) {
                                                client->deleteLater();
                                                return;
                                            }
                                            client->setAccessToken(token);
                                            use(client);
                                        });
}

void ConsentsPage::fetchPurposes(qint64 retailerId)
{
    withClient(retailerId, [this, retailerId](RetailerApiClient *client) {
        client->fetchPurposes([this, client, retailerId](Result<QList<RetailerPurpose>> result) {
            client->deleteLater();
            Vault *vault = m_manager->vault();
            if (!vault)
                return;
            if (!result) {
                setError(result.error().message);
                return;
            }
            if (auto saved = ConsentStore(*vault).savePurposes(retailerId, *result); !saved) {
                setError(saved.error().message);
                return;
            }
            if (currentRetailer() == retailerId)
                loadRetailer();
        });
    });
}

void ConsentsPage::linkAccount()
{
    if (!m_services->ensure() || !m_info.hasApi())
        return;
    setError(QString());
    const qint64 retailerId = m_info.id;
    m_link->hide();
    m_linkProgress->show();
    m_cancelLink->show();
    m_linkState->setText(
        tr("Your browser opens the sign-in page of %1. Sign in there and allow Roer. "
           "Then come back here.")
            .arg(m_info.name));
    m_linkState->show();
    m_services->link(retailerId, [this, retailerId](Result<void> result) {
        m_linkProgress->hide();
        m_cancelLink->hide();
        if (!result) {
            setError(tr("Linking your account did not work. %1").arg(result.error().message));
            loadRetailer();
            return;
        }
        if (currentRetailer() == retailerId) {
            loadRetailer();
            fetchPurposes(retailerId);
        }
    });
}

void ConsentsPage::cancelLink()
{
    m_services->cancelLink();
    m_linkProgress->hide();
    m_cancelLink->hide();
    loadRetailer();
    m_linkState->setText(tr("Linking stopped. Nothing was changed."));
    m_linkState->show();
}

void ConsentsPage::reconcile()
{
    Vault *vault = m_manager->vault();
    if (!vault || !m_linked)
        return;
    const qint64 retailerId = m_info.id;
    m_check->setEnabled(false);
    m_reconcile->setText(tr("Asking %1 what they have on record…").arg(m_info.name));
    m_reconcile->show();
    withClient(retailerId, [this, retailerId](RetailerApiClient *client) {
        client->fetchConsents([this, client, retailerId](Result<QList<RemoteConsent>> theirs) {
            client->deleteLater();
            m_check->setEnabled(true);
            Vault *v = m_manager->vault();
            if (!v || currentRetailer() != retailerId)
                return;
            if (!theirs) {
                m_reconcile->setText(tr("Roer could not ask them. %1").arg(theirs.error().message));
                return;
            }
            ConsentStore store(*v);
            auto ours = store.decisions(retailerId);
            auto purposes = store.purposes(retailerId);
            if (!ours || !purposes) {
                m_reconcile->setText(!ours ? ours.error().message : purposes.error().message);
                return;
            }
            const auto differences =
                Reconciler::compare(*ours, *theirs, *purposes, language(), QDate::currentDate());
            if (differences.isEmpty()) {
                m_reconcile->setText(
                    tr("%1 has the same choices on record as you made. Nothing to do.")
                        .arg(m_info.name));
                return;
            }
            QStringList lines{tr("%1 has something different on record:").arg(m_info.name)};
            for (const Reconciler::Difference &d : differences)
                lines.append(QStringLiteral("• ") + d.text);
            m_reconcile->setText(lines.join(QLatin1Char('\n')));
        });
    });
}

void ConsentsPage::showHistory()
{
    Vault *vault = m_manager->vault();
    if (!vault || m_info.id <= 0)
        return;
    if (m_historyDialog)
        m_historyDialog->close();
    m_historyDialog = new ConsentHistoryDialog(*vault, m_info, language(), this);
    m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_historyDialog->open();
}

void ConsentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ConsentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_manager->vault() && m_info.id > 0)
            loadRetailer(); // rows are built in one language
    }
    QWidget::changeEvent(event);
}

void ConsentsPage::retranslateUi()
{
    m_title->setText(tr("Consents"));
    m_intro->setText(
        tr("Choose what each shop may do with your data. Roer saves your choice first and "
           "then sends it. It never switches anything on for you."));
    m_retailerLabel->setText(tr("&Shop:"));
    m_link->setText(tr("&Link your account"));
    m_link->setToolTip(tr("Opens the shop's sign-in page in your browser"));
    Style::makePrimary(m_link);
    m_cancelLink->setText(tr("Stop linking"));
    m_linkProgress->setAccessibleName(tr("Waiting for the shop"));
    m_check->setText(tr("Check &with the shop"));
    m_check->setToolTip(
        tr("Asks the shop which choices it has on record and compares them with yours"));
    m_history->setText(tr("Your &history"));
    for (int i = 0; i < 3; ++i) {
        m_sectionTitles[i]->setText(tr(kSectionTitles[i]));
        m_sectionIntros[i]->setText(tr(kSectionIntros[i]));
    }
}
