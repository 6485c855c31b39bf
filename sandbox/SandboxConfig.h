#pragma once

#include <QJsonObject>
#include <QString>

// How roer-sandbox was started (command line options, see main.cpp and docs/protocol/README.md).
struct SandboxConfig
{
    quint16 port = 0;         // 0: any free port
    QString tlsCertFile;      // PEM; with tlsKeyFile: serve HTTPS
    QString tlsKeyFile;       // PEM, unencrypted
    QString dataDir;          // empty: in memory
    bool autoApprove = false; // /oauth/authorize approves without a page
    bool testMode = false;    // /_sandbox/ endpoints
    int tokenLifetimeSeconds = 3600;
    bool logRequests = false;  // one line per request on stderr: method, path, status
    QJsonObject initialFaults; // FaultSwitches patch from the command line
};
