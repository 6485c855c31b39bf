#include "DataTreeModel.h"

#include "explain/Catalogue.h"
#include "explain/ExplanationJson.h"
#include "core/Logging.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QLocale>

DataTreeModel::DataTreeModel(Vault &vault, QObject *parent) : QAbstractItemModel(parent), m_vault(vault) {}

void DataTreeModel::setSnapshot(qint64 snapshotId, const SnapshotExplanation &explanation)
{
    m_changing = true;
    beginResetModel();
    m_snapshotId = snapshotId;
    m_categories.clear();
    m_fields.clear();
    m_loadedValues = 0;

    // Categories in catalogue order; fields Roer could not place come last.
    const Catalogue &catalogue = Catalogue::builtIn();
    QHash<QString, int> categoryRow;
    QStringList order;
    for (const Catalogue::Category &c : catalogue.categories())
        order << c.id;
    order << QString();
    for (const QString &id : std::as_const(order)) {
        for (const ExplainedField &f : explanation.fields) {
            const QString fieldCategory = f.classification.recognised() ? f.classification.category : QString();
            if (fieldCategory != id)
                continue;
            if (!categoryRow.contains(id)) {
                CategoryNode node;
                node.id = id;
                if (const Catalogue::Category *c = catalogue.category(id)) {
                    node.title = c->title.in(explanation.language);
                    node.explanation = c->explanation.in(explanation.language);
                } else {
                    node.title = f.title; // "Not recognised", already translated
                }
                categoryRow.insert(id, int(m_categories.size()));
                m_categories << node;
            }
            CategoryNode &category = m_categories[categoryRow.value(id)];
            FieldNode field;
            field.info = f;
            field.category = categoryRow.value(id);
            field.row = int(category.fields.size());
            category.values += f.count;
            category.fields << int(m_fields.size());
            m_fields << field;
        }
    }
    endResetModel();
    m_changing = false;
}

void DataTreeModel::setValuesMasked(bool masked)
{
    if (masked == m_masked)
        return;
    m_masked = masked;
    m_changing = true;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const FieldNode &f = m_fields.at(i);
        if (f.values.isEmpty())
            continue;
        const QModelIndex parent = createIndex(f.row, 0, quintptr(f.category + 1));
        emit dataChanged(index(0, NameColumn, parent), index(int(f.values.size()) - 1, NameColumn, parent),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    }
    m_changing = false;
    emit valuesMaskedChanged(masked);
}

QString DataTreeModel::mask(const QString &value)
{
    // Keep the first character of each word and any punctuation, hide every other letter
    // and digit except the last two (enough to tell "NL91…00" from "NL20…67").
    QString out = value;
    const qsizetype keepTail = value.size() > 6 ? 2 : 0;
    bool wordStart = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (!c.isLetterOrNumber()) {
            wordStart = true;
            continue;
        }
        if (!wordStart && i < out.size() - keepTail)
            out[i] = QChar(0x2022);
        wordStart = false;
    }
    return out;
}

DataTreeModel::Kind DataTreeModel::kindOf(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    return id == 0 ? Kind::Category : id < kFieldBase ? Kind::Field : Kind::Value;
}

const DataTreeModel::FieldNode *DataTreeModel::fieldOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    switch (kindOf(index)) {
    case Kind::Category:
        return nullptr;
    case Kind::Field:
        return &m_fields.at(m_categories.at(int(index.internalId()) - 1).fields.at(index.row()));
    case Kind::Value:
        return &m_fields.at(qsizetype(index.internalId() / kFieldBase) - 1);
    }
    return nullptr;
}

QModelIndex DataTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_categories.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.column() != 0)
        return {};
    switch (kindOf(parent)) {
    case Kind::Category:
        return row < m_categories.at(parent.row()).fields.size()
            ? createIndex(row, column, quintptr(parent.row() + 1))
            : QModelIndex();
    case Kind::Field: {
        const int fieldIndex = m_categories.at(int(parent.internalId()) - 1).fields.at(parent.row());
        return row < m_fields.at(fieldIndex).values.size()
            ? createIndex(row, column, quintptr(fieldIndex + 1) * kFieldBase)
            : QModelIndex();
    }
    case Kind::Value:
        return {};
    }
    return {};
}

