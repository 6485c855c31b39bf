#pragma once

#include <QSortFilterProxyModel>

// Filters and sorts the data tree by names only (values are for the search, which the
// customer starts on purpose): a field stays when its name or category matches, a
// category stays when it or one of its fields matches. "Only not recognised" keeps the
// fields Roer could not explain. Values keep the export's order.
class DataFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DataFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setOnlyUnrecognised(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool fieldAccepted(const QModelIndex &field, bool categoryMatches) const;

    QString m_text;
    bool m_onlyUnrecognised = false;
};
