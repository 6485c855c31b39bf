// roer-sandbox over HTTPS: the test CA is passed explicitly to Qt and TLS errors are never
// ignored; a certificate from outside that CA, or no CA at all, is refused.
#include "SandboxServerProcess.h"
#include "SandboxTestClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

class TestSandboxTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullFlowOverHttps();
    void untrustedCertificateRefused();
    void systemTrustAloneRefusesTestCa();

private:
    // One request with the given TLS configuration; returns the network error.
    static QNetworkReply::NetworkError fetch(const QUrl &url, const QSslConfiguration &tls,
                                             QList<QSslError> *errors);
};

void TestSandboxTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
}

QNetworkReply::NetworkError TestSandboxTls::fetch(const QUrl &url, const QSslConfiguration &tls,
                                                  QList<QSslError> *errors)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [errors](const QList<QSslError> &e) { *errors = e; });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QNetworkReply::NetworkError error = reply->error();
    delete reply;
    return error;
}

void TestSandboxTls::fullFlowOverHttps()
{
    SandboxServerProcess sandbox;
    QVERIFY2(sandbox.start(SandboxServerProcess::Tls::TestCa), qPrintable(sandbox.errorText()));
    QCOMPARE(sandbox.baseUrl().scheme(), QStringLiteral("https"));
    SandboxTestClient client(sandbox.baseUrl()); // passes the test CA explicitly
    const auto discovery = client.get(QStringLiteral("/.well-known/roer-privacy"));
    QCOMPARE(discovery.status, 200);
    QVERIFY(discovery.json.value(QLatin1String("api_base"))
                .toString()
                .startsWith(QLatin1String("https://127.0.0.1:")));
    QVERIFY(client.link());
    const QByteArray key = SandboxTestClient::uuid().toLatin1();
    const QJsonObject d =
        SandboxTestClient::decision(QStringLiteral("withdrawn"), {QStringLiteral("email")},
                                    QStringLiteral("2026-03-03T09:00:00Z"));
    const auto put = client.putDecision(QStringLiteral("direct-marketing"), key, d);
    QCOMPARE(put.status, 200);
    QVERIFY(put.json.contains(QLatin1String("receipt_id")));
    QCOMPARE(client.putDecision(QStringLiteral("direct-marketing"), key, d).json, put.json);
    QCOMPARE(client.admin("GET", QStringLiteral("/_sandbox/decisions"))
                 .json.value(QLatin1String("decisions"))
                 .toArray()
                 .size(),
             1);
}

void TestSandboxTls::untrustedCertificateRefused()
{
    SandboxServerProcess sandbox;
    QVERIFY2(sandbox.start(SandboxServerProcess::Tls::SelfSigned), qPrintable(sandbox.errorText()));
    QList<QSslError> errors;
    const auto error =
        fetch(sandbox.baseUrl().resolved(QUrl(QStringLiteral("/.well-known/roer-privacy"))),
              SandboxServerProcess::clientTlsConfiguration(), &errors);
    QCOMPARE(error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!errors.isEmpty());
    // Through the test client as well: no answer at all.
    SandboxTestClient client(sandbox.baseUrl());
    const auto r = client.get(QStringLiteral("/.well-known/roer-privacy"));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSandboxTls::systemTrustAloneRefusesTestCa()
{
    SandboxServerProcess sandbox;
    QVERIFY2(sandbox.start(SandboxServerProcess::Tls::TestCa), qPrintable(sandbox.errorText()));
    QList<QSslError> errors;
    const auto error =
        fetch(sandbox.baseUrl().resolved(QUrl(QStringLiteral("/.well-known/roer-privacy"))),
              QSslConfiguration::defaultConfiguration(), &errors);
    QCOMPARE(error, QNetworkReply::SslHandshakeFailedError);
}

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "TestSandboxTls.moc"
