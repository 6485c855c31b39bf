#include "RequestsPage.h"

#include "AnswerDialog.h"
#include "ComplaintDialog.h"
#include "FileDialog.h"
#include "HelpDeskMode.h"
#include "LanguageManager.h"
#include "MarkSentDialog.h"
#include "MessageBox.h"
#include "NewRequestDialog.h"
#include "RequestLetterDialog.h"
#include "Style.h"
#include "consent/Clock.h"
#include "directory/RetailerDirectory.h"
#include "directory/RetailerStore.h"
#include "requests/CalendarFile.h"
#include "requests/ComplaintPack.h"
#include "requests/Deadline.h"
#include "requests/RequestHistory.h"
#include "requests/RequestHistoryExport.h"
#include "requests/RequestHistoryVerifier.h"
#include "requests/RequestOutbox.h"
#include "requests/RequestStore.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

Result<void> writeFile(const QString &file, const QByteArray &bytes)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("RequestsPage",
                                                       "Roer could not save the file. "
                                                       "Choose another folder."));
    return {};
}
} // namespace

RequestsPage::RequestsPage(VaultManager *manager, LanguageManager *languages, QWidget *parent)
    : QWidget(parent), m_manager(manager), m_languages(languages), m_title(new QLabel(this)),
      m_intro(new QLabel(this)), m_new(new QPushButton(this)), m_export(new QPushButton(this)),
      m_error(new QLabel(this)), m_stack(new QStackedWidget(this)), m_emptyTitle(new QLabel(this)),
      m_emptyText(new QLabel(this)), m_emptyNew(new QPushButton(this)),
      m_list(new QListWidget(this)), m_panel(new RequestPanel(this))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_new->setObjectName(QStringLiteral("newRequestButton"));
    m_export->setObjectName(QStringLiteral("exportRequestsButton"));
    m_error->setObjectName(QStringLiteral("requestsError"));
    m_emptyNew->setObjectName(QStringLiteral("emptyNewRequestButton"));
    m_list->setObjectName(QStringLiteral("requestList"));
    m_title->setObjectName(QStringLiteral("requestsTitle"));
    Style::makeTitle(m_title);
    Style::makeBody(m_intro);
    Style::makeError(m_error);
    Style::makeSubtitle(m_emptyTitle);
    Style::makeBody(m_emptyText);
    Style::makePrimary(m_new);
    Style::makePrimary(m_emptyNew);
    m_list->setMinimumWidth(300);
    m_list->setMaximumWidth(380);
    m_list->setWordWrap(true);
    m_list->setStyleSheet(QStringLiteral("QListWidget#requestList::item { padding: 6px 4px; }"));

    auto *emptyCard = new QFrame(this);
    emptyCard->setObjectName(QStringLiteral("card"));
    emptyCard->setMaximumWidth(720);
    auto *emptyLayout = new QVBoxLayout(emptyCard);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->setSpacing(Style::kSpacing);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyNew, 0, Qt::AlignLeft);
    auto *emptyPage = new QWidget(this);
    auto *emptyPageLayout = new QVBoxLayout(emptyPage);
    emptyPageLayout->setContentsMargins(0, 8, 0, 0);
    emptyPageLayout->addWidget(emptyCard);
    emptyPageLayout->addStretch(1);

    auto *panelCard = new QFrame(this);
    panelCard->setObjectName(QStringLiteral("card"));
    auto *panelLayout = new QVBoxLayout(panelCard);
    panelLayout->setContentsMargins(20, 18, 20, 18);
    panelLayout->addWidget(m_panel);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("requestScroll"));
    scroll->setWidget(panelCard);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setStyleSheet(QStringLiteral("QScrollArea#requestScroll { background: transparent; }"));
    auto *content = new QWidget(this);
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(Style::kSpacing + 4);
    contentLayout->addWidget(m_list);
    contentLayout->addWidget(scroll, 1);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(content);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_export, 0, Qt::AlignBottom);
    header->addWidget(m_new, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Style::kPageMargin, Style::kPageMargin, Style::kPageMargin,
                               Style::kPageMargin);
    layout->setSpacing(Style::kSpacing);
    layout->addLayout(header);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(m_new, &QPushButton::clicked, this, [this] { newRequest(); });
    connect(m_emptyNew, &QPushButton::clicked, this, [this] { newRequest(); });
    connect(m_export, &QPushButton::clicked, this, &RequestsPage::exportHistory);
    connect(m_list, &QListWidget::currentRowChanged, this, &RequestsPage::showCurrent);
    connect(m_panel, &RequestPanel::actionRequested, this, &RequestsPage::act);
    connect(&HelpDeskMode::instance(), &HelpDeskMode::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_manager, &VaultManager::locked, this, [this] {
        m_list->clear();
        m_panel->clear();
    });
    retranslateUi();
    setError(QString());
}

