#pragma once

#include <QLoggingCategory>

// One category per area. Log events and counts, never values: no personal data, keys,
// tokens or file contents may reach a log.
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcExplain)
Q_DECLARE_LOGGING_CATEGORY(lcConsent)
Q_DECLARE_LOGGING_CATEGORY(lcRequests)
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
