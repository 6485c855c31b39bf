#include "RetailersPage.h"

#include "AddRetailerDialog.h"
#include "ConsentServices.h"
#include "ImportDialog.h"
#include "ImportHistoryDialog.h"
#include "LanguageManager.h"
#include "LinkAddressBox.h"
#include "MessageBox.h"
#include "RefreshDialog.h"
#include "Style.h"
#include "consent/DataRefresher.h"
#include "core/Logging.h"
#include "directory/RetailerStore.h"
#include "importing/SnapshotStore.h"
#include "vault/VaultManager.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kHasApiRole = Qt::UserRole + 2;
constexpr int kLinkedRole = Qt::UserRole + 3;
constexpr int kImportedRole = Qt::UserRole + 4;
enum Column { NameColumn, WebsiteColumn, EmailColumn, ImportColumn, AccountColumn, ColumnCount };
} // namespace

RetailersPage::RetailersPage(VaultManager *manager, LanguageManager *languages, QWidget *parent,
                             ConsentServices *services)
    : QWidget(parent), m_manager(manager), m_languages(languages),
      m_services(services ? services : new ConsentServices(manager, this)),
      m_title(new QLabel(this)), m_intro(new QLabel(this)), m_add(new QPushButton(this)),
      m_import(new QPushButton(this)), m_imports(new QPushButton(this)),
      m_rename(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_link(new QPushButton(this)), m_cancelLink(new QPushButton(this)),
      m_unlink(new QPushButton(this)), m_refreshData(new QPushButton(this)),
      m_stack(new QStackedWidget(this)), m_emptyTitle(new QLabel(this)),
      m_emptyText(new QLabel(this)), m_emptyAdd(new QPushButton(this)),
      m_list(new QTreeWidget(this)), m_dropHint(new QLabel(this)), m_status(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("retailersPage"));
    setAcceptDrops(true);
    Style::makeTitle(m_title);
    Style::makeBody(m_intro);
    Style::makeSubtitle(m_emptyTitle);
    Style::makeBody(m_emptyText);
    Style::makeNote(m_dropHint);
    Style::makeNote(m_status);
    Style::makeError(m_error);
    Style::makePrimary(m_add);
    Style::makePrimary(m_emptyAdd);
    m_status->hide();
    m_status->setObjectName(QStringLiteral("retailersStatus"));
    m_add->setObjectName(QStringLiteral("addRetailerButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_imports->setObjectName(QStringLiteral("importsButton"));
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_emptyAdd->setObjectName(QStringLiteral("emptyAddButton"));
    m_link->setObjectName(QStringLiteral("linkAccountButton"));
    m_cancelLink->setObjectName(QStringLiteral("cancelLinkButton"));
    m_unlink->setObjectName(QStringLiteral("unlinkButton"));
    m_refreshData->setObjectName(QStringLiteral("refreshDataButton"));
    m_cancelLink->hide();
    m_list->setObjectName(QStringLiteral("retailerList"));
    m_error->setObjectName(QStringLiteral("retailersError"));

    m_list->setColumnCount(ColumnCount);
    m_list->setStyleSheet(QStringLiteral("QTreeWidget#retailerList::item { padding: 5px 2px; }"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_add);
    buttons->addWidget(m_import);
    buttons->addWidget(m_imports);
    buttons->addStretch(1);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(8);
    listLayout->addLayout(buttons);
    // The account of the selected shop, on a row of its own: the texts are long in Dutch.
    auto *accountButtons = new QHBoxLayout;
    accountButtons->setSpacing(8);
    accountButtons->addWidget(m_refreshData);
    accountButtons->addWidget(m_link);
    accountButtons->addWidget(m_cancelLink);
    accountButtons->addWidget(m_unlink);
    accountButtons->addStretch(1);
    listLayout->addLayout(accountButtons);
    listLayout->addWidget(new LinkAddressBox(m_services, listPage));
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_dropHint);

    // Empty state: a card that says what to do first.
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 24, 24, 24);
    cardLayout->setSpacing(Style::kSpacing);
    cardLayout->addWidget(m_emptyTitle);
    cardLayout->addWidget(m_emptyText);
    cardLayout->addWidget(m_emptyAdd, 0, Qt::AlignLeft);
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(0, 8, 0, 0);
    emptyLayout->addWidget(card);
    emptyLayout->addStretch(1);
    card->setMaximumWidth(720);

    m_stack->addWidget(emptyPage);
    m_stack->addWidget(listPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Style::kPageMargin, Style::kPageMargin, Style::kPageMargin,
                               Style::kPageMargin);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    connect(m_add, &QPushButton::clicked, this, &RetailersPage::addRetailer);
    connect(m_emptyAdd, &QPushButton::clicked, this, &RetailersPage::addRetailer);
    connect(m_import, &QPushButton::clicked, this, [this] { importFiles({}); });
    connect(m_imports, &QPushButton::clicked, this, &RetailersPage::showImports);
    connect(m_rename, &QPushButton::clicked, this, &RetailersPage::renameRetailer);
    connect(m_remove, &QPushButton::clicked, this, &RetailersPage::removeRetailer);
    connect(m_link, &QPushButton::clicked, this, &RetailersPage::linkAccount);
    connect(m_cancelLink, &QPushButton::clicked, this, &RetailersPage::cancelLink);
    connect(m_unlink, &QPushButton::clicked, this, &RetailersPage::unlinkAccount);
    connect(m_refreshData, &QPushButton::clicked, this, &RetailersPage::refreshData);
    // Linked or unlinked elsewhere (the Consents page): the column follows.
    connect(m_services, &ConsentServices::linkChanged, this, [this] {
        if (m_manager->vault())
            refresh();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RetailersPage::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { importFiles({}); });
    connect(m_manager, &VaultManager::locked, this, [this] {
        // Dialogs that hold the vault close with it. (An import that runs while the vault
        // locks needs VaultManager to wait for it; see the report of the pages branch.)
        const auto dialogs = findChildren<AddRetailerDialog *>();
        for (AddRetailerDialog *dialog : dialogs)
            dialog->reject();
        const auto refreshes = findChildren<RefreshDialog *>();
        for (RefreshDialog *dialog : refreshes)
            dialog->reject();
        m_cancelLink->hide();
        const auto inputs = findChildren<QInputDialog *>();
        for (QInputDialog *input : inputs)
            input->reject();
        m_list->clear();
        Style::setMessage(m_status, QString());
    });
    retranslateUi();
    updateButtons();
}

void RetailersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        Style::setMessage(m_status, QString()); // a message in the old language is stale
        refresh();
    }
    QWidget::changeEvent(event);
}

void RetailersPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void RetailersPage::retranslateUi()
{
    m_title->setText(tr("Retailers"));
    m_intro->setText(tr("The shops that have data about you. Ask a shop for your data, "
                        "then import the file they send you."));
    m_add->setText(tr("&Add retailer…"));
    m_import->setText(tr("&Import a data export…"));
    m_imports->setText(tr("All imp&orts…"));
    m_imports->setToolTip(tr("See every import of this shop's data, and delete a wrong one."));
    m_rename->setText(tr("Re&name…"));
    m_remove->setText(tr("Re&move…"));
    m_link->setText(tr("&Link account…"));
    m_link->setToolTip(
        tr("Sign in at the shop. Then Roer can fetch your data and send your choices."));
    m_cancelLink->setText(tr("Stop linking"));
    m_unlink->setText(tr("Un&link…"));
    m_unlink->setToolTip(
        tr("Roer stops talking to this shop for you. Your choices and history stay."));
    m_refreshData->setText(tr("Refresh my &data"));
    m_refreshData->setToolTip(tr("Fetch a new copy of your data from this shop."));
    m_emptyTitle->setText(tr("No shops yet"));
    m_emptyText->setText(
        tr("Add a shop, then import the data file they sent you. "
           "Roer keeps it encrypted on this computer and explains it in plain words."));
    m_emptyAdd->setText(tr("Add your first shop…"));
    m_list->setHeaderLabels(
        {tr("Name"), tr("Website"), tr("Privacy e-mail"), tr("Last import"), tr("Account")});
    m_list->setAccessibleName(tr("Your retailers"));
    m_dropHint->setText(
        tr("Tip: drag the files from a shop onto this page to import them for the selected shop."));
}

qint64 RetailersPage::currentRetailer() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, kIdRole).toLongLong() : -1;
}

bool RetailersPage::currentHasApi() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item && item->data(NameColumn, kHasApiRole).toBool();
}

bool RetailersPage::currentLinked() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item && item->data(NameColumn, kLinkedRole).toBool();
}

