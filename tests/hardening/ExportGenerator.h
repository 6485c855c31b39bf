#pragma once

#include <QString>

// Invented exports written on the fly (never committed): an order history of any size, as a
// JSON array (what a 1 GB export of a large retailer looks like), for the kill campaigns.
namespace ExportGenerator {
// Writes about `bytes` bytes; returns the number of records, or -1 when writing failed.
qint64 writeOrders(const QString &path, qint64 bytes, quint32 seed = 1);
} // namespace ExportGenerator
