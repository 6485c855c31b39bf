// ExplainService with real vault files and real threads: the same result as the synchronous
// explainer, the cache and what invalidates it, cancelling, locking while it works, and the
// worker connection's checks.
#include "../ui/PagesTestSupport.h"
#include "explain/CorrectionStore.h"
#include "explain/ExplainService.h"
#include "explain/ExplanationJson.h"
#include "explain/RetailerExplainer.h"
#include "importing/Importer.h"
#include "vault/VaultManager.h"
#include "vault/VaultPaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using PagesTestSupport::addAndImport;
using PagesTestSupport::fixture;

class TestExplainService : public QObject
{
    Q_OBJECT

    const QString m_passphrase = QStringLiteral("explain service passphrase");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultManager> m_manager;
    const QString m_en = QStringLiteral("en");

    Vault &vault() { return *m_manager->vault(); }

    // Waits for the outcome of `retailerId` (or fails the test).
    static std::optional<ExplainOutcome> waitFor(ExplainService &service, qint64 retailerId)
    {
        std::optional<ExplainOutcome> got;
        QString failure;
        QMetaObject::Connection a =
            connect(&service, &ExplainService::explained, &service, [&](const ExplainOutcome &o) {
                if (o.retailerId == retailerId)
                    got = o;
            });
        QMetaObject::Connection b = connect(&service, &ExplainService::explainFailed, &service,
                                            [&](qint64 id, const QString &m) {
                                                if (id == retailerId)
                                                    failure = m;
                                            });
        (void)QTest::qWaitFor([&] { return got.has_value() || !failure.isEmpty(); }, 120000);
        disconnect(a);
        disconnect(b);
        if (!failure.isEmpty())
            qWarning() << "explain failed:" << failure;
        return got;
    }

    qint64 importLarge(const QString &name, int records)
    {
        QTemporaryDir exportDir;
        return addAndImport(vault(), name,
                            {PagesTestSupport::writeLargeExport(exportDir.path(), records)});
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_manager = std::make_unique<VaultManager>(m_dir->filePath(QStringLiteral("vault")));
        QVERIFY(m_manager->createWithPassphrase(m_passphrase));
        QVERIFY(m_manager->vault());
    }

    void cleanup()
    {
        m_manager->lock();
        QCOMPARE(m_manager->workerConnections(), 0);
        m_manager.reset();
        m_dir.reset();
    }

    void resultEqualsSynchronousExplainer()
    {
        const qint64 id = addAndImport(vault(), QStringLiteral("Bol"),
                                       {fixture(QStringLiteral("Retail.OrderHistory.1.csv")),
                                        fixture(QStringLiteral("supermarket-export.xml")),
                                        fixture(QStringLiteral("Records.json"))});
        QVERIFY(id > 0);
        const QDate today(2025, 6, 1);
        RetailerExplainer sync(vault(), m_en);
        sync.setToday(today);
        const auto expected = sync.explainLatest(id, QStringLiteral("Bol"));
        QVERIFY(expected && expected->has_value());

        ExplainService service(m_manager.get());
        service.setToday(today);
        QSignalSpy progress(&service, &ExplainService::progressed);
        QVERIFY(!service.request(id, m_en).has_value());
        QVERIFY(service.isPending(id));
        const auto got = waitFor(service, id);
        QVERIFY(got.has_value());
        QVERIFY(got->explanation);
        QVERIFY(!got->fromCache);
        QCOMPARE(got->explanation->snapshotId, (*expected)->snapshotId);
        QCOMPARE(QJsonDocument(ExplanationJson::toJson(*got->explanation)).toJson(),
                 QJsonDocument(ExplanationJson::toJson(**expected)).toJson());
        QCOMPARE(got->explanation->fields.size(), (*expected)->fields.size());
        for (qsizetype i = 0; i < got->explanation->fields.size(); ++i) {
            QCOMPARE(got->explanation->fields.at(i).distinct, (*expected)->fields.at(i).distinct);
            QCOMPARE(got->explanation->fields.at(i).firstDate, (*expected)->fields.at(i).firstDate);
        }
        QVERIFY(!progress.isEmpty());
        for (const QList<QVariant> &p : progress)
            QVERIFY(p.at(1).toLongLong() <= p.at(2).toLongLong());
        QVERIFY(!service.isPending(id));
        QCOMPARE(m_manager->workerConnections(), 0);
    }

