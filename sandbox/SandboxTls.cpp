#include "SandboxTls.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace SandboxTls {

std::optional<QSslConfiguration> serverConfiguration(const QString &certFile,
                                                     const QString &keyFile, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    QFile file(keyFile);
    if (chain.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the TLS certificate or key.");
        return std::nullopt;
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("The TLS key is not an unencrypted PEM RSA or EC key.");
        return std::nullopt;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    return ssl;
}

} // namespace SandboxTls
