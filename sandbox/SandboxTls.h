#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

// The server side TLS setup shared by SandboxServer and HostileServer: a PEM certificate
// (chain) and an unencrypted PEM RSA or EC key, TLS 1.2 or later.
namespace SandboxTls {
std::optional<QSslConfiguration> serverConfiguration(const QString &certFile,
                                                     const QString &keyFile, QString *error);
}