QModelIndex DataTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    switch (kindOf(child)) {
    case Kind::Category:
        return {};
    case Kind::Field:
        return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
    case Kind::Value: {
        const FieldNode &f = m_fields.at(qsizetype(child.internalId() / kFieldBase) - 1);
        return createIndex(f.row, 0, quintptr(f.category + 1));
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
    switch (kindOf(parent)) {
    case Kind::Category:
        return int(m_categories.at(parent.row()).fields.size());
    case Kind::Field:
        return int(fieldOf(parent)->values.size());
    case Kind::Value:
        return 0;
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
    switch (kindOf(parent)) {
    case Kind::Category:
        return !m_categories.at(parent.row()).fields.isEmpty();
    case Kind::Field: {
        const FieldNode *f = fieldOf(parent);
        return !f->values.isEmpty() || (!f->exhausted && f->info.count > 0);
    }
    case Kind::Value:
        return false;
    }
    return false;
}

QVariant DataTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QLocale locale;
    switch (kindOf(index)) {
    case Kind::Category: {
        const CategoryNode &c = m_categories.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QVariant(c.title) : QVariant(locale.toString(c.values));
        case Qt::ToolTipRole:
        case ExplanationRole:
            return c.explanation;
        case KindRole:
            return QStringLiteral("category");
        case CategoryRole:
            return c.id;
        default:
            return {};
        }
    }
    case Kind::Field: {
        const FieldNode *f = fieldOf(index);
        const FieldClassification &c = f->info.classification;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == CountColumn)
                return locale.toString(f->info.count);
            return QCoreApplication::translate("DataTreeModel", "%1 (in %2)")
                .arg(ExplanationJson::fieldPathInFile(f->info.path, f->info.dataFile), f->info.dataFile);
        case Qt::ToolTipRole:
        case ReasonRole:
            return c.reason;
        case ExplanationRole:
            return f->info.explanation;
        case KindRole:
            return QStringLiteral("field");
        case CategoryRole:
            return c.category;
        case ConfidenceRole:
            return c.confidence;
        case FieldIdRole:
            return f->info.fieldId;
        case PurposesRole:
            return f->info.purposes;
        case WhatYouCanDoRole:
            return f->info.whatYouCanDo;
        default:
            return {};
        }
    }
    case Kind::Value: {
        if (role == KindRole)
            return QStringLiteral("value");
        if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || index.column() != NameColumn)
            return {};
        const QString &value = fieldOf(index)->values.at(index.row());
        return m_masked ? mask(value) : value;
    }
    }
    return {};
}

QVariant DataTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? QCoreApplication::translate("DataTreeModel", "What they have")
                                 : QCoreApplication::translate("DataTreeModel", "How many");
}

bool DataTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0 || kindOf(parent) != Kind::Field)
        return false;
    const FieldNode *f = fieldOf(parent);
    return !f->exhausted && f->values.size() < f->info.count;
}

void DataTreeModel::fetchMore(const QModelIndex &parent)
{
    if (m_changing || !canFetchMore(parent))
        return;
    FieldNode &f = m_fields[m_categories.at(int(parent.internalId()) - 1).fields.at(parent.row())];
    // Keyset paging over the snapshot's field id range: each batch continues where the last
    // one stopped, so scrolling deep into a million values never re-reads the start.
    // (Reads the importer's tables directly: SnapshotStore has no paged call yet.)
    SqlStatement st = m_vault.prepare(
        "SELECT f.id, f.raw FROM snapshot s "
        "JOIN field f ON f.id BETWEEN max(s.first_field_id, ?3 + 1) AND s.last_field_id "
        "WHERE s.id = ?1 AND f.field_path_id = ?2 ORDER BY f.id LIMIT ?4");
    st.bind(1, m_snapshotId).bind(2, f.info.fieldId).bind(3, f.lastFieldRowId).bind(4, kBatchSize);
    QStringList batch;
    qint64 last = f.lastFieldRowId;
    for (;;) {
        Result<bool> row = st.step();
        if (!row) {
            qCWarning(lcUi) << "reading values failed";
            f.exhausted = true;
            return;
        }
        if (!*row)
            break;
        last = st.int64(0);
        batch << st.text(1);
    }
    if (batch.size() < kBatchSize)
        f.exhausted = true;
    if (batch.isEmpty())
        return;
    const int first = int(f.values.size());
    m_changing = true;
    beginInsertRows(parent, first, first + int(batch.size()) - 1);
    f.values += batch;
    f.lastFieldRowId = last;
    m_loadedValues += batch.size();
    endInsertRows();
    m_changing = false;
}
