#include "MyDataPage.h"

#include "DataFilterModel.h"
#include "DataSearch.h"
#include "DataTreeModel.h"
#include "ExplanationPanel.h"
#include "HelpDeskMode.h"
#include "LanguageManager.h"
#include "SearchIndexNote.h"
#include "Style.h"
#include "ValueMask.h"
#include "core/Logging.h"
#include "directory/RetailerStore.h"
#include "explain/CorrectionStore.h"
#include "explain/ExplainService.h"
#include "explain/ValueKind.h"
#include "importing/SnapshotStore.h"
#include "vault/VaultManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kSearchLimit = 200;
constexpr int kRetailerRole = Qt::UserRole + 2;
constexpr int kFileRole = Qt::UserRole + 3;
constexpr int kPathRole = Qt::UserRole + 4;
} // namespace

MyDataPage::MyDataPage(VaultManager *manager, LanguageManager *languages, ExplainService *explain,
                       QWidget *parent)
    : QWidget(parent), m_manager(manager), m_languages(languages), m_explain(explain),
      m_title(new QLabel(this)), m_intro(new QLabel(this)), m_retailerLabel(new QLabel(this)),
      m_retailer(new QComboBox(this)), m_searchLabel(new QLabel(this)),
      m_search(new QLineEdit(this)), m_searchButton(new QPushButton(this)),
      m_filterLabel(new QLabel(this)), m_filterEdit(new QLineEdit(this)),
      m_unrecognised(new QCheckBox(this)), m_showValues(new QPushButton(this)),
      m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)),
      m_emptyAction(new QPushButton(this)), m_tree(new QTreeView(this)),
      m_panel(new ExplanationPanel(this)), m_hitsLabel(new QLabel(this)),
      m_hits(new QTreeWidget(this)), m_closeHits(new QPushButton(this)), m_error(new QLabel(this)),
      m_busy(new QWidget(this)), m_busyLabel(new QLabel(m_busy)),
      m_busyBar(new QProgressBar(m_busy)), m_searchNote(new SearchIndexNote(manager, this))
{
    setObjectName(QStringLiteral("myDataPage"));
    Style::makeTitle(m_title);
    Style::makeBody(m_intro);
    Style::makeError(m_error);
    Style::makeSubtitle(m_hitsLabel);
    m_hitsLabel->setObjectName(QStringLiteral("searchHitsLabel"));
    m_retailer->setObjectName(QStringLiteral("dataRetailerCombo"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_filterEdit->setObjectName(QStringLiteral("filterField"));
    m_unrecognised->setObjectName(QStringLiteral("onlyUnrecognised"));
    m_error->setObjectName(QStringLiteral("myDataError"));
    m_showValues->setObjectName(QStringLiteral("showValuesButton"));
    m_tree->setObjectName(QStringLiteral("dataTree"));
    m_hits->setObjectName(QStringLiteral("searchResults"));
    m_closeHits->setObjectName(QStringLiteral("closeResultsButton"));
    m_empty->setObjectName(QStringLiteral("dataEmptyState"));
    m_busy->setObjectName(QStringLiteral("dataExplaining"));
    m_busyLabel->setObjectName(QStringLiteral("dataExplainingNote"));
    m_busyBar->setObjectName(QStringLiteral("dataExplainProgress"));
    Style::makeBody(m_busyLabel);
    m_busyLabel->setWordWrap(false);
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedWidth(280);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->setSpacing(Style::kSpacing);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addStretch(1);
    m_busy->hide();
    m_emptyAction->setObjectName(QStringLiteral("dataEmptyAction"));
    m_retailerLabel->setBuddy(m_retailer);
    m_searchLabel->setBuddy(m_search);
    m_filterLabel->setBuddy(m_filterEdit);
    m_hitsLabel->setBuddy(m_hits);
    m_showValues->setCheckable(true);
    m_search->setClearButtonEnabled(true);
    m_filterEdit->setClearButtonEnabled(true);
    m_retailer->setMinimumWidth(200);
    m_retailer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_retailer->setMinimumContentsLength(14);

    m_model = new DataTreeModel(this);
    m_filter = new DataFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_tree->setModel(m_filter);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DataTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DataTreeModel::CountColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->setMinimumWidth(320);

    m_hits->setColumnCount(3);
    m_hits->setRootIsDecorated(false);
    m_hits->setUniformRowHeights(true);
    m_hits->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_hits->hide();
    m_hitsLabel->hide();
    m_closeHits->hide();

    auto *panelScroll = new QScrollArea(this);
    panelScroll->setObjectName(QStringLiteral("explanationScroll"));
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setStyleSheet(
        QStringLiteral("QScrollArea#explanationScroll { background: #ffffff; "
                       "border: 1px solid #dde3e8; border-radius: 10px; }"
                       "QWidget#explanationPanel { background: #ffffff; }"));
    panelScroll->setMinimumWidth(300);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setStyleSheet(QStringLiteral("QTreeView#dataTree::item { padding: 3px 0; }"));
    m_hits->setStyleSheet(QStringLiteral("QTreeWidget#searchResults::item { padding: 3px 0; }"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(8);
    leftLayout->addWidget(m_tree, 3);
    auto *hitsHeader = new QHBoxLayout;
    hitsHeader->addWidget(m_hitsLabel, 1);
    hitsHeader->addWidget(m_closeHits);
    leftLayout->addLayout(hitsHeader);
    leftLayout->addWidget(m_hits, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(panelScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(0, 24, 0, 0);
    Style::makeBody(m_empty);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);
    Style::makePrimary(m_emptyAction);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(splitter);

    // Two rows: what to look at (shop, filter, show values), and the search over everything.
    auto *top = new QGridLayout;
    top->setHorizontalSpacing(Style::kSpacing);
    top->setVerticalSpacing(8);
    auto *firstRow = new QHBoxLayout;
    firstRow->setSpacing(Style::kSpacing);
    firstRow->addWidget(m_retailer);
    firstRow->addSpacing(2 * Style::kSpacing);
    firstRow->addWidget(m_filterLabel);
    firstRow->addWidget(m_filterEdit, 1);
    firstRow->addWidget(m_unrecognised);
    firstRow->addSpacing(Style::kSpacing);
    firstRow->addWidget(m_showValues);
    auto *secondRow = new QHBoxLayout;
    secondRow->setSpacing(Style::kSpacing);
    secondRow->addWidget(m_search, 1);
    secondRow->addWidget(m_searchButton);
    top->addWidget(m_retailerLabel, 0, 0);
    top->addLayout(firstRow, 0, 1);
    top->addWidget(m_searchLabel, 1, 0);
    top->addLayout(secondRow, 1, 1);
    top->setColumnStretch(1, 1);
    m_filterEdit->setMinimumWidth(200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Style::kPageMargin, Style::kPageMargin, Style::kPageMargin,
                               Style::kPageMargin);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addWidget(m_searchNote);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_stack, 1);

    connect(m_retailer, &QComboBox::activated, this, [this] { loadRetailer(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MyDataPage::selectionChanged);
    connect(m_panel, &ExplanationPanel::correctionRequested, this, &MyDataPage::correct);
    connect(m_panel, &ExplanationPanel::requestWanted, this,
            [this](Requests::Kind kind, const QString &category, const QString &fieldPath) {
                RequestDetails details;
                if (!category.isEmpty() && category != QLatin1String("none"))
                    details.categories = {category};
                details.fieldPath = fieldPath;
                emit newRequestRequested(currentRetailer(), kind, details);
            });
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &DataFilterModel::setText);
    connect(m_unrecognised, &QCheckBox::toggled, m_filter, &DataFilterModel::setOnlyUnrecognised);
    connect(m_showValues, &QPushButton::toggled, this, &MyDataPage::showValues);
    HelpDeskMode &helpDesk = HelpDeskMode::instance();
    m_model->setKindsOnly(helpDesk.isOn());
    connect(&helpDesk, &HelpDeskMode::changed, this, &MyDataPage::helpDeskChanged);
    connect(&helpDesk, &HelpDeskMode::remask, this, &MyDataPage::remask);
    connect(m_search, &QLineEdit::returnPressed, this, &MyDataPage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &MyDataPage::search);
    connect(m_hits, &QTreeWidget::itemActivated, this, &MyDataPage::openHit);
    connect(m_closeHits, &QPushButton::clicked, this, [this] {
        m_hits->clear();
        m_hitValues.clear();
        m_hits->hide();
        m_hitsLabel->hide();
        m_closeHits->hide();
    });
    connect(m_emptyAction, &QPushButton::clicked, this, &MyDataPage::retailersRequested);
    connect(m_searchNote, &SearchIndexNote::failed, this,
            [this](const QString &message) { Style::setMessage(m_error, message); });
    connect(m_manager, &VaultManager::locked, this, [this] {
        // The vault is gone: forget everything read from it, values first.
        m_model->clear();
        m_hits->clear();
        m_hitValues.clear();
        m_retailer->clear();
        m_showValues->setChecked(false);
        m_loadedRetailer = m_loadedSnapshot = -1;
        m_pendingSelection.reset();
        showBusy(false);
        m_panel->showNothing();
    });
    connect(m_explain, &ExplainService::explained, this, &MyDataPage::explained);
    connect(m_explain, &ExplainService::explainFailed, this, &MyDataPage::explainFailed);
    connect(m_explain, &ExplainService::progressed, this, &MyDataPage::explainProgressed);
    retranslateUi();
}

QString MyDataPage::language() const
{
    return m_languages ? m_languages->language() : QStringLiteral("en");
}

void MyDataPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (isVisible())
            refresh();
    }
    QWidget::changeEvent(event);
}

void MyDataPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void MyDataPage::updateHitsLabel()
{
    m_hitsLabel->setText(m_lastHitCount == 0 ? tr("Nothing found for “%1”.").arg(m_lastQuery)
                                             : tr("Search results (%1):").arg(m_lastHitCount));
}

void MyDataPage::retranslateUi()
{
    m_title->setText(tr("My data"));
    m_intro->setText(tr("This is the data a shop sent you, explained in plain words. "
                        "Your values stay hidden until you choose to show them."));
    m_retailerLabel->setText(tr("&Shop:"));
    m_searchLabel->setText(tr("Sea&rch:"));
    m_search->setPlaceholderText(tr("Search all your data"));
    m_searchButton->setText(tr("Search"));
    m_filterLabel->setText(tr("&Filter:"));
    m_filterEdit->setPlaceholderText(tr("Name of a field or kind of data"));
    m_unrecognised->setText(tr("Only &not recognised"));
    if (HelpDeskMode::instance().isOn()) {
        m_showValues->setText(m_showValues->isChecked() ? tr("&Hide the value")
                                                        : tr("S&how this value"));
        m_showValues->setToolTip(tr("Shows the value you chose, for 30 seconds. Only you "
                                    "should look."));
    } else {
        m_showValues->setText(m_showValues->isChecked() ? tr("&Hide values") : tr("S&how values"));
        m_showValues->setToolTip(
            tr("Values are hidden so nobody can read along over your shoulder."));
    }
    m_tree->setAccessibleName(tr("Your data by kind"));
    m_hits->setAccessibleName(tr("Search results"));
    m_hits->setHeaderLabels({tr("Shop"), tr("Field"), tr("Value")});
    m_closeHits->setText(tr("Close results"));
    updateHitsLabel(); // the last search's line follows a language switch too (issue 15)
    m_emptyAction->setText(tr("Go to Retailers"));
    m_panel->setLanguage(language());
}

qint64 MyDataPage::currentRetailer() const
{
    return m_retailer->currentIndex() < 0 ? -1 : m_retailer->currentData().toLongLong();
}

void MyDataPage::showRetailer(qint64 retailerId)
{
    // Straight to that retailer: explaining the one shown before would only hold it up.
    refreshFor(retailerId);
}

void MyDataPage::refresh()
{
    refreshFor(currentRetailer());
}

void MyDataPage::refreshFor(qint64 wanted)
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    Style::setMessage(m_error, QString());
    Result<QList<Retailer>> list = RetailerStore(*vault).list();
    m_retailer->clear();
    if (!list) {
        Style::setMessage(m_error, list.error().message);
        return;
    }
    for (const Retailer &r : *list)
        m_retailer->addItem(r.name, r.id);
    m_retailer->setCurrentIndex(std::max(0, m_retailer->findData(wanted)));
    loadRetailer();
    m_searchNote->check();
}

void MyDataPage::loadRetailer()
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    const qint64 id = currentRetailer();
    const bool enabled = id >= 0;
    m_retailer->setEnabled(enabled);
    if (!enabled) {
        m_model->clear();
        showBusy(false);
        m_loadedRetailer = m_loadedSnapshot = -1;
        m_empty->setText(tr(
            "You have no data in Roer yet. Add a shop, then import the data file they sent you."));
        m_emptyAction->setText(tr("Go to Retailers"));
        m_emptyAction->show();
        m_stack->setCurrentIndex(0);
        return;
    }
    Result<std::optional<SnapshotInfo>> latest = SnapshotStore(*vault).latestSnapshot(id);
    if (!latest) {
        Style::setMessage(m_error, latest.error().message);
        return;
    }
    if (!latest->has_value()) {
        m_model->clear();
        showBusy(false);
        m_loadedRetailer = id;
        m_loadedSnapshot = -1;
        m_empty->setText(tr("You did not import data from %1 yet. Ask the shop for your data, "
                            "then import the file on the Retailers page.")
                             .arg(m_retailer->currentText()));
        m_emptyAction->setText(tr("Go to Retailers"));
        m_emptyAction->show();
        m_stack->setCurrentIndex(0);
        return;
    }
    const qint64 snapshot = (*latest)->id;
    m_stack->setCurrentIndex(1);
    if (id == m_loadedRetailer && snapshot == m_loadedSnapshot && language() == m_loadedLanguage) {
        showBusy(false); // unchanged: keep what the customer opened
        applyPendingSelection();
        return;
    }
    if (const std::optional<ExplainOutcome> outcome = m_explain->request(id, language())) {
        apply(*outcome);
        return;
    }
    // Explaining in the background. After a correction the tree of this retailer stays
    // (and usable) until the new explanation replaces it; another retailer starts empty.
    m_waitingRetailer = id;
    m_waitingLanguage = language();
    if (id != m_loadedRetailer) {
        m_model->clear();
        m_panel->showNothing();
        m_loadedRetailer = m_loadedSnapshot = -1;
    }
    showBusy(true);
}

void MyDataPage::apply(const ExplainOutcome &outcome)
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    showBusy(false);
    if (!outcome.explanation) {
        // The snapshot went away meanwhile: show the page as it is now.
        m_loadedSnapshot = -1;
        loadRetailer();
        return;
    }
    m_model->setSnapshot(*vault, outcome.explanation->snapshotId, outcome.explanation->fields,
                         outcome.language);
    m_loadedRetailer = outcome.retailerId;
    m_loadedSnapshot = outcome.explanation->snapshotId;
    m_loadedLanguage = outcome.language;
    m_panel->showNothing();
    for (int i = 0; i < m_filter->rowCount(); ++i)
        m_tree->expand(m_filter->index(i, 0));
    applyPendingSelection();
    qCInfo(lcUi) << "My data shows" << outcome.explanation->fields.size() << "fields";
}

