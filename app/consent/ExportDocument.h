#pragma once

#include "core/Result.h"
#include "importing/Importer.h"

#include <QByteArray>
#include <QList>

// The export of the Roer protocol (docs/protocol §6), checked and cut into data files, so a
// "Refresh my data" is stored like an import of files with sensible, stable field paths:
//   <dataset id>.json  the dataset's records   (field paths "orders.json › order_id")
//   consents.json      the retailer's view of the customer's consents
//   datasets.json      per dataset: title, purposes, data categories, retention
// The envelope's request_id and generated_at change on every request and are left out, so
// unchanged data gives the same snapshot content and a second refresh adds nothing.
// Within a record the id-like members come first: the snapshot diff keys records on their
// first field (QJsonObject itself keeps members sorted by name).
class ExportDocument
{
public:
    static Result<QList<Importer::DataFile>> split(const QByteArray &json);
    // Compact JSON of an object with "id", then other "..._id" members, then the rest by name.
    static QByteArray objectIdFirst(const class QJsonObject &object);
};