    void secondRequestComesFromTheCache()
    {
        const qint64 id = addAndImport(vault(), QStringLiteral("Albert"),
                                       {fixture(QStringLiteral("supermarket-export.xml"))});
        ExplainService service(m_manager.get());
        QVERIFY(!service.request(id, m_en));
        QVERIFY(waitFor(service, id));
        QCOMPARE(service.explainRuns(), 1);
        QSignalSpy explained(&service, &ExplainService::explained);
        const auto again = service.request(id, m_en);
        QVERIFY(again.has_value());
        QVERIFY(again->fromCache);
        QVERIFY(again->explanation);
        QCOMPARE(service.explainRuns(), 1);
        QVERIFY(!service.isPending(id));
        QTest::qWait(50);
        QCOMPARE(explained.size(), 0); // a cache hit is returned, not signalled

        // Another language is another result.
        QVERIFY(!service.request(id, QStringLiteral("nl")));
        QVERIFY(waitFor(service, id));
        QCOMPARE(service.explainRuns(), 2);
        QVERIFY(service.request(id, m_en).has_value());

        // A retailer without data needs no work at all.
        const qint64 empty = addAndImport(vault(), QStringLiteral("Zeeman"), {});
        const auto none = service.request(empty, m_en);
        QVERIFY(none.has_value());
        QVERIFY(!none->explanation);
    }

    void correctionInvalidatesThatRetailerOnly()
    {
        const qint64 albert = addAndImport(vault(), QStringLiteral("Albert"),
                                           {fixture(QStringLiteral("supermarket-export.xml"))});
        const qint64 bol = addAndImport(vault(), QStringLiteral("Bol"),
                                        {fixture(QStringLiteral("Retail.OrderHistory.1.csv"))});
        ExplainService service(m_manager.get());
        service.request(albert, m_en);
        service.request(bol, m_en);
        QVERIFY(waitFor(service, bol));
        QVERIFY(service.request(albert, m_en).has_value());
        QCOMPARE(service.explainRuns(), 2);

        const auto before = service.request(albert, m_en);
        const ExplainedField field = before->explanation->fields.first();
        const QString wanted = field.classification.category == QLatin1String("pd:Health")
            ? QStringLiteral("none")
            : QStringLiteral("pd:Health");
        QVERIFY(CorrectionStore(vault()).set(albert, field.dataFile, field.path, wanted));
        QVERIFY(!service.request(albert, m_en).has_value());
        const auto after = waitFor(service, albert);
        QVERIFY(after && after->explanation);
        QCOMPARE(after->explanation->fields.first().classification.category, wanted);
        QCOMPARE(service.explainRuns(), 3);
        // Bol is still cached.
        const auto other = service.request(bol, m_en);
        QVERIFY(other.has_value());
        QVERIFY(other->fromCache);
        QCOMPARE(service.explainRuns(), 3);
    }

    void newImportInvalidates()
    {
        const qint64 id = addAndImport(vault(), QStringLiteral("Albert"),
                                       {fixture(QStringLiteral("supermarket-export.xml"))});
        ExplainService service(m_manager.get());
        service.request(id, m_en);
        const auto first = waitFor(service, id);
        QVERIFY(first && first->explanation);
        QVERIFY(Importer(vault()).run(id, {fixture(QStringLiteral("Retail.OrderHistory.1.csv"))}));
        QVERIFY(!service.request(id, m_en).has_value());
        const auto second = waitFor(service, id);
        QVERIFY(second && second->explanation);
        QVERIFY(second->explanation->snapshotId > first->explanation->snapshotId);
        QCOMPARE(service.explainRuns(), 2);
        // Explicit invalidation works too.
        service.invalidate(id);
        QVERIFY(!service.request(id, m_en).has_value());
        QVERIFY(waitFor(service, id));
        QCOMPARE(service.explainRuns(), 3);
    }

