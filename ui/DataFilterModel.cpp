#include "DataFilterModel.h"

#include "DataTreeModel.h"

DataFilterModel::DataFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DataTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DataFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void DataFilterModel::setOnlyUnrecognised(bool only)
{
    m_onlyUnrecognised = only;
    invalidateFilter();
}

bool DataFilterModel::fieldAccepted(const QModelIndex &field, bool categoryMatches) const
{
    if (m_onlyUnrecognised && !field.data(DataTreeModel::CategoryIdRole).toString().isEmpty())
        return false;
    return categoryMatches || m_text.isEmpty()
        || field.data(DataTreeModel::FilterTextRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

bool DataFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (index.data(DataTreeModel::KindRole).toInt()) {
    case DataTreeModel::CategoryRow: {
        const bool matches = m_text.isEmpty()
            || index.data(DataTreeModel::FilterTextRole)
                   .toString()
                   .contains(m_text, Qt::CaseInsensitive);
        const int fields = sourceModel()->rowCount(index);
        for (int i = 0; i < fields; ++i)
            if (fieldAccepted(sourceModel()->index(i, 0, index), matches))
                return true;
        return false;
    }
    case DataTreeModel::FieldRow: {
        const bool categoryMatches = !m_text.isEmpty()
            && sourceParent.data(DataTreeModel::FilterTextRole)
                   .toString()
                   .contains(m_text, Qt::CaseInsensitive);
        return fieldAccepted(index, categoryMatches);
    }
    default: return true;
    }
}

bool DataFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.data(DataTreeModel::KindRole).toInt() == DataTreeModel::ValueRow) {
        // Keep the export's order whichever way the view sorts.
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        return ascending ? left.row() < right.row() : left.row() > right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
