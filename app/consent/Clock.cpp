#include "Clock.h"

namespace {
Clock g_systemClock;
Clock *g_clock = nullptr;
} // namespace

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

Clock &Clock::instance()
{
    return g_clock ? *g_clock : g_systemClock;
}

void Clock::setInstance(Clock *clock)
{
    g_clock = clock;
}
