#pragma once

#include <QByteArray>
#include <QDBusConnection>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// A session bus of our own (private-session-bus.conf: no service activation) with a real
// gnome-keyring-daemon on it, for the keychain fault campaign: the test may pause, kill,
// lock or empty this keyring without touching the one tests/run-headless shares with the
// other tests. Child processes get environment(); the test talks to the bus through bus().
class PrivateKeyring
{
public:
    PrivateKeyring();
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    bool startBus();
    bool startDaemon(); // with its login collection unlocked
    void stopDaemon();  // SIGTERM, waits
    void killDaemon();  // SIGKILL, waits
    void pauseDaemon(); // SIGSTOP: every call to the Secret Service hangs
    void resumeDaemon();
    bool daemonRunning() const { return m_daemon.state() == QProcess::Running; }

    bool lockLogin();
    // Deletes every item of service "Roer" (QtKeychain: attribute server=Roer).
    int deleteRoerItems();
    int roerItemCount();
    // The secrets of the Roer items, read over a "plain" Secret Service session.
    QList<QByteArray> roerSecrets();

    QProcessEnvironment environment() const;
    QDBusConnection bus() const;
    QString address() const { return m_address; }
    QString scratch() const { return m_dir.path(); }

private:
    QList<QString> roerItems(bool *locked = nullptr);

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_daemon;
    QString m_address;
};
