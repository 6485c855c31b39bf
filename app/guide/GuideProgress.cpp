#include "GuideProgress.h"

std::optional<GuideProgress::Step> GuideProgress::current() const
{
    for (int i = 0; i < kStepCount; ++i)
        if (!done[i] && !skipped[i])
            return Step(i);
    return std::nullopt;
}

int GuideProgress::doneCount() const
{
    int n = 0;
    for (bool d : done)
        n += d ? 1 : 0;
    return n;
}
