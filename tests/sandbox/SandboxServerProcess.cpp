#include "SandboxServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslSocket>

SandboxServerProcess::~SandboxServerProcess()
{
    stop();
}

QString SandboxServerProcess::executable()
{
    const QString fromEnv = qEnvironmentVariable("ROER_SANDBOX_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString name = QStringLiteral("roer-sandbox");
#ifdef Q_OS_WIN
    name += QStringLiteral(".exe");
#endif
    return QDir(qEnvironmentVariable("ROER_BINARY_DIR"))
        .filePath(QStringLiteral("sandbox/") + name);
}

QString SandboxServerProcess::tlsDir()
{
    const QString fromEnv = qEnvironmentVariable("ROER_TLS_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QStringLiteral(ROER_TESTS_SOURCE_DIR)).filePath(QStringLiteral("data/tls"));
}

QSslConfiguration SandboxServerProcess::clientTlsConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(
        QSslCertificate::fromPath(QDir(tlsDir()).filePath(QStringLiteral("ca.pem")), QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

bool SandboxServerProcess::start(Tls tls, const QStringList &extraArgs, bool withTestDefaults)
{
    QStringList args{QStringLiteral("--port"), QStringLiteral("0")};
    if (withTestDefaults)
        args << QStringLiteral("--test-mode") << QStringLiteral("--auto-approve");
    if (tls != Tls::None) {
        const QString base =
            tls == Tls::TestCa ? QStringLiteral("server") : QStringLiteral("selfsigned");
        const QDir dir(tlsDir());
        args << QStringLiteral("--tls-cert") << dir.filePath(base + QStringLiteral(".pem"))
             << QStringLiteral("--tls-key") << dir.filePath(base + QStringLiteral(".key"));
    }
    args << extraArgs;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start(executable(), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine() && !deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(200);
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    static const QString prefix = QStringLiteral("listening on ");
    if (!line.startsWith(prefix)) {
        m_error = QStringLiteral("unexpected first line '%1', stderr: %2")
                      .arg(line, QString::fromUtf8(m_process.readAllStandardError()));
        kill();
        return false;
    }
    m_baseUrl = QUrl(line.mid(prefix.size()));
    return m_baseUrl.isValid() && m_baseUrl.port() > 0;
}

bool SandboxServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

void SandboxServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        kill();
}

void SandboxServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}
