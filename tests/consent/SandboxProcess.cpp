#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    return qEnvironmentVariable("ROER_BINARY_DIR") + QStringLiteral("/sandbox/roer-sandbox");
}

QString SandboxProcess::tlsFile(const QString &name)
{
    return qEnvironmentVariable("ROER_TEST_DATA") + QStringLiteral("/../data/tls/") + name;
}

QSslConfiguration SandboxProcess::withTestCa()
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    QFile f(tlsFile(QStringLiteral("ca.pem")));
    if (f.open(QIODevice::ReadOnly))
        conf.addCaCertificates(QSslCertificate::fromData(f.readAll(), QSsl::Pem));
    return conf;
}

bool SandboxProcess::start(const QStringList &extra)
{
    m_process.setProgram(executable());
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--test-mode"),
                                       QStringLiteral("--auto-approve")}
                           + extra);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(15000);
    QByteArray line;
    while (!line.contains('\n') && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        line += m_process.readLine();
    }
    const int at = line.indexOf("listening on ");
    if (at < 0)
        return false;
    m_url = QUrl(QString::fromLatin1(line.mid(at + 13).trimmed()));
    return m_url.isValid() && m_url.port() > 0;
}

void SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonObject SandboxProcess::admin(const QByteArray &verb, const QString &path,
                                  const QJsonObject &body)
{
    QUrl url = m_url;
    url.setPath(path);
    QNetworkRequest request(url);
    if (m_url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(withTestCa());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb,
                                                       verb == "GET" || verb == "DELETE"
                                                           ? QByteArray()
                                                           : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}
