#pragma once

#include "RequestEvent.h"
#include "RightsRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// The history of the customer's requests, to keep as proof or to add to a complaint: JSON with
// every event, its exact canonical text and both hashes, so anyone can check the chain again
// (sha256 of the canonical text followed by the previous hash; per retailer; the first
// previous hash is 64 zeros), and whether Roer found the chain intact when exporting.
namespace RequestHistoryExport {
QByteArray toJson(const QList<RightsRequest> &requests, const QList<RequestEvent> &events,
                  bool chainIntact, const QDateTime &exportedAt, const QString &language);
} // namespace RequestHistoryExport
