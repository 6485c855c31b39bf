#include "directory/RetailerDirectory.h"
#include "directory/RetailerStore.h"
#include "vault/Vault.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDirectory : public QObject
{
    Q_OBJECT

private slots:
    void bundledResourceIsCompiledIn()
    {
        // roer_core is static: the resource must still reach this executable.
        QVERIFY(QFile::exists(RetailerDirectory::resourcePath()));
        auto directory = RetailerDirectory::bundled();
        QVERIFY2(directory, directory ? "" : qPrintable(directory.error().message));
        QCOMPARE(directory->entries().size(), 17);
        const DirectoryEntry *amazon = directory->find(QStringLiteral("datarequests:amazon-nl"));
        QVERIFY(amazon);
        QCOMPARE(amazon->quality, QStringLiteral("verified"));
        QCOMPARE(amazon->privacyEmail, QStringLiteral("privacy@amazon.nl"));
        QVERIFY(!amazon->sources.isEmpty());
        QVERIFY(amazon->source.contains(QStringLiteral("CC0")));
        for (const DirectoryEntry &e : directory->entries())
            QVERIFY(!e.quality.isEmpty());
        QCOMPARE(directory->search(QStringLiteral("deliveroo")).size(), 1);
    }

    void addRenameRemoveList()
    {
        QTemporaryDir dir;
        auto vault = Vault::create(dir.path(), SecureBytes::random(Vault::kKeySize));
        QVERIFY(vault);
        RetailerStore store(**vault);
        auto directory = RetailerDirectory::bundled();
        QVERIFY(directory);
        auto amazon = store.add(RetailerDirectory::toRetailer(
            *directory->find(QStringLiteral("datarequests:amazon-nl"))));
        QVERIFY(amazon);
        Retailer own;
        own.name = QStringLiteral("Buurtsuper");
        own.website = QStringLiteral("https://buurtsuper.example");
        auto ownId = store.add(own);
        QVERIFY(ownId);
        own.name = QStringLiteral("buurtsuper");
        auto dup = store.add(own);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::AlreadyExists);
        QVERIFY(!store.add(Retailer{}));
        QVERIFY(store.rename(*ownId, QStringLiteral("De Buurtsuper")));
        auto list = store.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QStringLiteral("Amazon Europe Core SARL"));
        QCOMPARE(list->at(0).directoryId, QStringLiteral("datarequests:amazon-nl"));
        QCOMPARE(list->at(1).name, QStringLiteral("De Buurtsuper"));
        QVERIFY(store.remove(*amazon));
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.remove(*amazon).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "TestDirectory.moc"
