#pragma once

#include "requests/RequestDetails.h"
#include "requests/RequestTypes.h"

#include <QWidget>

#include <optional>

class DataFilterModel;
class DataTreeModel;
class ExplainService;
class ExplanationPanel;
class LanguageManager;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;
class SearchIndexNote;
class VaultManager;
struct ExplainOutcome;

// "My data": the latest import of one retailer as a tree (kind of data -> field -> values),
// an explanation beside the selection, a search over everything imported, filter and sort.
// Values stay masked until the customer presses "Show values". Explaining runs in the
// background (ExplainService): while it does, a calm "Explaining your data from <shop>…" row
// with a progress bar shows, and the tree fills in when the explanation arrives.
// Search covers what SearchIndexer has indexed; SearchIndexNote finishes what an import left.
class MyDataPage : public QWidget
{
    Q_OBJECT
public:
    MyDataPage(VaultManager *manager, LanguageManager *languages, ExplainService *explain,
               QWidget *parent = nullptr);

    // Reads the retailers and the chosen retailer's latest snapshot again.
    void refresh();
    void showRetailer(qint64 retailerId);
    qint64 currentRetailer() const;
    DataTreeModel *model() const { return m_model; }
    // True while the page waits for the explanation of the chosen retailer.
    bool isExplaining() const { return m_waitingRetailer >= 0; }

signals:
    void retailersRequested();
    // "Ask to correct / erase it" on a field: a prefilled request (Requests page).
    void newRequestRequested(qint64 retailerId, Requests::Kind kind, const RequestDetails &details);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Selection
    {
        QString dataFile;
        QString path;
        bool open = false; // expand it and give the tree the focus (a search result)
    };

    void retranslateUi();
    void updateHitsLabel();
    void refreshFor(qint64 wanted);
    void loadRetailer();
    void apply(const ExplainOutcome &outcome);
    void explained(const ExplainOutcome &outcome);
    void explainFailed(qint64 retailerId, const QString &message);
    void explainProgressed(qint64 retailerId, qint64 done, qint64 total);
    void showBusy(bool busy);
    void applyPendingSelection();
    void selectionChanged();
    void correct(const QString &categoryId);
    void search();
    void openHit(QTreeWidgetItem *item);
    void showValues(bool show);
    void fillHits();
    QString language() const;

    VaultManager *m_manager;
    LanguageManager *m_languages;
    ExplainService *m_explain;
    DataTreeModel *m_model = nullptr;
    DataFilterModel *m_filter = nullptr;
    qint64 m_loadedRetailer = -1;
    qint64 m_loadedSnapshot = -1;
    QString m_loadedLanguage;
    qint64 m_waitingRetailer = -1;
    QString m_waitingLanguage;
    std::optional<Selection> m_pendingSelection;
    void helpDeskChanged(bool on);
    void remask();

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_retailerLabel;
    QComboBox *m_retailer;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    QLabel *m_filterLabel;
    QLineEdit *m_filterEdit;
    QCheckBox *m_unrecognised;
    QPushButton *m_showValues;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QPushButton *m_emptyAction;
    QTreeView *m_tree;
    ExplanationPanel *m_panel;
    QLabel *m_hitsLabel;
    QTreeWidget *m_hits;
    // The raw values of the search results, by row: kept out of the item model, so that in
    // help-desk mode no role of any item holds a value.
    QStringList m_hitValues;
    QString m_lastQuery;
    int m_lastHitCount = 0;
    QPushButton *m_closeHits;
    QLabel *m_error;
    QWidget *m_busy;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    SearchIndexNote *m_searchNote;
};
