#pragma once

#include <QObject>
#include <QTimer>

// Locks Roer after a time without input. An application-wide event filter sees every key
// press, click, wheel turn and mouse move, and restarts the countdown.
class AutoLock : public QObject
{
    Q_OBJECT
public:
    explicit AutoLock(QObject *parent = nullptr);
    ~AutoLock() override;

    void setIdleMinutes(int minutes);
    // Test seam: a short idle time in milliseconds.
    void setIdleIntervalMs(int ms);
    int idleIntervalMs() const { return m_timer.interval(); }

    // Counting only while the vault is open.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    int remainingMs() const { return m_timer.remainingTime(); }

signals:
    void idleTimeoutReached();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};