    void cancelStopsTheWork()
    {
        const qint64 id = importLarge(QStringLiteral("Groot"), 60000);
        QVERIFY(id > 0);
        ExplainService service(m_manager.get());
        QSignalSpy explained(&service, &ExplainService::explained);
        QSignalSpy failed(&service, &ExplainService::explainFailed);
        QSignalSpy progress(&service, &ExplainService::progressed);
        QVERIFY(!service.request(id, m_en));
        QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 30000));
        QCOMPARE(m_manager->workerConnections(), 1);
        service.cancel(id);
        QVERIFY(!service.isPending(id));
        QCOMPARE(m_manager->workerConnections(), 0);
        QTest::qWait(100);
        QCOMPARE(explained.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(service.explainRuns(), 0);
        // Asking again starts afresh and finishes.
        QVERIFY(!service.request(id, m_en));
        QVERIFY(waitFor(service, id));
        QCOMPARE(service.explainRuns(), 1);
    }

    void lockWhileExplaining()
    {
        const qint64 id = importLarge(QStringLiteral("Groot"), 60000);
        QVERIFY(id > 0);
        ExplainService service(m_manager.get());
        QSignalSpy explained(&service, &ExplainService::explained);
        QSignalSpy progress(&service, &ExplainService::progressed);
        int openAtLock = -1;
        QObject context;
        connect(m_manager.get(), &VaultManager::locked, &context,
                [&] { openAtLock = m_manager->workerConnections(); });
        QVERIFY(!service.request(id, m_en));
        QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 30000));
        m_manager->lock();
        QCOMPARE(openAtLock, 0); // closed before the vault was
        QVERIFY(!service.isPending(id));
        QTest::qWait(100);
        QCOMPARE(explained.size(), 0);

        // Locked: a request fails with a clear message, later, as a signal.
        QSignalSpy failed(&service, &ExplainService::explainFailed);
        QVERIFY(!service.request(id, m_en));
        QVERIFY(failed.wait(5000));

        // Unlocked again: nothing cached survived the lock, the work runs again.
        QVERIFY(m_manager->unlockWithPassphrase(m_passphrase));
        QVERIFY(!service.request(id, m_en));
        QVERIFY(waitFor(service, id));
        QCOMPARE(service.explainRuns(), 1);
    }

    void languageChangeStopsTheWork()
    {
        const qint64 id = importLarge(QStringLiteral("Groot"), 30000);
        ExplainService service(m_manager.get());
        QSignalSpy explained(&service, &ExplainService::explained);
        QSignalSpy progress(&service, &ExplainService::progressed);
        service.request(id, m_en);
        QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 30000));
        // What QCoreApplication::removeTranslator() sends, before the new language is set.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        QVERIFY(!service.isPending(id));
        QCOMPARE(m_manager->workerConnections(), 0);
        QTest::qWait(50);
        QCOMPARE(explained.size(), 0);
    }

    void destroyingTheServiceWhileItWorks()
    {
        const qint64 id = importLarge(QStringLiteral("Groot"), 30000);
        auto service = std::make_unique<ExplainService>(m_manager.get());
        QSignalSpy progress(service.get(), &ExplainService::progressed);
        service->request(id, m_en);
        QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 30000));
        service.reset();
        QCOMPARE(m_manager->workerConnections(), 0);
        QTest::qWait(50); // queued progress for the destroyed service is dropped
    }

    void workerConnectionChecks()
    {
        // The worker connection works beside the main one and counts itself.
        {
            auto worker = m_manager->openWorkerConnection();
            QVERIFY(worker);
            QCOMPARE(m_manager->workerConnections(), 1);
            auto st = (*worker)->prepare("SELECT count(*) FROM retailer");
            QVERIFY(st.step().ok());
            QVERIFY(!(*worker)->cipherVersion().isEmpty());
        }
        QCOMPARE(m_manager->workerConnections(), 0);

        // A wrong key is refused, as on the main open.
        auto descriptor = m_manager->descriptor();
        QVERIFY(descriptor);
        auto wrong = Vault::openWorker(m_manager->directory(), SecureBytes::random(32),
                                       descriptor->cipher, descriptor->keyCheck);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongKey);

        // Locked: no worker connection.
        m_manager->lock();
        auto locked = m_manager->openWorkerConnection();
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, ErrorCode::VaultLocked);

        // A missing vault file is an error, never a new vault.
        QVERIFY(m_manager->unlockWithPassphrase(m_passphrase));
        const QString file = VaultPaths::databaseFile(m_manager->directory());
        QVERIFY(QFile::rename(file, file + QStringLiteral(".moved")));
        auto missing = m_manager->openWorkerConnection();
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(file));
        QVERIFY(QFile::rename(file + QStringLiteral(".moved"), file));
    }
};

QTEST_MAIN(TestExplainService)
#include "TestExplainService.moc"
