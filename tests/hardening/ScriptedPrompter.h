#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusObjectPath>
#include <QObject>
#include <QVariantMap>

// The person at the keyboard, scripted: gnome-keyring asks its system prompter (the GNOME
// password dialog, gcr) to unlock a locked collection; this one registers under the
// prompter's bus name on the private bus and answers every prompt with "no", exactly as gcr
// reports a click on Cancel (org.gnome.keyring.internal.Prompter, see gcr's
// gcr-system-prompter.c). gnome-keyring itself stays the real one.
class ScriptedPrompter : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.keyring.internal.Prompter")
public:
    explicit ScriptedPrompter(QDBusConnection bus, QObject *parent = nullptr);
    ~ScriptedPrompter() override;
    bool registerOnBus();
    int promptsRefused() const { return m_refused; }

public slots:
    void BeginPrompting(const QDBusObjectPath &callback);
    void PerformPrompt(const QDBusObjectPath &callback, const QString &type,
                       const QVariantMap &properties, const QString &exchange);
    void StopPrompting(const QDBusObjectPath &callback);

private:
    void callBack(const QString &method, const QList<QVariant> &arguments);

    QDBusConnection m_bus;
    int m_refused = 0;
};