void MyDataPage::explained(const ExplainOutcome &outcome)
{
    if (outcome.retailerId != m_waitingRetailer || outcome.language != m_waitingLanguage
        || outcome.retailerId != currentRetailer())
        return;
    apply(outcome);
}

void MyDataPage::explainFailed(qint64 retailerId, const QString &message)
{
    if (retailerId != m_waitingRetailer)
        return;
    showBusy(false);
    m_pendingSelection.reset();
    Style::setMessage(m_error, tr("Roer could not explain this data. %1").arg(message));
}

void MyDataPage::explainProgressed(qint64 retailerId, qint64 done, qint64 total)
{
    if (retailerId == m_waitingRetailer && total > 0)
        Style::setProgress(m_busyBar, done, total);
}

void MyDataPage::showBusy(bool busy)
{
    if (!busy) {
        m_waitingRetailer = -1;
        m_busy->hide();
        return;
    }
    const QString shop = m_retailer->currentText();
    m_busyLabel->setText(tr("Explaining your data from %1…").arg(shop));
    m_busyBar->setAccessibleName(tr("Progress of explaining your data from %1").arg(shop));
    const auto [done, total] = m_explain->progress(m_waitingRetailer);
    Style::setProgress(m_busyBar, done, total);
    m_busy->show();
}