NewRequestDialog *RequestsPage::newRequestDialog() const
{
    return m_newDialog;
}

RequestLetterDialog *RequestsPage::letterDialog() const
{
    return m_letterDialog;
}

ComplaintDialog *RequestsPage::complaintDialog() const
{
    return m_complaintDialog;
}

void RequestsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (isVisible())
            refresh();
    }
    QWidget::changeEvent(event);
}

void RequestsPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void RequestsPage::retranslateUi()
{
    m_title->setText(tr("Requests"));
    m_intro->setText(tr("Ask a shop what it knows about you. Or ask it to erase, correct or "
                        "stop using your data. The shop must answer within a month. Roer "
                        "watches the date."));
    m_new->setText(tr("&New request…"));
    m_export->setText(tr("Save the &history…"));
    m_export->setToolTip(tr("Save the history of your requests as proof, with check codes."));
    m_list->setAccessibleName(tr("Your requests"));
    m_emptyTitle->setText(tr("No requests yet"));
    m_emptyText->setText(tr("You have not asked a shop anything yet. You can ask for a copy of "
                            "your data, or ask them to erase it. Roer writes the letter for "
                            "you, or sends it through the shop's link."));
    m_emptyNew->setText(tr("Make your first request…"));
}

QString RequestsPage::language() const
{
    return m_languages ? m_languages->language() : QStringLiteral("en");
}

QDate RequestsPage::today() const
{
    return Clock::instance().now().toLocalTime().date();
}

void RequestsPage::setError(const QString &message)
{
    Style::setMessage(m_error, message);
}

void RequestsPage::refresh()
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    const QString current = currentRequest();
    auto list = RequestStore(*vault).list();
    if (!list)
        return setError(list.error().message);
    setError(QString());
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QDate day = today();
    for (const RightsRequest &r : std::as_const(*list)) {
        QString second = Requests::statusLabel(r.status);
        if (Requests::deadlineRuns(r.status) && r.deadline().isValid())
            second += QStringLiteral(" · ") + Deadline::shortText(r.deadline(), day);
        auto *item =
            new QListWidgetItem(tr("%1: %2").arg(r.retailerName, Requests::kindLabel(r.kind))
                                    + QLatin1Char('\n') + second,
                                m_list);
        item->setData(kIdRole, r.id);
        if (r.isLate(day))
            item->setForeground(QColor(0x8a, 0x1c, 0x1c));
    }
    m_stack->setCurrentIndex(list->isEmpty() ? 0 : 1);
    m_export->setVisible(!list->isEmpty());
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toString() == current)
            row = i;
    m_list->setCurrentRow(list->isEmpty() ? -1 : row);
    showCurrent();
}

QString RequestsPage::currentRequest() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

void RequestsPage::selectRequest(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toString() == id)
            m_list->setCurrentRow(i);
}

