#pragma once

#include <QDateTime>

// Time seam (as in KeePassXC): production code asks Clock::instance(); a test installs its
// own clock to simulate "the retailer was down for three days" without waiting three days.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const; // UTC
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    static Clock &instance();
    // Not owned. nullptr restores the system clock.
    static void setInstance(Clock *clock);
};