void MyDataPage::applyPendingSelection()
{
    if (!m_pendingSelection || isExplaining())
        return;
    const Selection wanted = *m_pendingSelection;
    m_pendingSelection.reset();
    const QModelIndex field =
        m_filter->mapFromSource(m_model->indexOfField(wanted.dataFile, wanted.path));
    if (!field.isValid())
        return;
    m_tree->setCurrentIndex(field);
    if (wanted.open)
        m_tree->expand(field);
    m_tree->scrollTo(field);
    if (wanted.open)
        m_tree->setFocus();
}

void MyDataPage::selectionChanged()
{
    const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
    if (!current.isValid()) {
        m_panel->showNothing();
        return;
    }
    if (current.data(DataTreeModel::KindRole).toInt() == DataTreeModel::CategoryRow) {
        const QModelIndex count = current.siblingAtColumn(DataTreeModel::CountColumn);
        m_panel->showCategory(current.data(DataTreeModel::CategoryIdRole).toString(),
                              m_model->rowCount(current),
                              count.data(DataTreeModel::SortRole).toLongLong());
        return;
    }
    if (const ExplainedField *field = m_model->fieldAt(current))
        m_panel->showField(*field);
}

void MyDataPage::correct(const QString &categoryId)
{
    Vault *vault = m_manager->vault();
    const ExplainedField *field = m_model->fieldAt(m_filter->mapToSource(m_tree->currentIndex()));
    if (!vault || !field)
        return;
    const QString dataFile = field->dataFile;
    const QString path = field->path;
    Result<void> stored = CorrectionStore(*vault).set(m_loadedRetailer, dataFile, path, categoryId);
    if (!stored) {
        Style::setMessage(m_error, stored.error().message);
        return;
    }
    qCInfo(lcUi) << "Category corrected by the customer";
    m_pendingSelection = Selection{dataFile, path, false}; // follow the field to its new place
    m_loadedSnapshot = -1;                                 // explain again with the correction
    loadRetailer();
}

