#pragma once

#include "GuideProgress.h"
#include "core/Result.h"

class Vault;

// The guide's progress, read from the vault, and what the customer chose about the guide
// (stopped, a step skipped, a step seen), kept in the vault's app_setting table: a vault is
// one customer, and a help desk resumes the guide where that customer left it.
class GuideStore
{
public:
    explicit GuideStore(Vault &vault) : m_vault(vault) {}

    Result<GuideProgress> progress();
    Result<void> setActive(bool active);
    Result<void> skip(GuideProgress::Step step);
    // For the steps about looking: SeeData when My data showed imported data, Receipt when
    // the Consents page showed a choice that reached the shop. Ignored before the step can be
    // done, so a look at an empty page does not count.
    Result<void> markSeen(GuideProgress::Step step);
    // Active again, with every skipped step back in the guide.
    Result<void> restart();

private:
    Result<QString> setting(const char *name);
    Result<void> setSetting(const char *name, const QString &value);
    Result<qint64> count(const char *sql);
    Result<void> addToList(const char *name, GuideProgress::Step step);

    Vault &m_vault;
};
