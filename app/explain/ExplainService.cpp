#include "ExplainService.h"

#include "CorrectionStore.h"
#include "RetailerExplainer.h"
#include "core/Logging.h"
#include "directory/RetailerStore.h"
#include "importing/SnapshotStore.h"
#include "vault/VaultManager.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>
#include <tuple>

// The running job. The worker thread owns the worker connection and closes it before it
// ends; `db` lets the GUI thread interrupt a long statement (sqlite3_interrupt is safe from
// another thread) as long as the connection is open, which the mutex guarantees.
struct ExplainService::Running
{
    Job job;
    QThread *thread = nullptr;
    std::shared_ptr<std::atomic<bool>> stop = std::make_shared<std::atomic<bool>>(false);
    struct Handle
    {
        std::mutex mutex;
        sqlite3 *db = nullptr;
    };
    std::shared_ptr<Handle> handle = std::make_shared<Handle>();
};

bool ExplainService::Key::operator==(const Key &o) const
{
    return snapshotId == o.snapshotId && corrections == o.corrections
        && retailerName == o.retailerName && language == o.language && catalogue == o.catalogue
        && today == o.today;
}

ExplainService::ExplainService(VaultManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager)
{
    // Stop and let go of the worker connection while the vault is still open, and forget
    // what was read from it.
    connect(m_manager, &VaultManager::aboutToLock, this, [this] {
        cancelAll();
        m_cache.clear();
    });
    // LanguageManager removes the old translator first, which sends LanguageChange to the
    // application at once, before the new translator and default locale are set.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool ExplainService::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()
        && (m_running || !m_queue.isEmpty())) {
        qCInfo(lcExplain) << "language changes: background explaining stopped";
        cancelAll();
    }
    return QObject::eventFilter(watched, event);
}

ExplainService::~ExplainService()
{
    cancelAll();
}

QByteArray ExplainService::catalogueFingerprint()
{
    static const QByteArray fingerprint = [] {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QDir dir(QStringLiteral(":/catalogue"));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly)) {
                hash.addData(name.toUtf8());
                hash.addData(file.readAll());
            }
        }
        return hash.result();
    }();
    return fingerprint;
}

std::optional<ExplainService::Key>
ExplainService::keyFor(qint64 retailerId, const QString &language, QString *error) const
{
    Vault *vault = m_manager->vault();
    if (!vault) {
        *error = QCoreApplication::translate("VaultManager", "Unlock the vault first.");
        return std::nullopt;
    }
    const auto retailer = RetailerStore(*vault).find(retailerId);
    if (!retailer || !retailer->has_value()) {
        *error = retailer
            ? QCoreApplication::translate("ExplainService", "This shop is no longer in Roer.")
            : retailer.error().message;
        return std::nullopt;
    }
    const auto latest = SnapshotStore(*vault).latestSnapshot(retailerId);
    if (!latest) {
        *error = latest.error().message;
        return std::nullopt;
    }
    auto corrections = CorrectionStore(*vault).forRetailer(retailerId);
    if (!corrections) {
        *error = corrections.error().message;
        return std::nullopt;
    }
    std::sort(corrections->begin(), corrections->end(), [](const auto &a, const auto &b) {
        return std::tie(a.dataFile, a.path, a.category) < std::tie(b.dataFile, b.path, b.category);
    });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const CorrectionStore::Correction &c : *corrections)
        hash.addData(QStringList{c.dataFile, c.path, c.category}
                         .join(QChar(0x1f))
                         .append(QChar(0x1e))
                         .toUtf8());

    Key key;
    key.snapshotId = latest->has_value() ? (*latest)->id : 0;
    key.corrections = hash.result();
    key.retailerName = (*retailer)->name;
    key.language = language;
    key.catalogue = catalogueFingerprint();
    key.today = m_today.isValid() ? m_today : QDate::currentDate();
    return key;
}

std::optional<ExplainOutcome> ExplainService::request(qint64 retailerId, const QString &language)
{
    QString error;
    const std::optional<Key> key = keyFor(retailerId, language, &error);
    if (!key) {
        // Delivered like any other result: callers handle one path.
        QMetaObject::invokeMethod(
            this, [this, retailerId, error] { emit explainFailed(retailerId, error); },
            Qt::QueuedConnection);
        return std::nullopt;
    }
    if (key->snapshotId == 0)
        return ExplainOutcome{retailerId, language, {}, true}; // nothing imported: nothing to read
    if (const auto it = m_cache.constFind({retailerId, language});
        it != m_cache.constEnd() && it->key == *key) {
        ExplainOutcome outcome = it->outcome;
        outcome.fromCache = true;
        return outcome;
    }
    if (m_running && m_running->job.retailerId == retailerId
        && m_running->job.key.language == language) {
        if (m_running->job.key == *key)
            return std::nullopt; // already on it
        stopRunning();           // a new import or a correction: that work is out of date
    }
    for (Job &job : m_queue)
        if (job.retailerId == retailerId && job.key.language == language) {
            job.key = *key;
            return std::nullopt;
        }
    m_queue.append(Job{retailerId, *key, m_nextSerial++});
    startNext();
    return std::nullopt;
}