void MyDataPage::search()
{
    Vault *vault = m_manager->vault();
    const QString query = m_search->text().trimmed();
    if (!vault || query.isEmpty())
        return;
    Result<QList<DataSearch::Hit>> hits = DataSearch(*vault).run(query, kSearchLimit);
    if (!hits) {
        Style::setMessage(m_error, hits.error().message);
        return;
    }
    m_hits->clear();
    m_hitValues.clear();
    for (const DataSearch::Hit &hit : *hits) {
        auto *item = new QTreeWidgetItem(m_hits);
        item->setText(0, hit.retailer);
        item->setText(1, hit.path.section(QStringLiteral(" › "), -1));
        item->setToolTip(1, hit.path);
        m_hitValues.append(hit.value);
        item->setData(0, kRetailerRole, hit.retailerId);
        item->setData(0, kFileRole, hit.dataFile);
        item->setData(0, kPathRole, hit.path);
    }
    fillHits();
    m_lastQuery = query;
    m_lastHitCount = int(hits->size());
    updateHitsLabel();
    m_searchNote->check();
    m_hits->setVisible(!hits->isEmpty());
    m_hitsLabel->show();
    m_closeHits->show();
    if (!hits->isEmpty())
        m_hits->setCurrentItem(m_hits->topLevelItem(0));
}

