#include "RequestHistory.h"

#include "consent/Clock.h"
#include "consent/ConsentRecord.h"
#include "vault/Vault.h"

#include <QUuid>

namespace {
RequestEvent readEvent(SqlStatement &st)
{
    RequestEvent e;
    RequestEvent::fromCanonicalJson(st.utf8(0), e);
    e.retailerId = st.int64(1);
    e.previousHash = st.utf8(2);
    e.hash = st.utf8(3);
    return e;
}
} // namespace

Result<RequestEvent> RequestHistory::append(RequestEvent event)
{
    event.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!event.time.isValid())
        event.time = Clock::instance().now();
    event.time = event.time.toUTC();

    // One chain per retailer, like consent records: removing a retailer leaves others intact.
    auto prev = m_vault.prepare(
        "SELECT hash FROM request_event WHERE retailer_id = ? ORDER BY seq DESC LIMIT 1");
    prev.bind(1, event.retailerId);
    auto hasPrev = prev.step();
    if (!hasPrev)
        return hasPrev.error();
    event.previousHash = *hasPrev ? prev.utf8(0) : ConsentRecord::genesisHash();
    auto prevEvent = m_vault.prepare(
        "SELECT event_id FROM request_event WHERE request_id = ? ORDER BY seq DESC LIMIT 1");
    prevEvent.bind(1, event.requestId);
    auto hasPrevEvent = prevEvent.step();
    if (!hasPrevEvent)
        return hasPrevEvent.error();
    event.previousEventId = *hasPrevEvent ? prevEvent.text(0) : QString();

    const QByteArray canonical = event.canonicalJson();
    event.hash = ConsentRecord::hashOf(canonical, event.previousHash);
    auto ins = m_vault.prepare("INSERT INTO request_event (event_id, request_id, retailer_id,"
                               " canonical, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?)");
    ins.bind(1, event.eventId)
        .bind(2, event.requestId)
        .bind(3, event.retailerId)
        .bindText(4, canonical)
        .bindText(5, event.previousHash)
        .bindText(6, event.hash);
    if (auto r = ins.exec(); !r)
        return r.error();
    auto last = m_vault.prepare("UPDATE rights_request SET last_event_id = ? WHERE id = ?");
    if (auto r = last.bind(1, event.eventId).bind(2, event.requestId).exec(); !r)
        return r.error();
    return event;
}

Result<QList<RequestEvent>> RequestHistory::ofRequest(const QString &requestId)
{
    auto st = m_vault.prepare("SELECT canonical, retailer_id, previous_hash, hash FROM"
                              " request_event WHERE request_id = ? ORDER BY seq");
    st.bind(1, requestId);
    return st.collect<RequestEvent>(readEvent);
}

Result<QList<RequestEvent>> RequestHistory::ofRetailer(qint64 retailerId)
{
    auto st = m_vault.prepare("SELECT canonical, retailer_id, previous_hash, hash FROM"
                              " request_event WHERE ? = 0 OR retailer_id = ? ORDER BY seq");
    st.bind(1, retailerId).bind(2, retailerId);
    return st.collect<RequestEvent>(readEvent);
}