void RequestsPage::showCurrent()
{
    Vault *vault = m_manager->vault();
    const QString id = currentRequest();
    if (!vault || id.isEmpty())
        return m_panel->clear();
    RequestStore store(*vault);
    auto r = store.find(id);
    auto history = store.history(id);
    if (!r || !history)
        return setError(r ? history.error().message : r.error().message);
    QString problem;
    if (r->status == Requests::Status::Waiting)
        if (auto entry = RequestOutbox(*vault).forRequest(id);
            entry && *entry && (*entry)->status == Consent::Delivery::NeedsAttention)
            problem = (*entry)->problem;
    m_panel->show(*r, *history, problem, today(), language());
}

void RequestsPage::changed(const QString &id)
{
    refresh();
    selectRequest(id);
    emit requestsChanged();
}

void RequestsPage::newRequest(qint64 retailerId, Requests::Kind kind, const RequestDetails &details)
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    auto *dialog = new NewRequestDialog(*vault, language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (retailerId)
        dialog->prefill(retailerId, kind, details);
    m_newDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const RightsRequest r = dialog->request();
        changed(r.id);
        if (r.delivery == Requests::Delivery::Api)
            emit sendRequested();
        else
            showLetter(r.id, false);
    });
    dialog->open();
}

void RequestsPage::act(RequestPanel::Action action, const QString &id)
{
    setError(QString());
    switch (action) {
    case RequestPanel::Action::Letter: showLetter(id, false); break;
    case RequestPanel::Action::MarkSent: markSent(id); break;
    case RequestPanel::Action::Answer: noteAnswer(id); break;
    case RequestPanel::Action::Check: emit checkRequested(id); break;
    case RequestPanel::Action::Retry: emit retryRequested(id); break;
    case RequestPanel::Action::Calendar: saveCalendar(id); break;
    case RequestPanel::Action::Reminder: showLetter(id, true); break;
    case RequestPanel::Action::Complaint: makeComplaint(id); break;
    case RequestPanel::Action::SeeData:
        if (Vault *vault = m_manager->vault())
            if (auto r = RequestStore(*vault).find(id))
                emit dataRequested(r->retailerId);
        break;
    case RequestPanel::Action::Cancel: cancelRequest(id); break;
    }
}

void RequestsPage::showLetter(const QString &id, bool reminder)
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    auto r = RequestStore(*vault).find(id);
    if (!r)
        return setError(r.error().message);
    auto *dialog = new RequestLetterDialog(*vault, *r,
                                           reminder ? RequestLetterDialog::Kind::Reminder
                                                    : RequestLetterDialog::Kind::Request,
                                           this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_letterDialog = dialog;
    connect(dialog, &RequestLetterDialog::sentByCustomer, this,
            [this, id](const QByteArray &sha) { markSent(id, sha); });
    if (reminder) {
        // The history notes the reminder the first time the customer takes it out of Roer.
        auto noted = std::make_shared<bool>(false);
        connect(dialog, &RequestLetterDialog::letterUsed, this,
                [this, id, noted](const QByteArray &sha) {
                    Vault *v = m_manager->vault();
                    if (*noted || !v)
                        return;
                    *noted = true;
                    if (auto done = RequestStore(*v).recordReminderMade(id, sha); !done)
                        return setError(done.error().message);
                    changed(id);
                });
    }
    dialog->open();
}

void RequestsPage::markSent(const QString &id, const QByteArray &letterSha256)
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    auto r = RequestStore(*vault).find(id);
    if (!r)
        return setError(r.error().message);
    auto *dialog =
        new MarkSentDialog(r->retailerName, r->createdAt.toLocalTime().date(), today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, letterSha256] {
        Vault *v = m_manager->vault();
        if (!v)
            return;
        auto done = RequestStore(*v).markSent(id, dialog->sentOn(), dialog->sentBy(), letterSha256);
        if (!done)
            return setError(done.error().message);
        changed(id);
    });
    dialog->open();
}

