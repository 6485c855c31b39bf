#include "RequestStore.h"

#include "Deadline.h"
#include "RequestHistory.h"
#include "RequestOutbox.h"
#include "RequestProtocol.h"
#include "consent/Clock.h"
#include "consent/ConsentRecord.h"
#include "consent/ConsentStore.h"
#include "core/Logging.h"
#include "directory/RetailerStore.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {
Error invalid(const char *text)
{
    return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("Requests", text));
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? ConsentRecord::timeString(t) : QString();
}

QDate date(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}

QDateTime time(const QString &s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}

QDate today()
{
    return Clock::instance().now().toLocalTime().date();
}

constexpr const char *kSelect =
    "SELECT r.id, r.retailer_id, t.name, r.kind, r.delivery, r.language, r.details, r.status,"
    " r.reason, r.created_at, r.sent_on, r.sent_by, r.received_on, r.due_on, r.extended_due_on,"
    " r.extension_notice_on, r.closed_at, r.result_snapshot_id, r.access_information,"
    " r.letter_made_at, r.reminder_made_at, r.complaint_made_at, r.updated_at, t.website"
    " FROM rights_request r JOIN retailer t ON t.id = r.retailer_id ";

RightsRequest readRequest(SqlStatement &st)
{
    RightsRequest r;
    r.id = st.text(0);
    r.retailerId = st.int64(1);
    r.retailerName = st.text(2);
    r.kind = Requests::kindFromId(st.text(3)).value_or(Requests::Kind::Access);
    r.delivery = Requests::deliveryFromId(st.text(4)).value_or(Requests::Delivery::Letter);
    r.language = st.text(5);
    r.details = RequestDetails::fromJson(QJsonDocument::fromJson(st.utf8(6)).object());
    r.status = Requests::statusFromId(st.text(7)).value_or(Requests::Status::LetterMade);
    r.reason = QJsonDocument::fromJson(st.utf8(8)).object();
    r.createdAt = time(st.text(9));
    r.sentOn = date(st.text(10));
    r.sentBy = Requests::sentByFromId(st.text(11));
    r.receivedOn = date(st.text(12));
    r.dueOn = date(st.text(13));
    r.extendedDueOn = date(st.text(14));
    r.extensionNoticeOn = date(st.text(15));
    r.closedAt = time(st.text(16));
    r.resultSnapshotId = st.int64(17);
    r.accessInformation = QJsonDocument::fromJson(st.utf8(18)).object();
    r.letterMadeAt = time(st.text(19));
    r.reminderMadeAt = time(st.text(20));
    r.complaintMadeAt = time(st.text(21));
    r.updatedAt = time(st.text(22));
    r.retailerWebsite = st.text(23);
    return r;
}

// Where an answer may take a request: never backwards, never out of a closed state.
int rank(Requests::Status s)
{
    switch (s) {
    case Requests::Status::Waiting:
    case Requests::Status::LetterMade: return 0;
    case Requests::Status::Sent: return 1;
    case Requests::Status::Received: return 2;
    case Requests::Status::InProgress: return 3;
    case Requests::Status::Extended: return 4;
    case Requests::Status::Completed:
    case Requests::Status::Refused:
    case Requests::Status::Cancelled: return 5;
    }
    return 0;
}
} // namespace

RequestEvent RequestStore::eventFor(const RightsRequest &r, const char *what)
{
    RequestEvent e;
    e.requestId = r.id;
    e.retailerId = r.retailerId;
    e.controllerName = r.retailerName;
    e.controllerWebsite = r.retailerWebsite;
    e.kind = Requests::kindId(r.kind);
    e.delivery = Requests::deliveryId(r.delivery);
    e.event = QLatin1String(what);
    e.status = Requests::statusId(r.status);
    e.source = QStringLiteral("customer");
    return e;
}

