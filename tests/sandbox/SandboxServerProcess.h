#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

// Starts the real roer-sandbox executable on loopback for a test (port 0, --test-mode,
// --auto-approve) and reads its port from the first stdout line. Finds the executable in
// ROER_SANDBOX_BIN or ROER_BINARY_DIR/sandbox, the test TLS files in ROER_TLS_DIR or
// tests/data/tls in the source tree. Stops the process when destroyed.
class SandboxServerProcess
{
public:
    enum class Tls { None, TestCa, SelfSigned };

    SandboxServerProcess() = default;
    ~SandboxServerProcess();
    SandboxServerProcess(const SandboxServerProcess &) = delete;
    SandboxServerProcess &operator=(const SandboxServerProcess &) = delete;

    // extraArgs are added after the defaults (e.g. {"--data", dir} or {"--fail-next", "2"}).
    // withTestDefaults=false leaves out --test-mode and --auto-approve.
    bool start(Tls tls = Tls::None, const QStringList &extraArgs = {},
               bool withTestDefaults = true);
    void stop(); // SIGTERM and wait
    void kill(); // SIGKILL and wait
    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorText() const { return m_error; }

    static QString executable();
    static QString tlsDir();
    // A client TLS configuration that trusts exactly the test CA (never ignores errors).
    static QSslConfiguration clientTlsConfiguration();

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};
