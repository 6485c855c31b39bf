#include "ImportHistoryDialog.h"

#include "MessageBox.h"
#include "Style.h"
#include "importing/ImportHistory.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kWhenRole = Qt::UserRole + 2;
enum Column { WhenColumn, FilesColumn, RecordsColumn, ShownColumn, ColumnCount };
} // namespace

ImportHistoryDialog::ImportHistoryDialog(Vault &vault, qint64 retailerId,
                                         const QString &retailerName, const QString &language,
                                         QWidget *parent)
    : QDialog(parent), m_vault(vault), m_retailerId(retailerId), m_retailerName(retailerName),
      m_language(language), m_list(new QTreeWidget(this)), m_empty(new QLabel(this)),
      m_error(new QLabel(this)), m_delete(new QPushButton(this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Imports of %1").arg(retailerName));
    auto *intro = new QLabel(tr("Roer shows your newest import. Is it wrong? Delete it. Then Roer "
                                "shows the import before it again."),
                             this);
    intro->setWordWrap(true);
    Style::makeBody(intro);
    m_list->setObjectName(QStringLiteral("importList"));
    m_list->setAccessibleName(tr("Imports"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Imported on"), tr("Files"), tr("Records"), tr("Shown now")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(FilesColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(RecordsColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ShownColumn, QHeaderView::ResizeToContents);
    intro->setBuddy(m_list);
    m_empty->setObjectName(QStringLiteral("importListEmpty"));
    m_empty->setText(tr("There are no imports of %1 yet.").arg(retailerName));
    Style::makeNote(m_empty);
    m_error->setObjectName(QStringLiteral("importHistoryError"));
    Style::makeError(m_error);
    m_delete->setObjectName(QStringLiteral("deleteImportButton"));
    m_delete->setText(tr("&Delete this import…"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    Style::nameStandardButtons(buttons);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &ImportHistoryDialog::deleteSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_delete->setEnabled(m_list->currentItem() != nullptr); });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    resize(640, 360);
    reload();
}

QString ImportHistoryDialog::when(const QDateTime &at) const
{
    const QLocale locale(m_language == QLatin1String("nl") ? QStringLiteral("nl_NL")
                                                           : QStringLiteral("en_GB"));
    const QDateTime local = at.toLocalTime();
    return tr("%1, %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                            locale.toString(local.time(), QStringLiteral("HH:mm")));
}

void ImportHistoryDialog::reload()
{
    m_list->clear();
    const Result<QList<ImportEntry>> entries = ImportHistory(m_vault).list(m_retailerId);
    Style::setMessage(m_error, entries ? QString() : entries.error().message);
    const QLocale locale(m_language == QLatin1String("nl") ? QStringLiteral("nl_NL")
                                                           : QStringLiteral("en_GB"));
    const QList<ImportEntry> list = entries ? *entries : QList<ImportEntry>();
    for (const ImportEntry &e : list) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn, when(e.importedAt));
        item->setText(FilesColumn, e.source);
        item->setToolTip(FilesColumn, e.source);
        item->setText(RecordsColumn, locale.toString(e.records));
        item->setTextAlignment(RecordsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ShownColumn, e.shown ? tr("Yes") : QString());
        item->setData(WhenColumn, kIdRole, e.snapshotId);
        item->setData(WhenColumn, kWhenRole, e.importedAt);
    }
    const bool any = m_list->topLevelItemCount() > 0;
    m_list->setVisible(any);
    m_empty->setVisible(!any);
    if (any)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_delete->setEnabled(any);
}

void ImportHistoryDialog::deleteSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(WhenColumn, kIdRole).toLongLong();
    const QString date = when(item->data(WhenColumn, kWhenRole).toDateTime());
    QString text = tr("Roer deletes the data of this import from your vault. You cannot undo "
                      "this. Your choices and requests stay as they are.");
    const int index = m_list->indexOfTopLevelItem(item);
    if (index == 0 && m_list->topLevelItemCount() > 1)
        text += QLatin1String("\n\n")
            + tr("Roer then shows the import of %1 again.")
                  .arg(when(m_list->topLevelItem(1)->data(WhenColumn, kWhenRole).toDateTime()));
    else if (index == 0)
        text += QLatin1String("\n\n")
            + tr("This is the only import of %1. Roer then has no data of %1.").arg(m_retailerName);
    if (!MessageBox::confirm(this, tr("Delete the import of %1?").arg(date), text,
                             tr("Delete import")))
        return;
    const Result<void> removed = ImportHistory(m_vault).remove(m_retailerId, id);
    reload();
    if (!removed) {
        Style::setMessage(m_error, removed.error().message);
        return;
    }
    emit importsChanged(m_retailerId);
    m_list->setFocus();
}
