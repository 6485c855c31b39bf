#pragma once

#include "FaultSwitches.h"
#include "HttpReply.h"
#include "SandboxApi.h"
#include "SandboxConfig.h"
#include "SandboxOAuth.h"
#include "SandboxRequest.h"
#include "SandboxStore.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QTcpServer;

// The reference retailer server: QtHttpServer bound to our own QTcpServer / QSslServer on
// loopback (the portable way on Qt 6.4 and 6.8). All requests go through one catch-all handler
// that routes by path, so the logic does not depend on QtHttpServer's routing API.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the store and starts listening. False with a message on error.
    bool start(QString *error);
    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT

    // The whole request pipeline (faults, then the protocol or the test endpoints).
    HttpReply handle(const SandboxRequest &request);

private:
    HttpReply handleAdmin(const SandboxRequest &request);
    HttpReply garbage() const;

    SandboxConfig m_config;
    SandboxStore m_store;
    SandboxApi m_api;
    SandboxOAuth m_oauth;
    FaultSwitches m_faults;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_tcp = nullptr; // owned by m_http after bind()
};
