#include "ConsentTestUtil.h"

#include "ConsentsPage.h"
#include "consent/Outbox.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ConsentTestUtil;

// The consents page offscreen: grouped by legal basis, nothing pre-ticked, a choice is
// committed with its outbox entry and a send is requested.
class TestConsentsPage : public QObject
{
    Q_OBJECT

private slots:
    void groupsNothingPreTickedAndDecide()
    {
        QTemporaryDir dir;
        auto vault = makeVault(dir.path());
        QVERIFY(vault);
        const qint64 id = addRetailer(*vault, QStringLiteral("Zandbak"), QStringLiteral("https://zandbak.example"));
        QVERIFY(ConsentStore(*vault).savePurposes(
            id, {purpose(QStringLiteral("direct-marketing"), QStringLiteral("dpv:Consent"), {QStringLiteral("email"), QStringLiteral("sms")}),
                 purpose(QStringLiteral("order-delivery"), QStringLiteral("dpv:Contract"), {}, true),
                 purpose(QStringLiteral("ads"), QStringLiteral("dpv:LegitimateInterest"), {})}));
        ConsentsPage page(*vault);
        page.showRetailer(id);
        page.resize(800, 900);
        page.show();
        QCOMPARE(page.findChildren<QGroupBox *>().size(), 3);
        const auto boxes = page.findChildren<QCheckBox *>();
        for (QCheckBox *b : boxes)
            QVERIFY2(!b->isChecked(), "nothing may be pre-ticked");
        QSignalSpy send(&page, &ConsentsPage::sendRequested);
        QCheckBox *allow = nullptr;
        QCheckBox *email = nullptr;
        for (QCheckBox *b : boxes) {
            if (b->text() == QLatin1String("Yes, they may do this"))
                allow = b;
            if (b->property("channel").toString() == QLatin1String("email"))
                email = b;
        }
        QVERIFY(allow && email);
        allow->setChecked(true);
        email->setChecked(true);
        QPushButton *save = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Save and send"))
                save = b;
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(send.count(), 1);
        auto d = ConsentStore(*vault).decision(id, QStringLiteral("direct-marketing"));
        QVERIFY(d && *d);
        QCOMPARE((*d)->state, Consent::State::Given);
        QCOMPARE((*d)->channels, QStringList{QStringLiteral("email")});
        QCOMPARE(Outbox(*vault).all()->size(), 1);
    }
};

QTEST_MAIN(TestConsentsPage)
#include "TestConsentsPage.moc"
