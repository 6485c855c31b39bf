#pragma once

#include <QDateTime>
#include <QString>

class Vault;

// Shared by the Requests page tests and the screenshot tool: shops and requests in every state,
// made with the real store while a test clock stands at the right days.
namespace RequestsTestSupport {
// A shop from the bundled directory (with its postal address), e.g. "datarequests:blendle".
qint64 addDirectoryShop(Vault &vault, const QString &directoryId);
// Four requests around `now`: an access request 10 days late (Blendle), an erasure the shop
// extended in time (Bol), an objection letter made three days ago and not sent (Zeeman), and a
// rectification the shop refused (Albert). Returns false when something could not be made.
bool makeSampleRequests(Vault &vault, qint64 blendle, qint64 bol, qint64 zeeman, qint64 albert,
                        const QDateTime &now);
} // namespace RequestsTestSupport
