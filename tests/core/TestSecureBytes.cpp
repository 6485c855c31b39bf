#include "core/SecureBytes.h"

#include <QTest>

class TestSecureBytes : public QObject
{
    Q_OBJECT
private slots:
    void randomKeysDiffer()
    {
        const SecureBytes a = SecureBytes::random(32);
        const SecureBytes b = SecureBytes::random(32);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(!a.equals(b));
        QVERIFY(a.equals(a.copy()));
    }
    void hexIsLowerCase()
    {
        const unsigned char raw[] = {0x00, 0xAB, 0xFF};
        const SecureBytes hex = SecureBytes(raw, 3).toHex();
        QCOMPARE(QByteArray(hex.constChar(), qsizetype(hex.size())), QByteArray("00abff"));
    }
    void takeFromWipesSource()
    {
        QByteArray source("secret");
        const SecureBytes taken = SecureBytes::takeFrom(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(QByteArray(taken.constChar(), 6), QByteArray("secret"));
    }
    void moveLeavesEmpty()
    {
        SecureBytes a = SecureBytes::random(8);
        SecureBytes b = std::move(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(b.size(), std::size_t(8));
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "TestSecureBytes.moc"
