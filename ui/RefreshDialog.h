#pragma once

#include "core/Result.h"
#include "importing/ImportSummary.h"

#include <QDialog>

class DataRefresher;
class QLabel;
class QProgressBar;
class QPushButton;

// "Refresh my data": shows progress while Roer fetches the export from the retailer and
// stores it, then the same summary of changes the ImportDialog shows (ImportDialog::summaryText).
class RefreshDialog : public QDialog
{
    Q_OBJECT
public:
    RefreshDialog(DataRefresher *refresher, qint64 retailerId, const QString &retailerName,
                  QWidget *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    QString summary() const;

signals:
    void refreshFinished(qint64 snapshotId);

private:
    void showResult(const Result<ImportSummary> &result);

    DataRefresher *m_refresher;
    qint64 m_retailerId;
    QString m_retailerName;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPushButton *m_close;
    bool m_finished = false;
};
