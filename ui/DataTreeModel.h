#pragma once

#include "explain/SnapshotExplanation.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

class Vault;

// The latest snapshot of one retailer as a tree: categories -> fields -> values.
// Categories and fields come from the explanation (a few hundred rows at most); values are
// read from the vault a page at a time through canFetchMore/fetchMore, so a field with a
// million values costs one page until the customer scrolls. Values are masked unless
// valuesMasked is switched off: masking is a property of the model, so every view of it,
// and every copy from it, shows the masked text.
class DataTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_PROPERTY(bool valuesMasked READ valuesMasked WRITE setValuesMasked NOTIFY valuesMaskedChanged)
public:
    enum Kind { CategoryRow, FieldRow, ValueRow };
    enum Role {
        KindRole = Qt::UserRole + 1,
        FieldIndexRole, // index into fields() for field and value rows
        CategoryIdRole, // DPV category id ("" = not recognised)
        SortRole,       // what the columns sort by
        FilterTextRole, // words a filter may match (names, never values)
    };
    enum Column { NameColumn, CountColumn, ColumnCount };
    static constexpr int kPageSize = 200;
    // Records read per fetchMore at most. A rare field in a large snapshot would otherwise
    // mean one long scan on the GUI thread; the rest is read in later event loop turns.
    static constexpr qint64 kScanBudget = 20000;

    explicit DataTreeModel(QObject *parent = nullptr);

    // Shows `fields` of snapshot `snapshotId` of `vault` (used until clear()), with the
    // category and field texts in `language`.
    void setSnapshot(Vault &vault, qint64 snapshotId, const QList<ExplainedField> &fields,
                     const QString &language);
    void clear();
    qint64 snapshotId() const { return m_snapshotId; }
    const QList<ExplainedField> &fields() const { return m_fields; }
    // The field shown at `index` (a field row or one of its values), or nullptr.
    const ExplainedField *fieldAt(const QModelIndex &index) const;
    QModelIndex indexOfField(const QString &dataFile, const QString &path) const;
    // Values read from the vault so far (all fields together).
    qint64 loadedValues() const { return m_loadedValues; }

    bool valuesMasked() const { return m_masked; }
    void setValuesMasked(bool masked);
    // Help-desk mode: every value shows its kind ("an e-mail address") instead, in every role,
    // except the one value the customer revealed for themselves (an invalid index: none).
    bool kindsOnly() const { return m_kindsOnly; }
    void setKindsOnly(bool kindsOnly);
    void setRevealed(const QModelIndex &valueIndex);
    bool isValueRow(const QModelIndex &index) const { return kind(index) == ValueRow; }

    // A title for a category id in `language` ("" = not recognised, "none" = not personal).
    static QString categoryTitle(const QString &categoryId, const QString &language);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void valuesMaskedChanged(bool masked);

private:
    struct Value
    {
        qint64 rowId = 0; // the record holding the value (keyset paging goes by record id)
        QString raw;
    };
    struct FieldNode
    {
        int category = 0;
        int row = 0; // within its category
        QList<Value> values;
        qint64 lastRowId = 0; // the last record read, with or without a value of this field
        bool complete = false;
        bool continuing = false; // a later fetchMore is queued
    };
    struct CategoryNode
    {
        QString id;
        QString title;
        QList<int> fields;
        qint64 values = 0;
    };

    Kind kind(const QModelIndex &index) const;
    int fieldOf(const QModelIndex &index) const; // field row or value row -> field index
    void valuesChanged();
    QString valueText(const QModelIndex &index, const Value &v) const;

    Vault *m_vault = nullptr;
    qint64 m_snapshotId = 0;
    qint64 m_firstRowId = 0; // the snapshot's record id range
    qint64 m_lastRowId = -1;
    QString m_language;
    QList<ExplainedField> m_fields;
    QList<FieldNode> m_nodes;
    QList<CategoryNode> m_categories;
    qint64 m_loadedValues = 0;
    bool m_masked = true;
    bool m_kindsOnly = false;
    int m_revealedField = -1; // with m_revealedRow: the value shown in help-desk mode
    int m_revealedRow = -1;
};