QString RetailersPage::currentName() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void RetailersPage::selectRetailer(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(NameColumn, kIdRole).toLongLong() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void RetailersPage::refresh()
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    const qint64 selected = currentRetailer();
    Result<QList<Retailer>> list = RetailerStore(*vault).list();
    if (!list) {
        Style::setMessage(m_error, list.error().message);
        return;
    }
    const QLocale locale(m_languages ? m_languages->language() : QStringLiteral("en"));
    const SnapshotStore snapshots(*vault);
    m_list->setSortingEnabled(false);
    m_list->clear();
    for (const Retailer &r : *list) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, r.name);
        item->setData(NameColumn, kIdRole, r.id);
        item->setText(WebsiteColumn, r.website);
        item->setText(EmailColumn, r.privacyEmail);
        Result<std::optional<SnapshotInfo>> latest = snapshots.latestSnapshot(r.id);
        item->setData(NameColumn, kImportedRole, latest && latest->has_value());
        item->setText(ImportColumn,
                      latest && latest->has_value()
                          ? locale.toString((*latest)->importedAt.toLocalTime(),
                                            QLocale::ShortFormat)
                          : tr("Not yet"));
        const bool linked = !r.apiBase.isEmpty() && m_services->isLinked(r.id);
        item->setData(NameColumn, kHasApiRole, !r.apiBase.isEmpty());
        item->setData(NameColumn, kLinkedRole, linked);
        item->setText(AccountColumn,
                      r.apiBase.isEmpty() ? tr("No Roer link")
                          : linked        ? tr("Linked")
                                          : tr("Not linked"));
    }
    m_list->setSortingEnabled(true);
    for (int c = NameColumn; c < AccountColumn; ++c)
        m_list->resizeColumnToContents(c);
    m_stack->setCurrentIndex(list->isEmpty() ? 0 : 1);
    selectRetailer(selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void RetailersPage::updateButtons()
{
    const bool one = m_list->currentItem() != nullptr;
    const bool linking = m_services->isLinking();
    m_link->setVisible(one && currentHasApi() && !currentLinked() && !linking);
    m_unlink->setVisible(one && currentLinked());
    m_refreshData->setVisible(one && currentLinked());
    m_import->setEnabled(one);
    QTreeWidgetItem *item = m_list->currentItem();
    m_imports->setEnabled(item && item->data(NameColumn, kImportedRole).toBool());
    m_rename->setEnabled(one);
    m_remove->setEnabled(one);
}

void RetailersPage::addRetailer()
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    auto *dialog = new AddRetailerDialog(*vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->addedId();
        Style::setMessage(m_error, QString());
        refresh();
        selectRetailer(id);
        Style::setMessage(m_status,
                          tr("%1 was added. Now import the data file they sent you.")
                              .arg(currentName()));
        qCInfo(lcUi) << "Retailer added";
        emit retailersChanged();
    });
    dialog->open();
}

void RetailersPage::renameRetailer()
{
    const qint64 id = currentRetailer();
    if (id < 0)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename retailer"));
    dialog->setLabelText(tr("New name for %1:").arg(currentName()));
    dialog->setTextValue(currentName());
    dialog->setOkButtonText(tr("Rename"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &name) {
        Vault *vault = m_manager->vault();
        if (!vault)
            return;
        Result<void> renamed = RetailerStore(*vault).rename(id, name.trimmed());
        Style::setMessage(m_error, renamed ? QString() : renamed.error().message);
        refresh();
        if (renamed)
            emit retailersChanged();
    });
    dialog->open();
}

void RetailersPage::removeRetailer()
{
    Vault *vault = m_manager->vault();
    const qint64 id = currentRetailer();
    if (!vault || id < 0)
        return;
    const QString name = currentName();
    const bool sure = MessageBox::confirm(
        this, tr("Remove %1?").arg(name),
        tr("Remove %1 from Roer?\n\nRoer deletes all data you imported from %1 from your vault, "
           "and the corrections you made. You cannot undo this.\n\n%1 itself keeps its own copy. "
           "To have that deleted, send the shop a request.")
            .arg(name),
        tr("Remove and delete data"));
    if (!sure)
        return;
    Result<void> removed = RetailerStore(*vault).remove(id);
    if (!removed) {
        Style::setMessage(m_error, removed.error().message);
        return;
    }
    qCInfo(lcUi) << "Retailer removed with its snapshots";
    Style::setMessage(m_error, QString());
    Style::setMessage(m_status, tr("%1 and all its data were removed from Roer.").arg(name));
    refresh();
    emit retailersChanged();
}

