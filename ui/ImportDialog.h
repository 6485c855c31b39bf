#pragma once

#include "core/Result.h"
#include "importing/ImportSummary.h"

#include <QDialog>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class Importer;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QThread;
class Vault;

// Import export files for one retailer: pick files (dialog or drag and drop), watch the
// progress with a working Cancel, then read a summary of what was read, skipped and changed.
// The import runs on a worker thread. With setWorkerConnection (what the app does) that
// thread has its own vault connection, so the window's connection is never used from two
// threads at once (timers such as the outbox sender keep running during an import).
// After the commit the same worker makes the new data searchable (SearchIndexer, "Preparing
// search…", its own progress). Cancel in that phase stops only the indexing: the import is
// kept, the summary still shows, and the rest is indexed later (MyDataPage).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Vault &vault, qint64 retailerId, const QString &retailerName,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    using ConnectionOpener = std::function<Result<std::unique_ptr<Vault>>()>;
    // Opens the worker thread's own connection for each import
    // (VaultManager::openWorkerConnection).
    void setWorkerConnection(ConnectionOpener opener) { m_openConnection = std::move(opener); }

    // Lists the files; one that is no export (empty, a program, a picture) is marked with the
    // reason and left out of the import.
    void addFiles(const QStringList &files);
    // The files that will be imported (the listed ones that are not left out).
    QStringList files() const;
    // Test seam: the next password prompt answers this instead of asking.
    static void setNextPassword(const QString &password);
    // What was read, skipped and changed, for the customer (also used after "Refresh my data").
    // searchReady false adds that search does not cover this data yet.
    static QString summaryText(const ImportSummary &summary, bool searchReady = true);

signals:
    void importFinished(qint64 snapshotId);

public slots:
    void startImport();
    void cancelImport();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void reject() override;

private:
    void chooseFiles();
    void onProgress(qint64 done, qint64 total, const QString &file);
    void onIndexProgress(qint64 done, qint64 total);
    void onWorkerFinished();
    void showSummary(const ImportSummary &summary);
    void showError(const QString &message);
    void markFile(QListWidgetItem *item, const QString &refusal);
    void updateFileStep();
    QStringList leftOut() const; // "name: why" per file left out
    QString askPassword();

    Vault &m_vault;
    qint64 m_retailerId;
    QString m_retailerName;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_fileList = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_leftOut = nullptr;
    QPushButton *m_backButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_currentFile = nullptr;
    QLabel *m_workingText = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_summary = nullptr;
    ConnectionOpener m_openConnection;
    std::unique_ptr<Vault>
        m_workerVault; // open while an import runs, closed before the importer's vault use ends
    std::unique_ptr<Importer> m_importer; // declared after m_workerVault: destroyed first
    QThread *m_thread = nullptr;
    std::optional<Result<ImportSummary>> m_result;
    std::atomic<bool> m_indexing{false}; // the worker is in the search phase
    std::atomic<bool> m_stopIndexing{false};
    bool m_searchReady = true; // written by the worker, read after it finished
    QByteArray m_password;
};
