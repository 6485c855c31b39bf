#pragma once

#include <array>
#include <optional>

// Where a customer is in the guide from install to a first decision sent (issue 10). The
// steps are done by what the customer really did in the vault, not by pressing "next": a
// shop added, data imported or an account linked, a choice saved, a choice sent. Two steps
// are about looking (the data explained, the receipt), so the pages report that they were seen.
struct GuideProgress
{
    enum class Step { AddShop, GetData, SeeData, Choose, Send, Receipt };
    static constexpr int kStepCount = 6;

    bool active = true; // false once the customer stopped the guide
    std::array<bool, kStepCount> done{};
    std::array<bool, kStepCount> skipped{};

    bool isDone(Step s) const { return done[int(s)]; }
    bool isSkipped(Step s) const { return skipped[int(s)]; }
    // The first step that is neither done nor skipped; none when the guide is finished.
    std::optional<Step> current() const;
    int doneCount() const;
};
