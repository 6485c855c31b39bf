#pragma once

#include "explain/SnapshotExplanation.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

class Vault;

// The "My data" tree of one retailer's snapshot: categories -> fields -> values.
// Categories and fields come from a SnapshotExplanation (a few hundred rows at most); values
// are read from the vault lazily, a batch at a time, when a view expands and scrolls a field
// (canFetchMore/fetchMore), so a vault with a million records stays smooth and nothing is
// loaded that is not shown. Values are masked unless the customer asks to see them
// (`valuesMasked`, a property of the model so every view of it follows the same choice).
class DataTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(bool valuesMasked READ valuesMasked WRITE setValuesMasked NOTIFY valuesMaskedChanged)

public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // "category", "field" or "value"
        CategoryRole,                // DPV id ("" when not recognised)
        ConfidenceRole,              // fields: 0..1
        ExplanationRole,             // categories and fields: the plain-language explanation
        ReasonRole,                  // fields: why Roer placed it there
        FieldIdRole,                 // fields: the snapshot's field path id
        PurposesRole,                // fields: QStringList, why they probably have it
        WhatYouCanDoRole,            // categories and fields: what the customer can do
    };
    static constexpr int kBatchSize = 200;

    explicit DataTreeModel(Vault &vault, QObject *parent = nullptr);

    // Shows `explanation` of snapshot `snapshotId`; loaded values are dropped.
    void setSnapshot(qint64 snapshotId, const SnapshotExplanation &explanation);

    bool valuesMasked() const { return m_masked; }
    void setValuesMasked(bool masked);
    // "jan@example.nl" -> "j••@•••••••.nl": the shape stays, the content goes.
    static QString mask(const QString &value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Values read from the vault so far (for tests and memory checks).
    qint64 loadedValues() const { return m_loadedValues; }

signals:
    void valuesMaskedChanged(bool masked);

private:
    struct CategoryNode
    {
        QString id;
        QString title;
        QString explanation;
        qint64 values = 0;
        QList<int> fields; // indexes into m_fields
    };
    struct FieldNode
    {
        ExplainedField info;
        int category = 0;
        int row = 0;              // row under its category
        QStringList values;       // loaded so far
        qint64 lastFieldRowId = 0; // paging key: the vault row id of the last loaded value
        bool exhausted = false;
    };
    // internalId: 0 = category; 1..kFieldBase-1 = field (category + 1);
    // >= kFieldBase = value of field (id / kFieldBase - 1).
    static constexpr quintptr kFieldBase = quintptr(1) << 20;

    enum class Kind { Category, Field, Value };
    Kind kindOf(const QModelIndex &index) const;
    const FieldNode *fieldOf(const QModelIndex &index) const;

    Vault &m_vault;
    qint64 m_snapshotId = 0;
    QList<CategoryNode> m_categories;
    QList<FieldNode> m_fields;
    bool m_masked = true;
    qint64 m_loadedValues = 0;
    // True while this model is emitting a change: a view (or QAbstractItemModelTester) that
    // asks for more rows from inside such a signal is ignored; it asks again later.
    bool m_changing = false;
};
