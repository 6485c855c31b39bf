#include "DataTreeModel.h"

#include "ValueMask.h"
#include "core/Logging.h"
#include "explain/Catalogue.h"
#include "explain/ValueKind.h"
#include "importing/RecordBlob.h"
#include "importing/SnapshotStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPersistentModelIndex>

#include <algorithm>

// Internal ids: 0 = category row; odd = field row of category (id >> 1);
// even and non-zero = value row of field ((id >> 1) - 1). Works with 32-bit quintptr too.
namespace {
quintptr fieldRowId(int category)
{
    return (quintptr(category) << 1) | 1u;
}
quintptr valueRowId(int field)
{
    return quintptr(field + 1) << 1;
}
} // namespace

DataTreeModel::DataTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

QString DataTreeModel::categoryTitle(const QString &categoryId, const QString &language)
{
    if (categoryId.isEmpty())
        return QCoreApplication::translate("DataTreeModel", "Not recognised");
    if (const Catalogue::Category *c = Catalogue::builtIn().category(categoryId))
        return c->title.in(language);
    return categoryId;
}

void DataTreeModel::clear()
{
    beginResetModel();
    m_vault = nullptr;
    m_snapshotId = 0;
    m_fields.clear();
    m_nodes.clear();
    m_categories.clear();
    m_loadedValues = 0;
    m_revealedField = m_revealedRow = -1;
    endResetModel();
}

void DataTreeModel::setSnapshot(Vault &vault, qint64 snapshotId,
                                const QList<ExplainedField> &fields, const QString &language)
{
    beginResetModel();
    m_vault = &vault;
    m_revealedField = m_revealedRow = -1;
    m_snapshotId = snapshotId;
    m_language = language;
    m_fields = fields;
    m_nodes = QList<FieldNode>(fields.size());
    m_categories.clear();
    m_loadedValues = 0;
    m_firstRowId = 0;
    m_lastRowId = -1;
    auto st = m_vault->prepare("SELECT first_record_id, last_record_id FROM snapshot WHERE id = ?");
    st.bind(1, snapshotId);
    if (auto row = st.step(); row && row.value()) {
        m_firstRowId = st.int64(0);
        m_lastRowId = st.int64(1);
    }
    // Recognised categories by title; "not personal data" and "not recognised" last.
    QHash<QString, int> byId;
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString id = m_fields.at(i).classification.category;
        auto it = byId.find(id);
        if (it == byId.end()) {
            it = byId.insert(id, int(m_categories.size()));
            m_categories.append({id, categoryTitle(id, language), {}, 0});
        }
        m_categories[*it].fields.append(i);
        m_categories[*it].values += m_fields.at(i).count;
    }
    auto rank = [](const CategoryNode &c) {
        return c.id.isEmpty() ? 2 : c.id == QLatin1String("none") ? 1 : 0;
    };
    std::stable_sort(m_categories.begin(), m_categories.end(),
                     [&](const CategoryNode &a, const CategoryNode &b) {
                         if (rank(a) != rank(b))
                             return rank(a) < rank(b);
                         return QString::localeAwareCompare(a.title, b.title) < 0;
                     });
    for (int c = 0; c < m_categories.size(); ++c) {
        const QList<int> &list = m_categories.at(c).fields;
        for (int r = 0; r < list.size(); ++r) {
            m_nodes[list.at(r)].category = c;
            m_nodes[list.at(r)].row = r;
            m_nodes[list.at(r)].complete = m_fields.at(list.at(r)).count == 0;
        }
    }
    endResetModel();
}

const ExplainedField *DataTreeModel::fieldAt(const QModelIndex &index) const
{
    const int f = fieldOf(index);
    return f < 0 ? nullptr : &m_fields.at(f);
}

QModelIndex DataTreeModel::indexOfField(const QString &dataFile, const QString &path) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields.at(i).dataFile == dataFile && m_fields.at(i).path == path)
            return createIndex(m_nodes.at(i).row, 0, fieldRowId(m_nodes.at(i).category));
    return {};
}

