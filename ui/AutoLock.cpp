#include "AutoLock.h"

#include <QCoreApplication>
#include <QEvent>

AutoLock::AutoLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &AutoLock::idleTimeoutReached);
    QCoreApplication::instance()->installEventFilter(this);
}

AutoLock::~AutoLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void AutoLock::setIdleMinutes(int minutes)
{
    setIdleIntervalMs(minutes * 60 * 1000);
}

void AutoLock::setIdleIntervalMs(int ms)
{
    m_timer.setInterval(ms);
    if (m_timer.isActive())
        m_timer.start();
}

void AutoLock::start()
{
    m_timer.start();
}

void AutoLock::stop()
{
    m_timer.stop();
}

bool AutoLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_timer.isActive()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress: m_timer.start(); break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}