void ExplainService::startNext()
{
    while (!m_running && !m_queue.isEmpty()) {
        const Job job = m_queue.takeFirst();
        Result<std::unique_ptr<Vault>> connection = m_manager->openWorkerConnection();
        if (!connection) {
            emit explainFailed(job.retailerId, connection.error().message);
            continue;
        }
        auto running = std::make_unique<Running>();
        running->job = job;
        running->handle->db = (*connection)->handle();
        m_progress.insert(job.retailerId, {0, 0});

        std::shared_ptr<Vault> vault(std::move(*connection));
        const auto stop = running->stop;
        const auto handle = running->handle;
        const quint64 serial = job.serial;
        const qint64 retailerId = job.retailerId;
        const QString name = job.key.retailerName;
        const QString language = job.key.language;
        const QDate today = job.key.today;
        running->thread = QThread::create([this, vault = std::move(vault), stop, handle, serial,
                                           retailerId, name, language, today]() mutable {
            RetailerExplainer explainer(*vault, language);
            explainer.setToday(today);
            explainer.setObserver([this, stop, serial](qint64 done, qint64 total) {
                if (stop->load())
                    return false;
                QMetaObject::invokeMethod(
                    this, [this, serial, done, total] { reportProgress(serial, done, total); },
                    Qt::QueuedConnection);
                return true;
            });
            auto result = std::make_shared<Result<std::optional<SnapshotExplanation>>>(
                explainer.explainLatest(retailerId, name));
            {
                const std::lock_guard<std::mutex> lock(handle->mutex);
                handle->db = nullptr;
            }
            vault.reset(); // the worker connection closes here, on its own thread
            QMetaObject::invokeMethod(
                this, [this, serial, result] { finished(serial, result); }, Qt::QueuedConnection);
        });
        running->thread->setObjectName(QStringLiteral("roer-explain"));
        m_running = std::move(running);
        m_running->thread->start(QThread::LowPriority);
        qCInfo(lcExplain) << "explaining in the background, job" << serial;
    }
}

void ExplainService::reportProgress(quint64 serial, qint64 done, qint64 total)
{
    if (!m_running || m_running->job.serial != serial)
        return;
    m_progress.insert(m_running->job.retailerId, {done, total});
    emit progressed(m_running->job.retailerId, done, total);
}

void ExplainService::finished(
    quint64 serial, const std::shared_ptr<Result<std::optional<SnapshotExplanation>>> &result)
{
    if (!m_running || m_running->job.serial != serial)
        return; // stopped meanwhile
    m_running->thread->wait();
    delete m_running->thread;
    const Job job = m_running->job;
    m_running.reset();
    m_progress.remove(job.retailerId);

    std::optional<ExplainOutcome> outcome;
    QString failure;
    if (!*result) {
        failure = result->error().message;
    } else {
        ++m_runs;
        outcome = ExplainOutcome{job.retailerId, job.key.language, {}, false};
        if ((*result)->has_value()) {
            outcome->explanation =
                std::make_shared<const SnapshotExplanation>(std::move(***result));
            // The worker explains the newest snapshot when it runs: an import may have
            // landed since the request. File it under the snapshot it really read.
            Key key = job.key;
            key.snapshotId = outcome->explanation->snapshotId;
            m_cache.insert({job.retailerId, job.key.language}, Entry{key, *outcome});
        }
    }
    startNext(); // before the signals: a receiver may ask for more
    if (outcome)
        emit explained(*outcome);
    else
        emit explainFailed(job.retailerId, failure);
}

void ExplainService::stopRunning()
{
    if (!m_running)
        return;
    m_running->stop->store(true);
    {
        const std::lock_guard<std::mutex> lock(m_running->handle->mutex);
        if (m_running->handle->db)
            sqlite3_interrupt(m_running->handle->db);
    }
    m_running->thread->wait();
    delete m_running->thread;
    m_progress.remove(m_running->job.retailerId);
    m_running.reset();
    qCInfo(lcExplain) << "background explaining stopped";
}

void ExplainService::cancel(qint64 retailerId)
{
    m_queue.removeIf([retailerId](const Job &job) { return job.retailerId == retailerId; });
    if (m_running && m_running->job.retailerId == retailerId) {
        stopRunning();
        startNext();
    }
}

void ExplainService::cancelAll()
{
    m_queue.clear();
    stopRunning();
}

void ExplainService::invalidate(qint64 retailerId)
{
    for (auto it = m_cache.begin(); it != m_cache.end();)
        it = it.key().first == retailerId ? m_cache.erase(it) : std::next(it);
}

bool ExplainService::isPending(qint64 retailerId) const
{
    if (m_running && m_running->job.retailerId == retailerId)
        return true;
    return std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [retailerId](const Job &job) { return job.retailerId == retailerId; });
}

QPair<qint64, qint64> ExplainService::progress(qint64 retailerId) const
{
    return m_progress.value(retailerId, {0, 0});
}
