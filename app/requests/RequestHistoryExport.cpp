#include "RequestHistoryExport.h"

#include "consent/ConsentRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RequestHistoryExport {

QByteArray toJson(const QList<RightsRequest> &requests, const QList<RequestEvent> &events,
                  bool chainIntact, const QDateTime &exportedAt, const QString &language)
{
    QJsonArray requestArray;
    for (const RightsRequest &r : requests)
        requestArray.append(r.toJson(exportedAt.toLocalTime().date(), language));
    QJsonArray eventArray;
    for (const RequestEvent &e : events) {
        QJsonObject o = e.toJson();
        o.insert(QStringLiteral("canonical"), QString::fromUtf8(e.canonicalJson()));
        eventArray.append(o);
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("roer-request-history")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("exported_at"), ConsentRecord::timeString(exportedAt)},
        {QStringLiteral("chain_intact"), chainIntact},
        {QStringLiteral("hash_rule"),
         QStringLiteral("hash = sha256(canonical || previous_hash) in lower-case hex; one chain "
                        "per retailer; the first previous_hash is 64 zeros")},
        {QStringLiteral("requests"), requestArray},
        {QStringLiteral("events"), eventArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace RequestHistoryExport