void RequestsPage::noteAnswer(const QString &id)
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    auto r = RequestStore(*vault).find(id);
    if (!r)
        return setError(r.error().message);
    auto *dialog = new AnswerDialog(r->retailerName, r->sentOn.isValid() ? r->sentOn : today(),
                                    today(), r->language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        Vault *v = m_manager->vault();
        if (!v)
            return;
        if (auto done = RequestStore(*v).recordAnswer(id, dialog->answer()); !done)
            return setError(done.error().message);
        changed(id);
    });
    dialog->open();
}

void RequestsPage::saveCalendar(const QString &id)
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    auto r = RequestStore(*vault).find(id);
    if (!r)
        return setError(r.error().message);
    const QByteArray ics = CalendarFile::forRequest(*r, Clock::instance().now());
    if (ics.isEmpty())
        return;
    const QString file = FileDialog::getSaveFileName(
        this, tr("Save a calendar reminder"),
        tr("Deadline %1").arg(r->retailerName).replace(QLatin1Char('/'), QLatin1Char('-'))
            + QStringLiteral(".ics"),
        tr("Calendar files (*.ics)"));
    if (file.isEmpty())
        return;
    if (auto saved = writeFile(file, ics); !saved)
        setError(saved.error().message);
}

void RequestsPage::makeComplaint(const QString &id)
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    RequestStore store(*vault);
    auto r = store.find(id);
    auto history = store.history(id);
    auto me = store.requester();
    auto retailer = RetailerStore(*vault).find(r ? r->retailerId : 0);
    if (!r || !history || !me || !retailer || !*retailer)
        return setError(tr("Roer could not read this request."));
    auto report = RequestHistoryVerifier::verify(*vault, r->retailerId);
    const QByteArray json = RequestHistoryExport::toJson({*r}, *history, report && report->intact(),
                                                         Clock::instance().now(), language());
    const DirectoryEntry *authority = nullptr;
    auto directory = RetailerDirectory::bundled();
    if (directory)
        authority = directory->find(QStringLiteral("datarequests:nlap"));
    const ComplaintPack pack =
        ComplaintPack::make(*r, **retailer, *me, *history, json, authority, today());
    auto *dialog =
        new ComplaintDialog(pack,
                            authority ? authority->webform
                                      : QStringLiteral("https://autoriteitpersoonsgegevens.nl/nl/"
                                                       "meldingsformulier-klachten"),
                            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_complaintDialog = dialog;
    auto noted = std::make_shared<bool>(false);
    connect(dialog, &ComplaintDialog::packUsed, this, [this, id, noted, pack] {
        Vault *v = m_manager->vault();
        if (*noted || !v)
            return;
        *noted = true;
        if (auto done = RequestStore(*v).recordComplaintMade(id, pack.sha256()); !done)
            return setError(done.error().message);
        changed(id);
    });
    dialog->open();
}

void RequestsPage::cancelRequest(const QString &id)
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    if (!MessageBox::confirm(this, tr("Stop this request?"),
                             tr("Roer stops watching this request. If the shop already has it, "
                                "tell them yourself that you stopped it."),
                             tr("Stop the request")))
        return;
    if (auto done = RequestStore(*vault).cancel(id); !done)
        return setError(done.error().message);
    changed(id);
}

void RequestsPage::exportHistory()
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    const QString file =
        FileDialog::getSaveFileName(this, tr("Save the history of your requests"),
                                    tr("Roer requests history.json"), tr("JSON files (*.json)"));
    if (file.isEmpty())
        return;
    auto report = RequestHistoryVerifier::verify(*vault);
    auto requests = RequestStore(*vault).list();
    auto events = RequestHistory(*vault).ofRetailer(0);
    if (!report || !requests || !events)
        return setError(tr("Roer could not read the history."));
    if (auto saved = writeFile(file,
                               RequestHistoryExport::toJson(*requests, *events, report->intact(),
                                                            Clock::instance().now(), language()));
        !saved)
        setError(saved.error().message);
}