Result<void> RequestStore::writeRow(const RightsRequest &r, bool insert)
{
    const char *sql = insert
        ? "INSERT INTO rights_request (kind, delivery, language, details, status, reason,"
          " created_at, sent_on, sent_by, received_on, due_on, extended_due_on,"
          " extension_notice_on, closed_at, result_snapshot_id, access_information,"
          " letter_made_at, reminder_made_at, complaint_made_at, updated_at, retailer_id, id,"
          " last_event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          " ?, ?, '')"
        : "UPDATE rights_request SET kind = ?, delivery = ?, language = ?, details = ?,"
          " status = ?, reason = ?, created_at = ?, sent_on = ?, sent_by = ?, received_on = ?,"
          " due_on = ?, extended_due_on = ?, extension_notice_on = ?, closed_at = ?,"
          " result_snapshot_id = ?, access_information = ?, letter_made_at = ?,"
          " reminder_made_at = ?, complaint_made_at = ?, updated_at = ?"
          " WHERE retailer_id = ? AND id = ?";
    auto st = m_vault.prepare(sql);
    auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    st.bind(1, Requests::kindId(r.kind))
        .bind(2, Requests::deliveryId(r.delivery))
        .bind(3, r.language)
        .bindText(4, QJsonDocument(r.details.toJson()).toJson(QJsonDocument::Compact))
        .bind(5, Requests::statusId(r.status));
    if (r.reason.isEmpty())
        st.bindNull(6);
    else
        st.bindText(6, json(r.reason));
    st.bind(7, timeText(r.createdAt))
        .bind(8, dateText(r.sentOn))
        .bind(9, r.sentBy ? Requests::sentById(*r.sentBy) : QString())
        .bind(10, dateText(r.receivedOn))
        .bind(11, dateText(r.dueOn))
        .bind(12, dateText(r.extendedDueOn))
        .bind(13, dateText(r.extensionNoticeOn))
        .bind(14, timeText(r.closedAt));
    if (r.resultSnapshotId)
        st.bind(15, r.resultSnapshotId);
    else
        st.bindNull(15);
    if (r.accessInformation.isEmpty())
        st.bindNull(16);
    else
        st.bindText(16, json(r.accessInformation));
    st.bind(17, timeText(r.letterMadeAt))
        .bind(18, timeText(r.reminderMadeAt))
        .bind(19, timeText(r.complaintMadeAt))
        .bind(20, timeText(r.updatedAt))
        .bind(21, r.retailerId)
        .bind(22, r.id);
    return st.exec();
}

Result<RightsRequest> RequestStore::change(const RightsRequest &updated, RequestEvent event,
                                           bool inCaller)
{
    RightsRequest r = updated;
    r.updatedAt = Clock::instance().now();
    event.status = Requests::statusId(r.status);
    std::optional<VaultTransaction> tx;
    if (!inCaller) {
        tx.emplace(m_vault);
        if (!tx->begun())
            return tx->begun().error();
    }
    if (auto w = writeRow(r, false); !w)
        return w.error();
    if (auto e = RequestHistory(m_vault).append(event); !e)
        return e.error();
    if (tx) {
        if (auto c = tx->commit(); !c)
            return c.error();
    }
    return r;
}

Result<RightsRequest> RequestStore::create(const NewRequest &n)
{
    auto retailer = RetailerStore(m_vault).find(n.retailerId);
    if (!retailer)
        return retailer.error();
    if (!*retailer)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("Requests",
                                                       "Roer does not know this shop."));
    RequestDetails d = n.details;
    for (QString *text : {&d.scope, &d.reason, &d.wrongValue, &d.correctValue, &d.customerNumber})
        *text = text->trimmed();
    if (n.kind == Requests::Kind::Rectification && d.wrongValue.isEmpty()
        && d.correctValue.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("Requests", "Say what is wrong, and what it should be."));
    if (n.kind == Requests::Kind::Objection && d.objectTo == Requests::ObjectTo::Nothing)
        return invalid(
            QT_TRANSLATE_NOOP("Requests",
                              "Choose what you object to: advertising, a profile, or both."));
    if (n.language != QLatin1String("nl") && n.language != QLatin1String("en"))
        return invalid(QT_TRANSLATE_NOOP("Requests", "A letter can be in Dutch or in English."));
    if (n.kind != Requests::Kind::Erasure)
        d.withdrawConsents = false;

    RightsRequest r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.retailerId = n.retailerId;
    r.retailerName = (*retailer)->name;
    r.retailerWebsite = (*retailer)->website;
    r.kind = n.kind;
    r.delivery = !n.byLetter && !(*retailer)->apiBase.isEmpty() ? Requests::Delivery::Api
                                                                : Requests::Delivery::Letter;
    r.language = n.language;
    r.details = d;
    r.createdAt = Clock::instance().now().toUTC();
    r.updatedAt = r.createdAt;
    const bool api = r.delivery == Requests::Delivery::Api;
    r.status = api ? Requests::Status::Waiting : Requests::Status::LetterMade;
    if (!api)
        r.letterMadeAt = r.createdAt;

    VaultTransaction tx(m_vault);
    if (!tx.begun())
        return tx.begun().error();
    if (auto w = writeRow(r, true); !w)
        return w.error();
    RequestEvent e = eventFor(r, RequestEvent::kCreated);
    e.time = r.createdAt;
    e.details = QJsonObject{{QStringLiteral("details"), d.toJson()},
                            {QStringLiteral("language"), r.language},
                            {QStringLiteral("method"), n.method},
                            {QStringLiteral("article"), Requests::kindArticle(r.kind)}};
    if (auto a = RequestHistory(m_vault).append(e); !a)
        return a.error();
    if (d.withdrawConsents) {
        // Art. 7(3) with Art. 17(1)(b): every consent the customer gave this shop is withdrawn
        // in Roer too, committed with the request and sent through the consent outbox.
        if (auto w = withdrawEveryConsent(r); !w)
            return w.error();
    }
    if (api) {
        if (auto q = RequestOutbox(m_vault).enqueue(r.id, r.retailerId, RequestProtocol::body(r),
                                                    Clock::instance().nowMs());
            !q)
            return q.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    qCInfo(lcRequests) << "rights request committed" << (api ? "to outbox" : "as a letter");
    return r;
}

