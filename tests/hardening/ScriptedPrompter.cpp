#include "ScriptedPrompter.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QTimer>

namespace {
const QString kName = QStringLiteral("org.gnome.keyring.SystemPrompter");
const QString kPath = QStringLiteral("/org/gnome/keyring/Prompter");
const QString kCallback = QStringLiteral("org.gnome.keyring.internal.Prompter.Callback");
} // namespace

ScriptedPrompter::ScriptedPrompter(QDBusConnection bus, QObject *parent)
    : QObject(parent), m_bus(std::move(bus))
{
}

ScriptedPrompter::~ScriptedPrompter()
{
    m_bus.unregisterObject(kPath);
    m_bus.unregisterService(kName);
}

bool ScriptedPrompter::registerOnBus()
{
    return m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots)
        && m_bus.registerService(kName);
}

void ScriptedPrompter::callBack(const QString &method, const QList<QVariant> &arguments)
{
    // Only after our reply to this call has gone out (as gcr does): gnome-keyring ignores a
    // callback that overtakes the reply.
    QDBusMessage call =
        QDBusMessage::createMethodCall(message().service(),
                                       message().arguments().at(0).value<QDBusObjectPath>().path(),
                                       kCallback, method);
    call.setArguments(arguments);
    QTimer::singleShot(0, this, [this, call] { m_bus.asyncCall(call); });
}

void ScriptedPrompter::BeginPrompting(const QDBusObjectPath &)
{
    // Ready for the first prompt ("" is "no reply yet"); no secret exchange is offered.
    callBack(QStringLiteral("PromptReady"), {QString(), QVariantMap(), QString()});
}

void ScriptedPrompter::PerformPrompt(const QDBusObjectPath &, const QString &, const QVariantMap &,
                                     const QString &)
{
    ++m_refused;
    callBack(QStringLiteral("PromptReady"), {QStringLiteral("no"), QVariantMap(), QString()});
}

void ScriptedPrompter::StopPrompting(const QDBusObjectPath &)
{
    callBack(QStringLiteral("PromptDone"), {});
}
