#pragma once

#include "ConsentRecord.h"
#include "RetailerInfo.h"

#include <QByteArray>
#include <QList>

// The customer's consent history for one retailer, to keep or to show: as JSON (machine
// readable, with the hashes so anyone can re-check the chain) and as a printable HTML page
// (text only: no scripts, no images, no external links), in the customer's language.
class ConsentHistoryExport
{
public:
    static QByteArray toJson(const RetailerInfo &retailer, const QList<ConsentRecord> &records,
                             bool chainIntact, const QDateTime &exportedAt);
    static QByteArray toHtml(const RetailerInfo &retailer, const QList<ConsentRecord> &records,
                             bool chainIntact, const QDateTime &exportedAt);
};
