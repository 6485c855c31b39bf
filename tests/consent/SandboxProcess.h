#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

// Test helper: the real roer-sandbox executable on a free loopback port, plus its test-only
// endpoints (/_sandbox/faults, /_sandbox/decisions, ...). Waits with an event loop, never sleeps.
class SandboxProcess
{
public:
    ~SandboxProcess();
    // Extra arguments after --port 0 --test-mode --auto-approve.
    bool start(const QStringList &extra = {});
    void stop();
    QUrl url() const { return m_url; }
    QString address() const { return m_url.toString(); }

    static QString executable();
    static QString tlsFile(const QString &name);
    // A default configuration with the test CA added (verification stays on).
    static QSslConfiguration withTestCa();

    QJsonObject admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    QJsonObject setFaults(const QJsonObject &faults)
    {
        return admin("POST", QStringLiteral("/_sandbox/faults"), faults);
    }
    QJsonObject decisions() { return admin("GET", QStringLiteral("/_sandbox/decisions")); }

private:
    QProcess m_process;
    QUrl m_url;
    QNetworkAccessManager m_network;
};
