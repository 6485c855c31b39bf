#include "vault/KeychainSplit.h"
#include "vault/KeychainStore.h"

#include <QEventLoop>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <optional>

// KeychainStore against the real gnome-keyring of the CTest fixture. No entry it writes is
// larger than the Windows Credential Manager allows (2560 bytes): a larger secret, such as an
// OAuth token set with a long access token, is split over several entries and read back whole.
class TestKeychainStore : public QObject
{
    Q_OBJECT

    // An entry as QtKeychain has it, without KeychainStore's joining of parts.
    static std::optional<QByteArray> rawEntry(const QString &account)
    {
        QKeychain::ReadPasswordJob job(QStringLiteral("Roer"));
        job.setAutoDelete(false);
        job.setKey(account);
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        if (job.error() != QKeychain::NoError)
            return std::nullopt;
        return job.binaryData();
    }

    static SecureBytes bytes(const QByteArray &data)
    {
        QByteArray copy = data;
        return SecureBytes::takeFrom(copy);
    }

    static QByteArray text(const SecureBytes &secret)
    {
        return QByteArray(secret.constChar(), qsizetype(secret.size()));
    }

    // A token set as a retailer may send it: a 7 KB access token, a refresh token, a time.
    static QByteArray tokenSet(char fill)
    {
        return "{\"access_token\":\"" + QByteArray(7000, fill)
            + "\",\"expires_at\":\"2026-12-01T10:00:00.000Z\",\"refresh_token\":\"r-"
            + QByteArray(300, fill) + "\"}";
    }

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("ROER_TEST_KEYRING"))
            QSKIP("needs the test keyring (the CTest fixture keyring_start, Linux)");
    }

    void splitFormat()
    {
        QVERIFY(!KeychainSplit::needsSplit(SecureBytes::random(32)));
        QVERIFY(!KeychainSplit::needsSplit(bytes(QByteArray(2560, 'a'))));
        QVERIFY(KeychainSplit::needsSplit(bytes(QByteArray(2561, 'a'))));
        // A small secret that looks like a manifest is split too, so reading is never ambiguous.
        QVERIFY(KeychainSplit::needsSplit(bytes("roer-keychain-split-v1\nabc\n1\nxyz\n")));
        const SecureBytes big = bytes(QByteArray(6000, 'b'));
        QCOMPARE(KeychainSplit::partCount(big), 3);
        QCOMPARE(KeychainSplit::part(big, 2).size(), std::size_t(6000 - 2 * 2560));
        const auto m =
            KeychainSplit::parseManifest(KeychainSplit::manifestFor(big, QStringLiteral("g1")));
        QVERIFY(m);
        QCOMPARE(m->parts, 3);
        QVERIFY(KeychainSplit::matches(*m, big));
        QVERIFY(!KeychainSplit::matches(*m, bytes(QByteArray(6000, 'c'))));
        // A damaged or hostile manifest never matches and never asks for many parts.
        const auto hostile = KeychainSplit::parseManifest("roer-keychain-split-v1\ng\n100000\nx\n");
        QVERIFY(hostile);
        QCOMPARE(hostile->parts, 0);
        QVERIFY(!KeychainSplit::parseManifest("{\"access_token\":\"x\"}"));
    }

    void smallSecretIsOneEntry()
    {
        KeychainStore store;
        const SecureBytes key = SecureBytes::random(32);
        QVERIFY(store.writeBlocking(QStringLiteral("test-small"), key));
        QCOMPARE(rawEntry(QStringLiteral("test-small")).value(), text(key));
        auto back = store.readBlocking(QStringLiteral("test-small"));
        QVERIFY(back && back->equals(key));
        QVERIFY(store.removeBlocking(QStringLiteral("test-small")));
        QCOMPARE(store.readBlocking(QStringLiteral("test-small")).error().code,
                 ErrorCode::KeychainNoEntry);
    }

    void largeSecretIsSplitAndJoined()
    {
        KeychainStore store;
        const QString account = QStringLiteral("retailer-token-test");
        const QByteArray first = tokenSet('a');
        QVERIFY(store.writeBlocking(account, bytes(first)));
        const QByteArray manifest = rawEntry(account).value();
        QVERIFY(manifest.size() <= KeychainSplit::kMaxEntryBytes);
        const auto m = KeychainSplit::parseManifest(manifest);
        QVERIFY(m);
        QCOMPARE(m->parts, 3);
        for (int n = 0; n < m->parts; ++n) {
            const auto part = rawEntry(KeychainSplit::partAccount(account, m->generation, n));
            QVERIFY(part);
            QVERIFY(part->size() <= KeychainSplit::kMaxEntryBytes);
        }
        auto back = store.readBlocking(account);
        QVERIFY(back);
        QCOMPARE(text(*back), first);

        // A new value: new parts first, then the manifest; the old parts are gone afterwards.
        const QByteArray second = tokenSet('z');
        QVERIFY(store.writeBlocking(account, bytes(second)));
        QCOMPARE(text(store.readBlocking(account).value()), second);
        for (int n = 0; n < m->parts; ++n)
            QVERIFY(!rawEntry(KeychainSplit::partAccount(account, m->generation, n)));

        // Back to a small value: one entry, no parts left.
        const auto m2 = KeychainSplit::parseManifest(rawEntry(account).value());
        QVERIFY(store.writeBlocking(account, bytes("{\"access_token\":\"short\"}")));
        QCOMPARE(rawEntry(account).value(), QByteArray("{\"access_token\":\"short\"}"));
        for (int n = 0; n < m2->parts; ++n)
            QVERIFY(!rawEntry(KeychainSplit::partAccount(account, m2->generation, n)));

        // Removing a split secret removes every part.
        QVERIFY(store.writeBlocking(account, bytes(first)));
        const auto m3 = KeychainSplit::parseManifest(rawEntry(account).value());
        QVERIFY(store.removeBlocking(account));
        QVERIFY(!rawEntry(account));
        for (int n = 0; n < m3->parts; ++n)
            QVERIFY(!rawEntry(KeychainSplit::partAccount(account, m3->generation, n)));
    }

    // A part that went missing (removed by hand): the secret is reported unavailable, never
    // returned cut short.
    void missingPartIsAnError()
    {
        KeychainStore store;
        const QString account = QStringLiteral("retailer-token-broken");
        QVERIFY(store.writeBlocking(account, bytes(tokenSet('m'))));
        const auto m = KeychainSplit::parseManifest(rawEntry(account).value());
        QKeychain::DeletePasswordJob job(QStringLiteral("Roer"));
        job.setAutoDelete(false);
        job.setKey(KeychainSplit::partAccount(account, m->generation, 1));
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        auto back = store.readBlocking(account);
        QVERIFY(!back);
        QCOMPARE(back.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(store.removeBlocking(account));
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "TestKeychainStore.moc"
