#pragma once

#include "SandboxConfig.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QTimer;
class SandboxServer;

// A hostile retailer for tests (roer-sandbox --hostile MODE): a raw HTTP/1.1 front that asks
// the real sandbox (SandboxServer::handle) for the right answer and then delivers it badly:
//   huge-body   announces 16 GiB and streams the answer followed by endless whitespace
//   endless     chunked transfer that never ends (the answer, then whitespace chunks)
//   slow-drip   the right answer, one byte every drip interval (each byte resets a
//               transfer timeout, so only a total deadline ends it)
//   redirect    307 to the same path at another origin (by default http://localhost:PORT,
//               this very server under another name, so following it would be counted)
//   wrong-type  the right answer labelled text/html
// --link-mbit holds the padding to the speed of a real connection: on loopback a sender
// outruns Qt's HTTP reader, which then reads without a limit (docs/reliability.md).
// Invalid TLS needs no mode: --tls-cert with an untrusted, wrong-name or expired certificate.
// /_sandbox/ (test mode) is answered normally, and /_sandbox/hostile reports what was sent:
// {"mode", "requests", "largest_body_sent", "aborted_by_client", "redirect_followed",
//  "inner_url"} (the plain sandbox behind the front, where a test links to get a token).
class HostileServer : public QObject
{
    Q_OBJECT
public:
    static QStringList modeNames();

    HostileServer(const SandboxConfig &config, QString mode, QObject *parent = nullptr);
    ~HostileServer() override;

    bool start(QString *error);
    QUrl baseUrl() const;
    void setRedirectTarget(const QUrl &origin) { m_redirectTo = origin; }
    void setDripIntervalMs(int ms) { m_dripMs = ms; }
    void setLinkMbit(int mbit) { m_linkBytesPerMs = qint64(mbit) * 1000 / 8; }

private:
    struct Connection
    {
        QByteArray in;
        QByteArray pending; // the answer still to send (drip, or before the padding)
        qint64 sent = 0;    // body bytes sent
        bool endless = false;
        bool chunked = false;
        bool answered = false;
        QByteArray what; // "METHOD /path", for --log
        QTimer *drip = nullptr;
        bool waiting = false; // a pump is due when the link has room again
    };

    void accept();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &head, const QByteArray &body);
    void pump(QTcpSocket *socket);
    static qint64 unsent(QTcpSocket *socket);
    void closed(QTcpSocket *socket);
    QByteArray stats() const;

    SandboxConfig m_config;
    QString m_mode;
    std::unique_ptr<SandboxServer> m_inner;
    QTcpServer *m_tcp = nullptr;
    QUrl m_redirectTo;
    int m_dripMs = 250;
    qint64 m_linkBytesPerMs = 0; // 0: as fast as the socket takes it
    QElapsedTimer m_linkSince;   // one link for all connections, as a customer's line is
    qint64 m_linkSent = 0;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_requests = 0;
    qint64 m_largestBodySent = 0;
    int m_abortedByClient = 0;
    int m_redirectFollowed = 0;
};