Result<void> RequestStore::withdrawEveryConsent(const RightsRequest &r)
{
    ConsentStore consents(m_vault);
    auto decisions = consents.decisions(r.retailerId);
    if (!decisions)
        return decisions.error();
    for (const ConsentDecision &c : std::as_const(*decisions)) {
        if (c.state != Consent::State::Given)
            continue;
        DecisionRequest w;
        w.retailerId = r.retailerId;
        w.purposeId = c.purposeId;
        w.state = Consent::State::Withdrawn;
        w.method = QStringLiteral("roer-request");
        w.decidedAt = r.createdAt;
        if (auto made = consents.decide(w, true); !made) {
            // A purpose the shop needs for an order cannot be switched off, and one it no
            // longer lists has nothing to withdraw; the rest can.
            if (made.error().code == ErrorCode::InvalidInput
                || made.error().code == ErrorCode::NotFound)
                continue;
            return made.error();
        }
    }
    return {};
}

Result<RightsRequest> RequestStore::find(const QString &idOrPrefix)
{
    const QString key = idOrPrefix.trimmed().toLower();
    if (key.size() < 6)
        return invalid(
            QT_TRANSLATE_NOOP("Requests", "Give at least the first 6 characters of the request."));
    static const QByteArray sql = QByteArray(kSelect) + "WHERE substr(r.id, 1, ?) = ? LIMIT 2";
    auto st = m_vault.prepare(sql.constData());
    st.bind(1, int(key.size())).bind(2, key);
    auto rows = st.collect<RightsRequest>(readRequest);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("Requests",
                                                       "Roer does not know this request."));
    if (rows->size() > 1)
        return invalid(
            QT_TRANSLATE_NOOP("Requests",
                              "More than one request starts like this. Give more of it."));
    return rows->first();
}

Result<QList<RightsRequest>> RequestStore::list(qint64 retailerId)
{
    static const QByteArray sql =
        QByteArray(kSelect) + "WHERE ? = 0 OR r.retailer_id = ? ORDER BY r.created_at DESC, r.id";
    auto st = m_vault.prepare(sql.constData());
    st.bind(1, retailerId).bind(2, retailerId);
    return st.collect<RightsRequest>(readRequest);
}

Result<QList<RequestEvent>> RequestStore::history(const QString &requestId)
{
    return RequestHistory(m_vault).ofRequest(requestId);
}

