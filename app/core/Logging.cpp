#include "Logging.h"

Q_LOGGING_CATEGORY(lcVault, "roer.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "roer.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "roer.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExplain, "roer.explain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConsent, "roer.consent", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRequests, "roer.requests", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "roer.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "roer.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "roer.cli", QtInfoMsg)
