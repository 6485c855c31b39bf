#pragma once

#include <QString>

// Help-desk mode (values masked, the band, the settings, large text, the unlock page),
// rendered offscreen for docs/screenshots (part of roer_screenshots).
bool renderHelpDesk(const QString &out, const QString &language);
