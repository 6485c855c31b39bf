#include "PrivateKeyring.h"

#include "Campaign.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QTest>

#include <csignal>

namespace {
const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
const QString kService = QStringLiteral("org.freedesktop.Secret.Service");
const QString kConnection = QStringLiteral("roer-private-keyring");
} // namespace

PrivateKeyring::PrivateKeyring()
{
    qDBusRegisterMetaType<QMap<QString, QString>>(); // a{ss}: SearchItems' attributes
    for (const char *d : {"runtime", "data", "home", "config", "cache"})
        QDir(m_dir.path()).mkpath(QLatin1String(d));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

PrivateKeyring::~PrivateKeyring()
{
    resumeDaemon();
    stopDaemon();
    QDBusConnection::disconnectFromBus(kConnection);
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        if (!m_bus.waitForFinished(3000)) {
            m_bus.kill();
            m_bus.waitForFinished(3000);
        }
    }
}

QProcessEnvironment PrivateKeyring::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

QDBusConnection PrivateKeyring::bus() const
{
    return QDBusConnection(kConnection);
}

bool PrivateKeyring::startBus()
{
    const QString socket = m_dir.filePath(QStringLiteral("bus"));
    m_bus.setProcessChannelMode(QProcess::SeparateChannels);
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--config-file=") + qEnvironmentVariable("ROER_TEST_DATA")
                     + QStringLiteral("/private-session-bus.conf"),
                 QStringLiteral("--address=unix:path=") + socket, QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(5000))
        return false;
    if (!QTest::qWaitFor([&] { return m_bus.canReadLine(); }, 10000))
        return false;
    m_address = QString::fromLatin1(m_bus.readLine().trimmed());
    return QDBusConnection::connectToBus(m_address, kConnection).isConnected();
}

bool PrivateKeyring::startDaemon()
{
    m_daemon.setProcessEnvironment(environment());
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.setStandardOutputFile(m_dir.filePath(QStringLiteral("keyring.log")),
                                   QIODevice::Append);
    m_daemon.start(QStringLiteral("gnome-keyring-daemon"),
                   {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                    QStringLiteral("--components=secrets")});
    if (!m_daemon.waitForStarted(5000))
        return false;
    m_daemon.write("roer-fault-keyring");
    m_daemon.closeWriteChannel();
    return QTest::qWaitFor(
        [&] {
            return bus().interface()->isServiceRegistered(kSecrets).value()
                && QDBusInterface(kSecrets, QStringLiteral("/org/freedesktop/secrets"), kService,
                                  bus())
                       .property("Collections")
                       .isValid();
        },
        10000);
}

void PrivateKeyring::stopDaemon()
{
    if (m_daemon.state() == QProcess::NotRunning)
        return;
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(5000))
        killDaemon();
}

void PrivateKeyring::killDaemon()
{
    if (m_daemon.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_daemon.processId()), SIGKILL);
    m_daemon.waitForFinished(5000);
    // The bus notices the name is gone a moment later.
    (void)QTest::qWaitFor([&] { return !bus().interface()->isServiceRegistered(kSecrets).value(); },
                          5000);
}

void PrivateKeyring::pauseDaemon()
{
    if (m_daemon.state() == QProcess::Running)
        ::kill(pid_t(m_daemon.processId()), SIGSTOP);
}

void PrivateKeyring::resumeDaemon()
{
    if (m_daemon.state() == QProcess::Running)
        ::kill(pid_t(m_daemon.processId()), SIGCONT);
}

bool PrivateKeyring::lockLogin()
{
    QDBusInterface service(kSecrets, QStringLiteral("/org/freedesktop/secrets"), kService, bus());
    const QDBusMessage reply =
        service.call(QStringLiteral("Lock"),
                     QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(
                         QStringLiteral("/org/freedesktop/secrets/collection/login"))}));
    bool locked = false;
    roerItems(&locked);
    return reply.type() == QDBusMessage::ReplyMessage && locked;
}

QList<QString> PrivateKeyring::roerItems(bool *locked)
{
    QDBusInterface service(kSecrets, QStringLiteral("/org/freedesktop/secrets"), kService, bus());
    QMap<QString, QString> attributes{{QStringLiteral("server"), QStringLiteral("Roer")}};
    const QDBusMessage reply =
        service.call(QStringLiteral("SearchItems"), QVariant::fromValue(attributes));
    QList<QString> out;
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return out;
    for (int i = 0; i < 2; ++i) {
        const auto paths =
            qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(i).value<QDBusArgument>());
        for (const QDBusObjectPath &p : paths)
            out.append(p.path());
        if (i == 1 && locked)
            *locked = !paths.isEmpty();
    }
    return out;
}

int PrivateKeyring::roerItemCount()
{
    return int(roerItems().size());
}

int PrivateKeyring::deleteRoerItems()
{
    int n = 0;
    for (const QString &path : roerItems()) {
        QDBusInterface item(kSecrets, path, QStringLiteral("org.freedesktop.Secret.Item"), bus());
        if (item.call(QStringLiteral("Delete")).type() == QDBusMessage::ReplyMessage)
            ++n;
    }
    return n;
}

QList<QByteArray> PrivateKeyring::roerSecrets()
{
    QDBusInterface service(kSecrets, QStringLiteral("/org/freedesktop/secrets"), kService, bus());
    const QDBusMessage session =
        service.call(QStringLiteral("OpenSession"), QStringLiteral("plain"),
                     QVariant::fromValue(QDBusVariant(QString())));
    QList<QByteArray> out;
    if (session.type() != QDBusMessage::ReplyMessage || session.arguments().size() != 2)
        return out;
    const QDBusObjectPath sessionPath = session.arguments().at(1).value<QDBusObjectPath>();
    for (const QString &path : roerItems()) {
        QDBusInterface item(kSecrets, path, QStringLiteral("org.freedesktop.Secret.Item"), bus());
        const QDBusMessage r =
            item.call(QStringLiteral("GetSecret"), QVariant::fromValue(sessionPath));
        if (r.type() != QDBusMessage::ReplyMessage || r.arguments().isEmpty())
            continue;
        const QDBusArgument arg = r.arguments().at(0).value<QDBusArgument>();
        QDBusObjectPath s;
        QByteArray parameters, value;
        QString contentType;
        arg.beginStructure();
        arg >> s >> parameters >> value >> contentType;
        arg.endStructure();
        out.append(value);
    }
    return out;
}