void DataTreeModel::setValuesMasked(bool masked)
{
    if (masked == m_masked)
        return;
    m_masked = masked;
    valuesChanged();
    emit valuesMaskedChanged(masked);
}

void DataTreeModel::setKindsOnly(bool kindsOnly)
{
    if (kindsOnly == m_kindsOnly)
        return;
    m_kindsOnly = kindsOnly;
    m_revealedField = m_revealedRow = -1;
    valuesChanged();
}

void DataTreeModel::setRevealed(const QModelIndex &valueIndex)
{
    const QModelIndex old = m_revealedField < 0
        ? QModelIndex()
        : index(m_revealedRow, 0,
                createIndex(m_nodes.at(m_revealedField).row, 0,
                            fieldRowId(m_nodes.at(m_revealedField).category)));
    const bool value = valueIndex.isValid() && kind(valueIndex) == ValueRow;
    m_revealedField = value ? fieldOf(valueIndex) : -1;
    m_revealedRow = value ? valueIndex.row() : -1;
    if (old.isValid())
        emit dataChanged(old, old);
    if (value)
        emit dataChanged(valueIndex, valueIndex);
}

QString DataTreeModel::valueText(const QModelIndex &index, const Value &v) const
{
    const int field = fieldOf(index);
    const bool revealed = field == m_revealedField && index.row() == m_revealedRow;
    if (m_kindsOnly && !revealed)
        return ValueKind::describe(v.raw, m_fields.at(field).classification.category);
    if (m_masked && !revealed)
        return ValueMask::mask(v.raw);
    // One line per value: line breaks inside a value (addresses) become commas.
    return QString(v.raw).replace(QLatin1Char('\n'), QStringLiteral(", "));
}

void DataTreeModel::valuesChanged()
{
    for (int f = 0; f < m_nodes.size(); ++f) {
        const FieldNode &node = m_nodes.at(f);
        if (node.values.isEmpty())
            continue;
        const QModelIndex parent = createIndex(node.row, 0, fieldRowId(node.category));
        emit dataChanged(index(0, 0, parent), index(int(node.values.size()) - 1, 0, parent));
    }
}

DataTreeModel::Kind DataTreeModel::kind(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    return id == 0 ? CategoryRow : (id & 1u) ? FieldRow : ValueRow;
}

int DataTreeModel::fieldOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    switch (kind(index)) {
    case CategoryRow: return -1;
    case FieldRow: return m_categories.at(int(index.internalId() >> 1)).fields.at(index.row());
    case ValueRow: return int(index.internalId() >> 1) - 1;
    }
    return -1;
}

QModelIndex DataTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (kind(parent) == CategoryRow)
        return createIndex(row, column, fieldRowId(parent.row()));
    return createIndex(row, column, valueRowId(fieldOf(parent)));
}

QModelIndex DataTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    switch (kind(child)) {
    case CategoryRow: return {};
    case FieldRow: return createIndex(int(child.internalId() >> 1), 0, quintptr(0));
    case ValueRow: {
        const FieldNode &node = m_nodes.at(int(child.internalId() >> 1) - 1);
        return createIndex(node.row, 0, fieldRowId(node.category));
    }
    }
    return {};
}

int DataTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.column() != 0)
        return 0;
    switch (kind(parent)) {
    case CategoryRow: return int(m_categories.at(parent.row()).fields.size());
    case FieldRow: return int(m_nodes.at(fieldOf(parent)).values.size());
    case ValueRow: return 0;
    }
    return 0;
}

int DataTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool DataTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_categories.isEmpty();
    if (parent.column() != 0)
        return false;
    if (kind(parent) == FieldRow)
        return m_fields.at(fieldOf(parent)).count > 0;
    return kind(parent) == CategoryRow;
}

bool DataTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return m_vault && parent.isValid() && parent.column() == 0 && kind(parent) == FieldRow
        && !m_nodes.at(fieldOf(parent)).complete;
}

void DataTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int f = fieldOf(parent);
    FieldNode &node = m_nodes[f];
    // Keyset paging over the snapshot's contiguous record id range: each page starts after
    // the last record shown, so reading on never rescans what was shown. A record's fields
    // are one blob; only this field's values become text.
    const qint64 fieldId = m_fields.at(f).fieldId;
    QList<Value> page;
    qint64 lastRead = node.lastRowId;
    qint64 scanned = 0;
    Result<void> read =
        SnapshotStore(*m_vault).forEachRecord(std::max(m_firstRowId, node.lastRowId + 1),
                                              m_lastRowId,
                                              [&](qint64 recordId, QByteArrayView blob) {
                                                  RecordBlob::Reader reader(blob);
                                                  RecordBlob::FieldView v;
                                                  while (reader.next(v))
                                                      if (v.fieldPathId == fieldId)
                                                          page.append({recordId, v.rawText()});
                                                  lastRead = recordId;
                                                  return page.size() < kPageSize
                                                      && ++scanned < kScanBudget;
                                              });
    if (!read) {
        qCWarning(lcUi) << "Reading values failed:" << int(read.error().code);
        node.complete = true;
        return;
    }
    node.lastRowId = std::max(node.lastRowId, lastRead);
    if (lastRead >= m_lastRowId || scanned == 0)
        node.complete = true;
    if (!page.isEmpty()) {
        const int first = int(node.values.size());
        beginInsertRows(parent, first, first + int(page.size()) - 1);
        node.values.append(page);
        m_loadedValues += page.size();
        endInsertRows();
    }
    if (node.values.size() >= m_fields.at(f).count)
        node.complete = true;
    // Out of budget before a page was full: go on in the next turn, so the window stays
    // responsive and the field does not look empty. A view only asks again when it needs rows.
    if (!node.complete && page.size() < kPageSize && !node.continuing) {
        node.continuing = true;
        const QPersistentModelIndex again(parent);
        QMetaObject::invokeMethod(
            this,
            [this, again] {
                if (!again.isValid())
                    return;
                m_nodes[fieldOf(again)].continuing = false;
                fetchMore(again);
            },
            Qt::QueuedConnection);
    }
}

QVariant DataTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Kind k = kind(index);
    if (role == KindRole)
        return int(k);
    if (role == FieldIndexRole)
        return fieldOf(index);
    QLocale locale(m_language);
    switch (k) {
    case CategoryRow: {
        const CategoryNode &c = m_categories.at(index.row());
        if (role == CategoryIdRole)
            return c.id;
        if (role == SortRole)
            return index.column() == CountColumn ? QVariant(c.values) : QVariant(c.title);
        if (role == FilterTextRole)
            return c.title;
        if (role == Qt::DisplayRole)
            return index.column() == NameColumn ? c.title : locale.toString(c.values);
        break;
    }
    case FieldRow: {
        const ExplainedField &f = m_fields.at(fieldOf(index));
        const QString name = f.path.section(QStringLiteral(" › "), -1);
        if (role == CategoryIdRole)
            return f.classification.category;
        if (role == SortRole)
            return index.column() == CountColumn ? QVariant(f.count) : QVariant(name);
        if (role == FilterTextRole)
            return f.path + QLatin1Char(' ') + f.title;
        if (role == Qt::DisplayRole)
            return index.column() == NameColumn ? name : locale.toString(f.count);
        if (role == Qt::ToolTipRole)
            return f.path;
        break;
    }
    case ValueRow: {
        if (index.column() != NameColumn)
            break;
        const Value &v = m_nodes.at(fieldOf(index)).values.at(index.row());
        if (role == SortRole)
            return index.row(); // values keep the export's order
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return valueText(index, v);
        if (role == Qt::AccessibleTextRole && m_kindsOnly)
            return valueText(index, v);
        if (role == Qt::AccessibleTextRole && m_masked)
            return QCoreApplication::translate("DataTreeModel", "Hidden value");
        break;
    }
    }
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DataTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? QCoreApplication::translate("DataTreeModel", "Data")
                                 : QCoreApplication::translate("DataTreeModel", "How many");
}

Qt::ItemFlags DataTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (kind(index) == ValueRow)
        f |= Qt::ItemNeverHasChildren;
    return f;
}