void MyDataPage::fillHits()
{
    const bool kinds = HelpDeskMode::instance().isOn();
    const bool masked = !m_showValues->isChecked();
    for (int i = 0; i < m_hits->topLevelItemCount() && i < m_hitValues.size(); ++i) {
        const QString &raw = m_hitValues.at(i);
        m_hits->topLevelItem(i)->setText(2,
                                         kinds        ? ValueKind::describe(raw)
                                             : masked ? ValueMask::mask(raw)
                                                      : QString(raw).replace(QLatin1Char('\n'),
                                                                             QStringLiteral(", ")));
    }
}

void MyDataPage::helpDeskChanged(bool on)
{
    m_showValues->setChecked(false);
    m_model->setKindsOnly(on);
    retranslateUi();
    fillHits();
}

void MyDataPage::remask()
{
    m_model->setRevealed({});
    m_showValues->setChecked(false);
}

void MyDataPage::openHit(QTreeWidgetItem *item)
{
    if (!item)
        return;
    m_pendingSelection =
        Selection{item->data(0, kFileRole).toString(), item->data(0, kPathRole).toString(), true};
    showRetailer(item->data(0, kRetailerRole).toLongLong());
    applyPendingSelection(); // now, or when the explanation arrives
}

void MyDataPage::showValues(bool show)
{
    HelpDeskMode &helpDesk = HelpDeskMode::instance();
    if (helpDesk.isOn()) {
        // One value, the one the customer chose, for a short while.
        const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
        if (show && !m_model->isValueRow(current)) {
            m_showValues->setChecked(false);
            Style::setMessage(m_error, tr("Choose one value in the list first."));
            return;
        }
        m_model->setRevealed(show ? current : QModelIndex());
        if (show)
            helpDesk.startReveal();
        else
            helpDesk.endReveal();
    } else {
        m_model->setValuesMasked(!show);
        fillHits();
    }
    retranslateUi();
}
