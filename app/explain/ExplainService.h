#pragma once

#include "ExplainOutcome.h"
#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;
class VaultManager;

// Explains retailers' newest snapshots off the GUI thread, one at a time, with a worker
// connection to the vault, and keeps the results in memory so showing a page again is instant.
//
// A result is current while its key is: the snapshot id, the customer's corrections for that
// retailer (a hash of them), the retailer's name, the language, the catalogue (a hash of its
// resources) and today's date (ages and retention depend on it). A new import or a
// correction changes the key of that retailer only; nothing else is thrown away.
//
// Life cycle: on VaultManager::aboutToLock the service stops the running work, waits for its
// thread (which closes the worker connection) and forgets every result, before the vault
// closes. The destructor does the same.
//
// Texts from tr() follow the installed translator while catalogue texts follow `language`, and
// QLocale's default must not change under a running thread: so when the application's
// language changes, the service stops its work (the pages ask again in the new language).
//
// Why the cache is not kept in the vault: see docs/benchmarks/explain.md.
class ExplainService : public QObject
{
    Q_OBJECT
public:
    explicit ExplainService(VaultManager *manager, QObject *parent = nullptr);
    ~ExplainService() override;

    // The current explanation when the cache holds it (fromCache is set; no signal follows).
    // Otherwise nullopt, and the work is queued (once: asking again while it is queued or
    // running changes nothing): explained() or explainFailed() follows on this thread.
    std::optional<ExplainOutcome> request(qint64 retailerId, const QString &language);

    // Stops the work for a retailer (queued or running). Nothing is delivered for it.
    void cancel(qint64 retailerId);
    void cancelAll();
    // Forgets the cached results of one retailer (every language).
    void invalidate(qint64 retailerId);

    bool isPending(qint64 retailerId) const;
    // Last progress seen for a pending retailer: values read and the total; {0, 0} if none.
    QPair<qint64, qint64> progress(qint64 retailerId) const;
    // How often the explainer really ran to the end (tests and the benchmark use it).
    int explainRuns() const { return m_runs; }

    // Test seam: the reference day for ages and retention.
    void setToday(const QDate &today) { m_today = today; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void explained(const ExplainOutcome &outcome);
    void explainFailed(qint64 retailerId, const QString &message);
    void progressed(qint64 retailerId, qint64 done, qint64 total);

private:
    struct Key
    {
        qint64 snapshotId = 0;
        QByteArray corrections;
        QString retailerName;
        QString language;
        QByteArray catalogue;
        QDate today;
        bool operator==(const Key &o) const;
    };
    struct Job
    {
        qint64 retailerId = 0;
        Key key;
        quint64 serial = 0;
    };
    struct Entry
    {
        Key key;
        ExplainOutcome outcome;
    };
    struct Running;

    std::optional<Key> keyFor(qint64 retailerId, const QString &language, QString *error) const;
    void startNext();
    void reportProgress(quint64 serial, qint64 done, qint64 total);
    void finished(quint64 serial,
                  const std::shared_ptr<Result<std::optional<SnapshotExplanation>>> &result);
    void stopRunning();
    static QByteArray catalogueFingerprint();

    VaultManager *m_manager;
    QList<Job> m_queue;
    std::unique_ptr<Running> m_running;
    QHash<QPair<qint64, QString>, Entry> m_cache;
    QHash<qint64, QPair<qint64, qint64>> m_progress;
    quint64 m_nextSerial = 1;
    int m_runs = 0;
    QDate m_today;
};