Result<RightsRequest> RequestStore::markSent(const QString &id, const QDate &on,
                                             Requests::SentBy by, const QByteArray &letterSha256)
{
    auto found = find(id);
    if (!found)
        return found;
    RightsRequest r = *found;
    if (r.delivery != Requests::Delivery::Letter)
        return invalid(
            QT_TRANSLATE_NOOP("Requests",
                              "Roer sends this request through the shop's link. You do not have to "
                              "send it."));
    if (r.status != Requests::Status::LetterMade && r.status != Requests::Status::Sent)
        return invalid(QT_TRANSLATE_NOOP("Requests", "The shop already answered this request."));
    if (!on.isValid() || on > today())
        return invalid(
            QT_TRANSLATE_NOOP("Requests", "The date you sent it cannot be in the future."));
    if (on < r.createdAt.toLocalTime().date())
        return invalid(
            QT_TRANSLATE_NOOP("Requests",
                              "The date you sent it cannot be before you made the request."));
    r.status = Requests::Status::Sent;
    r.sentOn = on;
    r.sentBy = by;
    // A letter by post reaches the shop later; the shop's month starts when it arrives.
    r.receivedOn = by == Requests::SentBy::Post ? on.addDays(2) : on;
    r.dueOn = Deadline::due(r.receivedOn);
    RequestEvent e = eventFor(r, RequestEvent::kSent);
    e.details = QJsonObject{{QStringLiteral("sent_on"), dateText(on)},
                            {QStringLiteral("sent_by"), Requests::sentById(by)},
                            {QStringLiteral("received_on"), dateText(r.receivedOn)},
                            {QStringLiteral("due_on"), dateText(r.dueOn)}};
    if (!letterSha256.isEmpty())
        e.details.insert(QStringLiteral("letter_sha256"), QString::fromLatin1(letterSha256));
    return change(r, e);
}

Result<RightsRequest> RequestStore::recordDelivered(const QString &id, const QDateTime &receivedAt,
                                                    const QString &receiptId)
{
    auto found = find(id);
    if (!found)
        return found;
    RightsRequest r = *found;
    if (r.status != Requests::Status::Waiting)
        return r; // already recorded (a replayed answer): nothing new happened
    r.status = Requests::Status::Received;
    r.sentOn = r.createdAt.toLocalTime().date();
    r.sentBy = Requests::SentBy::Api;
    r.receivedOn = receivedAt.toLocalTime().date();
    r.dueOn = Deadline::due(r.receivedOn);
    RequestEvent e = eventFor(r, RequestEvent::kDelivered);
    e.source = QStringLiteral("retailer-api");
    e.details = QJsonObject{{QStringLiteral("received_at"), timeText(receivedAt)},
                            {QStringLiteral("receipt_id"), receiptId},
                            {QStringLiteral("due_on"), dateText(r.dueOn)}};
    return change(r, e, true);
}

Result<RightsRequest> RequestStore::recordAnswer(const QString &id, const RequestAnswer &a)
{
    auto found = find(id);
    if (!found)
        return found;
    RightsRequest r = *found;
    const bool fromApi = a.source == QLatin1String("retailer-api");
    if (!Requests::isOpen(r.status)) {
        if (fromApi)
            return r;
        return invalid(QT_TRANSLATE_NOOP("Requests", "This request is closed."));
    }
    if (rank(r.status) == 0 && !fromApi)
        return invalid(QT_TRANSLATE_NOOP("Requests", "Tell Roer first that you sent the request."));
    if (rank(a.status) < rank(r.status)
        || (a.status == r.status && a.status != Requests::Status::Extended))
        return r; // nothing new; answers never move a request back
    if (fromApi && !r.receivedOn.isValid() && a.receivedAt.isValid()) {
        r.receivedOn = a.receivedAt.toLocalTime().date();
        r.dueOn = Deadline::due(r.receivedOn);
    }
    const QDateTime at = a.at.isValid() ? a.at : Clock::instance().now();
    RequestEvent e = eventFor(r, RequestEvent::kStatus);
    e.source = a.source;
    e.details = QJsonObject{{QStringLiteral("status"), Requests::statusId(a.status)},
                            {QStringLiteral("said_at"), timeText(at)}};
    if (!a.reason.isEmpty()) {
        r.reason = a.reason;
        e.details.insert(QStringLiteral("reason"), a.reason);
    }
    if (a.status == Requests::Status::Extended) {
        const QDate notice = at.toLocalTime().date();
        const Deadline::Extension ext = Deadline::extension(r.receivedOn, notice, a.extendedUntil);
        const QDate asked =
            a.extendedUntil.isValid() ? a.extendedUntil : Deadline::latestExtended(r.receivedOn);
        if (r.status == Requests::Status::Extended
            && r.extendedDueOn == (ext.valid ? ext.due : asked))
            return r;
        r.extensionNoticeOn = notice;
        r.extendedDueOn = ext.valid ? ext.due : asked;
        e.details.insert(QStringLiteral("extended_until"), dateText(r.extendedDueOn));
        e.details.insert(QStringLiteral("extension_counts"), ext.valid);
    }
    if (a.status == Requests::Status::Completed || a.status == Requests::Status::Refused)
        r.closedAt = at;
    if (a.resultAvailable)
        e.details.insert(QStringLiteral("result_available"), true);
    r.status = a.status;
    return change(r, e);
}

