#include "RequestHistoryVerifier.h"

#include "RequestEvent.h"
#include "consent/ConsentRecord.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>

Result<RequestHistoryVerifier::Report> RequestHistoryVerifier::verify(Vault &vault,
                                                                      qint64 retailerId)
{
    Report report;
    auto st = vault.prepare("SELECT event_id, request_id, retailer_id, canonical, previous_hash,"
                            " hash FROM request_event WHERE ? = 0 OR retailer_id = ? ORDER BY seq");
    st.bind(1, retailerId).bind(2, retailerId);
    QHash<qint64, QByteArray> lastHash;         // per retailer
    QHash<QString, QString> lastEventOfRequest; // request id -> event id
    auto problem = [&](const QString &id, const char *text) {
        report.problems.append({id, QCoreApplication::translate("Requests", text)});
    };
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ++report.eventsChecked;
        const QString eventId = st.text(0);
        const QString requestId = st.text(1);
        const qint64 retailer = st.int64(2);
        const QByteArray canonical = st.utf8(3);
        const QByteArray previousHash = st.utf8(4);
        const QByteArray hash = st.utf8(5);

        RequestEvent event;
        if (!RequestEvent::fromCanonicalJson(canonical, event)) {
            problem(eventId,
                    QT_TRANSLATE_NOOP("Requests",
                                      "This part of the history cannot be "
                                      "read."));
        } else {
            // Re-serialising must give the same bytes, or the stored text is not canonical.
            if (ConsentRecord::hashOf(canonical, previousHash) != hash
                || event.canonicalJson() != canonical)
                problem(eventId,
                        QT_TRANSLATE_NOOP("Requests",
                                          "This part of the history was "
                                          "changed after it was made."));
            if (event.eventId != eventId || event.requestId != requestId)
                problem(eventId,
                        QT_TRANSLATE_NOOP("Requests",
                                          "This part of the history does "
                                          "not match its place."));
            if (event.previousEventId != lastEventOfRequest.value(requestId))
                problem(eventId,
                        QT_TRANSLATE_NOOP("Requests",
                                          "A part of the history before "
                                          "this one is missing or was moved."));
        }
        if (previousHash != lastHash.value(retailer, ConsentRecord::genesisHash()))
            problem(eventId,
                    QT_TRANSLATE_NOOP("Requests",
                                      "A part of the history before this "
                                      "one is missing or was moved."));
        lastHash.insert(retailer, hash);
        lastEventOfRequest.insert(requestId, eventId);
    }

    // Each request points at its newest event: this finds a removed tail.
    auto req = vault.prepare(
        "SELECT id, last_event_id FROM rights_request WHERE ? = 0 OR retailer_id = ?");
    req.bind(1, retailerId).bind(2, retailerId);
    for (;;) {
        auto row = req.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (lastEventOfRequest.value(req.text(0)) != req.text(1))
            problem(req.text(1),
                    QT_TRANSLATE_NOOP("Requests",
                                      "The newest part of the history "
                                      "of this request is missing."));
    }
    return report;
}
