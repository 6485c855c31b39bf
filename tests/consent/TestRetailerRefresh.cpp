#include "SandboxFixture.h"

#include "consent/DataRefresher.h"
#include "consent/ExportDocument.h"
#include "importing/SearchIndexer.h"
#include "importing/SnapshotStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// "Refresh my data" and unlinking against the real sandbox over loopback HTTP and HTTPS:
// the export becomes a snapshot through the importer (one data file per dataset), a second
// refresh after the sandbox's data changed gives a diff, every failure leaves the vault as it
// was, and unlinking removes the tokens from the (real, test session) keychain but keeps history.
class TestRetailerRefresh : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxFixture> m_f;

    Result<ImportSummary> refresh(SandboxFixture &f, qint64 maxBytes = 0)
    {
        DataRefresher refresher(*f.vault, f.accounts.get(), &f.network);
        if (f.ssl)
            refresher.setSslConfiguration(*f.ssl);
        if (maxBytes > 0)
            refresher.setMaxExportBytes(maxBytes);
        QList<DataRefresher::Stage> stages;
        connect(&refresher, &DataRefresher::stageReached, this,
                [&](DataRefresher::Stage s) { stages.append(s); });
        std::optional<Result<ImportSummary>> result;
        refresher.refresh(f.retailerId, [&](Result<ImportSummary> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return Error::make(ErrorCode::Generic, QStringLiteral("refresh timed out"));
        if (stages.value(0) != DataRefresher::Stage::Fetching)
            return Error::make(ErrorCode::Generic, QStringLiteral("no fetching stage"));
        return *result;
    }

    int snapshotCount(SandboxFixture &f)
    {
        return int(SnapshotStore(*f.vault).snapshots(f.retailerId).value().size());
    }

    QStringList fieldPaths(SandboxFixture &f, qint64 snapshotId)
    {
        QStringList out;
        for (const FieldSummary &s : SnapshotStore(*f.vault).fields(snapshotId).value())
            out.append(s.path);
        return out;
    }

    // Refreshes with a fault and checks that it failed with `code` and changed nothing.
    void expectFailure(const QJsonObject &faults, ErrorCode code, qint64 maxBytes = 0)
    {
        const int before = snapshotCount(*m_f);
        m_sandbox.setFaults(faults);
        auto r = refresh(*m_f, maxBytes);
        m_sandbox.admin("DELETE", QStringLiteral("/_sandbox/faults"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY2(!r.error().message.contains(QLatin1String("Roer will try again")),
                 qPrintable(r.error().message));
        QCOMPARE(snapshotCount(*m_f), before);
        QVERIFY(m_f->accounts->isLinked(m_f->retailerId));
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void init()
    {
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset"));
        m_f = std::make_unique<SandboxFixture>();
        QVERIFY(m_f->setUp(m_sandbox.address()));
        auto linked = m_f->link();
        QVERIFY2(linked, linked.ok() ? "" : qPrintable(linked.error().message));
    }

    void cleanup() { m_f.reset(); }

    void exportSplitsIntoStableFiles()
    {
        const QByteArray doc =
            R"({"format":"roer-export","format_version":1,"request_id":"x","generated_at":"now",
            "status":"completed","datasets":[{"id":"orders","title":{"en":"Orders"},
            "records":[{"total_eur":1.5,"order_id":"A"}]}],"consents":[]})";
        auto files = ExportDocument::split(doc);
        QVERIFY(files);
        QCOMPARE(files->size(), 2);
        QCOMPARE(files->at(0).name, QStringLiteral("orders.json"));
        QCOMPARE(files->at(0).content, QByteArray("[{\"order_id\":\"A\",\"total_eur\":1.5}]\n"));
        QCOMPARE(files->at(1).name, QStringLiteral("datasets.json"));
        QVERIFY(!files->at(1).content.contains("request_id"));
        // Nonsense, a dataset id that would escape as a path, or a pending export: refused.
        QVERIFY(!ExportDocument::split("<html></html>"));
        QVERIFY(!ExportDocument::split(R"({"format":"other","format_version":1,"datasets":[]})"));
        QVERIFY(!ExportDocument::split(
            R"({"format":"roer-export","format_version":1,"datasets":[{"id":"../x","records":[]}]})"));
        QVERIFY(!ExportDocument::split(
            R"({"format":"roer-export","format_version":1,"datasets":[{"id":"a","records":[1]}]})"));
        QVERIFY(!ExportDocument::split(
            R"({"format":"roer-export","format_version":1,"status":"pending","datasets":[]})"));
    }

    void refreshStoresSnapshotAndDiffs()
    {
        auto first = refresh(*m_f);
        QVERIFY2(first, first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY(!first->alreadyImported);
        QVERIFY(!first->hasPrevious);
        // c-1001: 7 datasets, the consents and the dataset descriptions.
        QCOMPARE(first->filesRead, 9);
        QCOMPARE(first->records, qint64(10 + 1 + 7));
        QStringList files;
        for (const DataFileInfo &d :
             SnapshotStore(*m_f->vault).dataFiles(first->snapshotId).value())
            files.append(d.path);
        files.sort();
        QCOMPARE(files,
                 (QStringList{QStringLiteral("addresses.json"), QStringLiteral("app_events.json"),
                              QStringLiteral("consents.json"), QStringLiteral("datasets.json"),
                              QStringLiteral("loyalty.json"),
                              QStringLiteral("marketing_segments.json"),
                              QStringLiteral("orders.json"), QStringLiteral("profile.json"),
                              QStringLiteral("store_visits.json")}));
        const QStringList paths = fieldPaths(*m_f, first->snapshotId);
        const QString sep = QStringLiteral(" › ");
        for (const QString &p :
             {QStringLiteral("profile.json") + sep + QStringLiteral("email"),
              QStringLiteral("orders.json") + sep + QStringLiteral("order_id"),
              QStringLiteral("consents.json") + sep + QStringLiteral("purpose_id"),
              QStringLiteral("consents.json") + sep + QStringLiteral("context") + sep
                  + QStringLiteral("where"),
              QStringLiteral("datasets.json") + sep + QStringLiteral("retention")})
            QVERIFY2(paths.contains(p),
                     qPrintable(p + QStringLiteral(" not in ") + paths.join(QLatin1Char('|'))));
        for (const QString &p : paths)
            QVERIFY2(!p.contains(QLatin1String("request_id"))
                         && !p.contains(QLatin1String("generated_at")),
                     qPrintable(p));
        // Searchable at once: the refresh builds the search index right after the import.
        QCOMPARE(SearchIndexer(*m_f->vault).pendingRecords().value(), qint64(0));
        QVERIFY(!SnapshotStore(*m_f->vault)
                     .search(QStringLiteral("Voorbeeldstraat"), 10)
                     .value()
                     .isEmpty());

        // The same data again: recognised, nothing added.
        auto same = refresh(*m_f);
        QVERIFY(same);
        QVERIFY(same->alreadyImported);
        QCOMPARE(snapshotCount(*m_f), 1);

        // The retailer's data changes: one consent changes, one is new.
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/retailer-consent"),
                        {{QStringLiteral("customer_id"), QStringLiteral("c-1001")},
                         {QStringLiteral("purpose_id"), QStringLiteral("direct-marketing")},
                         {QStringLiteral("state"), QStringLiteral("withdrawn")},
                         {QStringLiteral("channels"), QJsonArray{}}});
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/retailer-consent"),
                        {{QStringLiteral("customer_id"), QStringLiteral("c-1001")},
                         {QStringLiteral("purpose_id"), QStringLiteral("product-recommendations")},
                         {QStringLiteral("state"), QStringLiteral("given")},
                         {QStringLiteral("channels"), QJsonArray{}}});
        auto second = refresh(*m_f);
        QVERIFY2(second, second.ok() ? "" : qPrintable(second.error().message));
        QVERIFY(!second->alreadyImported);
        QVERIFY(second->hasPrevious);
        QCOMPARE(snapshotCount(*m_f), 2);
        QVERIFY(second->removedFiles.isEmpty());
        for (const DataFileChange &c : second->files) {
            if (c.path == QLatin1String("consents.json")) {
                QCOMPARE(c.records, qint64(2));
                QCOMPARE(c.added, qint64(1));
                QCOMPARE(c.changed, qint64(1));
                QCOMPARE(c.removed, qint64(0));
            } else {
                QVERIFY2(c.added + c.removed + c.changed == 0, qPrintable(c.path));
            }
        }
        // Field paths stay the same across refreshes (only a value that is gone takes its path
        // along: both consents now have no channels).
        const QStringList secondPaths = fieldPaths(*m_f, second->snapshotId);
        for (const QString &p : fieldPaths(*m_f, first->snapshotId))
            QVERIFY2(secondPaths.contains(p) || p == QStringLiteral("consents.json › channels"),
                     qPrintable(p));
        for (const QString &p : secondPaths)
            QVERIFY2(paths.contains(p), qPrintable(p));
    }

    void expiredAccessTokenIsRefreshedOnce()
    {
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/expire-tokens"));
        auto r = refresh(*m_f);
        QVERIFY2(r, r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(snapshotCount(*m_f), 1);
    }

    void failuresLeaveVaultUnchanged()
    {
        QVERIFY(refresh(*m_f));
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/retailer-consent"),
                        {{QStringLiteral("customer_id"), QStringLiteral("c-1001")},
                         {QStringLiteral("purpose_id"), QStringLiteral("direct-marketing")},
                         {QStringLiteral("state"), QStringLiteral("withdrawn")},
                         {QStringLiteral("channels"), QJsonArray{}}});
        // The data did change, so a successful refresh would add a snapshot.
        expectFailure({{QStringLiteral("down"), true}}, ErrorCode::Network);
        expectFailure({{QStringLiteral("fail_next"), 1}}, ErrorCode::Network);
        expectFailure({{QStringLiteral("fail_next"), 1}, {QStringLiteral("fail_status"), 400}},
                      ErrorCode::Network);
        for (const char *kind : {"html", "wrong_shape", "truncated"})
            expectFailure({{QStringLiteral("garbage_next"), 1},
                           {QStringLiteral("garbage_kind"), QLatin1String(kind)}},
                          ErrorCode::Protocol);
        expectFailure({}, ErrorCode::Protocol, 1000); // larger than we accept
        QCOMPARE(snapshotCount(*m_f), 1);
        QVERIFY(refresh(*m_f)); // and afterwards it works again
        QCOMPARE(snapshotCount(*m_f), 2);
    }

    void revokedTokensAskToLinkAgain()
    {
        // The sandbox forgets every token: the access token and the refresh are refused.
        m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset"));
        auto r = refresh(*m_f);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Refused);
        QVERIFY2(r.error().message.contains(QLatin1String("link it again")),
                 qPrintable(r.error().message));
        QCOMPARE(snapshotCount(*m_f), 0);
    }

    void unlinkRemovesTokensKeepsHistory()
    {
        QVERIFY(m_f->fetchPurposes());
        QVERIFY(ConsentStore(*m_f->vault)
                    .decide(ConsentTestUtil::request(m_f->retailerId,
                                                     QStringLiteral("direct-marketing"),
                                                     Consent::State::Withdrawn)));
        QVERIFY(refresh(*m_f));
        auto st = m_f->vault->prepare("SELECT token_slot FROM consent_link");
        QVERIFY(st.step().value());
        const QString account = QStringLiteral("retailer-token-") + st.text(0);
        QVERIFY(m_f->keychain.readBlocking(account));

        std::optional<Result<void>> result;
        m_f->accounts->unlink(m_f->retailerId, [&](Result<void> r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QVERIFY(*result);
        QVERIFY(!m_f->accounts->isLinked(m_f->retailerId));
        auto gone = m_f->keychain.readBlocking(account);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::KeychainNoEntry);
        QCOMPARE(ConsentStore(*m_f->vault).history(m_f->retailerId).value().size(), 1);
        QCOMPARE(ConsentStore(*m_f->vault).decisions(m_f->retailerId).value().size(), 1);
        QCOMPARE(snapshotCount(*m_f), 1);
        // Not linked any more: a refresh says so and changes nothing.
        auto r = refresh(*m_f);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Refused);
        QCOMPARE(snapshotCount(*m_f), 1);
    }

    void refreshOverHttpsWithTestCa()
    {
        SandboxProcess tls;
        QVERIFY(tls.start(
            {QStringLiteral("--tls-cert"), SandboxProcess::tlsFile(QStringLiteral("server.pem")),
             QStringLiteral("--tls-key"), SandboxProcess::tlsFile(QStringLiteral("server.key"))}));
        QVERIFY(tls.address().startsWith(QLatin1String("https://")));
        SandboxFixture f;
        QVERIFY(f.setUp(tls.address(), SandboxProcess::withTestCa()));
        auto linked = f.link();
        QVERIFY2(linked, linked.ok() ? "" : qPrintable(linked.error().message));
        auto r = refresh(f);
        QVERIFY2(r, r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->filesRead, 9);
    }
};

QTEST_MAIN(TestRetailerRefresh)
#include "TestRetailerRefresh.moc"