Result<RightsRequest> RequestStore::recordResult(const QString &id, qint64 snapshotId,
                                                 const QByteArray &sha256,
                                                 const QJsonObject &accessInformation)
{
    auto found = find(id);
    if (!found)
        return found;
    RightsRequest r = *found;
    if (r.status != Requests::Status::Completed)
        return invalid(
            QT_TRANSLATE_NOOP("Requests", "The shop has not finished this request yet."));
    r.resultSnapshotId = snapshotId;
    r.accessInformation = accessInformation;
    RequestEvent e = eventFor(r, RequestEvent::kResultStored);
    e.source = QStringLiteral("roer");
    e.details = QJsonObject{{QStringLiteral("sha256"), QString::fromLatin1(sha256)},
                            {QStringLiteral("access_items"),
                             QJsonArray::fromStringList(accessInformation.keys())}};
    return change(r, e);
}

Result<RightsRequest> RequestStore::recordReminderMade(const QString &id,
                                                       const QByteArray &letterSha256)
{
    auto found = find(id);
    if (!found)
        return found;
    RightsRequest r = *found;
    if (!r.isLate(today()))
        return invalid(
            QT_TRANSLATE_NOOP("Requests", "A reminder is only for a request that is late."));
    r.reminderMadeAt = Clock::instance().now();
    RequestEvent e = eventFor(r, RequestEvent::kReminderMade);
    e.details = QJsonObject{{QStringLiteral("letter_sha256"), QString::fromLatin1(letterSha256)},
                            {QStringLiteral("deadline"), dateText(r.deadline())}};
    return change(r, e);
}

Result<RightsRequest> RequestStore::recordComplaintMade(const QString &id,
                                                        const QByteArray &packSha256)
{
    auto found = find(id);
    if (!found)
        return found;
    RightsRequest r = *found;
    if (!r.isLate(today()) && r.status != Requests::Status::Refused)
        return invalid(
            QT_TRANSLATE_NOOP("Requests",
                              "A complaint is for a request that is late or was refused."));
    r.complaintMadeAt = Clock::instance().now();
    RequestEvent e = eventFor(r, RequestEvent::kComplaintMade);
    e.details = QJsonObject{{QStringLiteral("pack_sha256"), QString::fromLatin1(packSha256)}};
    return change(r, e);
}

Result<RightsRequest> RequestStore::cancel(const QString &id)
{
    auto found = find(id);
    if (!found)
        return found;
    RightsRequest r = *found;
    if (!Requests::isOpen(r.status))
        return invalid(QT_TRANSLATE_NOOP("Requests", "This request is closed."));
    r.status = Requests::Status::Cancelled;
    r.closedAt = Clock::instance().now();
    VaultTransaction tx(m_vault);
    if (!tx.begun())
        return tx.begun().error();
    // Not sent yet: it stays that way. (Already delivered: the shop has it; the customer
    // tells them themselves.)
    auto stop = m_vault.prepare("UPDATE request_outbox SET status = 'refused', updated_ms = ?"
                                " WHERE request_id = ? AND status IN ('waiting', 'sent',"
                                " 'needs_attention')");
    if (auto s = stop.bind(1, Clock::instance().nowMs()).bind(2, r.id).exec(); !s)
        return s.error();
    auto changed = change(r, eventFor(r, RequestEvent::kCancelled), true);
    if (!changed)
        return changed;
    if (auto c = tx.commit(); !c)
        return c.error();
    return changed;
}

Result<Requester> RequestStore::requester()
{
    auto st = m_vault.prepare("SELECT name, address, email FROM requester WHERE id = 1");
    auto row = st.step();
    if (!row)
        return row.error();
    Requester q;
    if (*row) {
        q.name = st.text(0);
        q.address = st.text(1);
        q.email = st.text(2);
    }
    return q;
}

Result<void> RequestStore::saveRequester(const Requester &q)
{
    // SQLite 3.15 has no UPSERT; one fixed row makes REPLACE a clean overwrite.
    auto st = m_vault.prepare("INSERT OR REPLACE INTO requester (id, name, address, email,"
                              " updated_at) VALUES (1, ?, ?, ?, ?)");
    return st.bind(1, q.name.trimmed())
        .bind(2, q.address.trimmed())
        .bind(3, q.email.trimmed())
        .bind(4, timeText(Clock::instance().now()))
        .exec();
}