void RetailersPage::importFiles(const QStringList &files)
{
    Vault *vault = m_manager->vault();
    const qint64 id = currentRetailer();
    if (!vault || id < 0)
        return;
    auto *dialog = new ImportDialog(*vault, id, currentName(), this);
    dialog->setWorkerConnection([manager = m_manager] { return manager->openWorkerConnection(); });
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addFiles(files);
    // Locking closes the vault: the dialog's import must stop (and roll back) before that.
    connect(m_manager, &VaultManager::aboutToLock, dialog, [dialog] { delete dialog; });
    connect(dialog, &ImportDialog::importFinished, this, [this, id, name = currentName()] {
        refresh();
        selectRetailer(id);
        Style::setMessage(m_status,
                          tr("New data from %1 is in your vault. See it under My data.").arg(name));
        emit dataImported(id);
    });
    dialog->open();
}

void RetailersPage::showImports()
{
    Vault *vault = m_manager->vault();
    const qint64 id = currentRetailer();
    if (!vault || id < 0)
        return;
    auto *dialog =
        new ImportHistoryDialog(*vault, id, currentName(),
                                m_languages ? m_languages->language() : QStringLiteral("en"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_manager, &VaultManager::aboutToLock, dialog, [dialog] { delete dialog; });
    connect(dialog, &ImportHistoryDialog::importsChanged, this, [this, id] {
        refresh();
        selectRetailer(id);
        Style::setMessage(m_status, tr("The import was deleted."));
        emit dataImported(id);
    });
    dialog->open();
}

void RetailersPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && currentRetailer() >= 0)
        event->acceptProposedAction();
}

void RetailersPage::dropEvent(QDropEvent *event)
{
    QStringList files;
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(files);
}

void RetailersPage::linkAccount()
{
    const qint64 id = currentRetailer();
    if (id < 0 || !currentHasApi() || !m_services->ensure())
        return;
    const QString name = currentName();
    Style::setMessage(m_error, QString());
    m_cancelLink->show();
    Style::setMessage(m_status,
                      tr("Your browser opens the sign-in page of %1. Sign in there and allow Roer. "
                         "Then come back here.")
                          .arg(name));
    m_services->link(id, [this, id, name](Result<void> result) {
        m_cancelLink->hide();
        refresh();
        selectRetailer(id);
        if (!result) {
            Style::setMessage(m_status, QString());
            Style::setMessage(
                m_error, tr("Linking your account did not work. %1").arg(result.error().message));
            return;
        }
        Style::setMessage(
            m_status, tr("Your account at %1 is linked. You can now refresh your data.").arg(name));
    });
    updateButtons();
    m_cancelLink->setFocus();
}

void RetailersPage::cancelLink()
{
    m_services->cancelLink();
    m_cancelLink->hide();
    Style::setMessage(m_status, tr("Linking stopped. Nothing was changed."));
    updateButtons();
    m_link->setFocus();
}

void RetailersPage::unlinkAccount()
{
    const qint64 id = currentRetailer();
    if (id < 0 || !currentLinked())
        return;
    const QString name = currentName();
    const bool sure = MessageBox::confirm(
        this, tr("Unlink %1?").arg(name),
        tr("Unlink your account at %1?\n\nRoer removes its sign-in from this computer. It can then "
           "no "
           "longer fetch your data or send your choices to %1 directly.\n\nYour choices, their "
           "history "
           "and the data you already have stay in your vault. You can link again at any time.")
            .arg(name),
        tr("Unlink"));
    if (!sure)
        return;
    m_services->unlink(id, [this, id, name](Result<void> result) {
        if (!result) {
            Style::setMessage(m_error, result.error().message);
            return;
        }
        qCInfo(lcUi) << "Retailer account unlinked";
        Style::setMessage(m_error, QString());
        refresh();
        selectRetailer(id);
        Style::setMessage(m_status, tr("Your account at %1 is no longer linked.").arg(name));
    });
}

void RetailersPage::refreshData()
{
    const qint64 id = currentRetailer();
    if (id < 0 || !currentLinked() || !m_services->ensure())
        return;
    const QString name = currentName();
    auto *dialog = new RefreshDialog(m_services->refresher(), id, name, this);
    dialog->setObjectName(QStringLiteral("refreshDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefreshDialog::refreshFinished, this, [this, id, name] {
        refresh();
        selectRetailer(id);
        Style::setMessage(m_status,
                          tr("New data from %1 is in your vault. See it under My data.").arg(name));
        emit dataImported(id);
    });
    dialog->open();
    dialog->start();
}
