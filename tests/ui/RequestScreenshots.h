#pragma once

#include <QString>

// The Requests page, its dialogs and the overview's list of requests, rendered offscreen for
// docs/screenshots (part of roer_screenshots).
bool renderRequests(const QString &out, const QString &language);
