#include "ConsentStore.h"

#include "Clock.h"
#include "Outbox.h"
#include "core/Logging.h"
#include "vault/Vault.h"
#include "vault/VaultTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <optional>

namespace {
Error notFound()
{
    return Error::make(ErrorCode::NotFound,
                       QCoreApplication::translate("Consent", "Roer does not know this retailer."));
}

template<typename T>
Result<QList<T>> collect(SqlStatement &st, T (*read)(SqlStatement &))
{
    QList<T> out;
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(read(st));
    }
}

RetailerInfo readRetailer(SqlStatement &st)
{
    RetailerInfo r;
    r.id = st.int64(0);
    r.name = st.text(1);
    r.website = st.text(2);
    r.privacyEmail = st.text(3);
    r.postalAddress = st.text(4);
    r.apiBase = st.text(5);
    return r;
}

RetailerPurpose readPurpose(SqlStatement &st)
{
    return RetailerPurpose::fromJson(QJsonDocument::fromJson(st.utf8(0)).object());
}

ConsentDecision readDecision(SqlStatement &st)
{
    ConsentDecision d;
    d.retailerId = st.int64(0);
    d.purposeId = st.text(1);
    d.recordId = st.text(2);
    d.state = Consent::stateFromId(st.text(3)).value_or(Consent::State::Unknown);
    d.channels = st.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.context.until = QDate::fromString(st.text(5), Qt::ISODate);
    d.context.place = Consent::placeFromId(st.text(6)).value_or(Consent::Place::Anywhere);
    d.context.whileUsingApp = st.int64(7) != 0;
    d.decidedAt = QDateTime::fromString(st.text(8), Qt::ISODateWithMs);
    const QString delivery = st.text(9);
    if (!st.isNull(10))
        d.letterSentAt = QDateTime::fromString(st.text(10), Qt::ISODateWithMs);
    if (delivery == QLatin1String("letter"))
        d.delivery = Consent::Delivery::ByLetter;
    else
        d.delivery = Consent::deliveryFromId(st.text(11)).value_or(Consent::Delivery::Waiting);
    d.receiptId = st.text(12);
    d.problem = st.text(13);
    return d;
}

ConsentRecord readRecord(SqlStatement &st)
{
    ConsentRecord r;
    ConsentRecord::fromCanonicalJson(st.utf8(0), r);
    r.retailerId = st.int64(1);
    r.previousHash = st.utf8(2);
    r.hash = st.utf8(3);
    return r;
}

constexpr const char *kDecisionSelect =
    "SELECT d.retailer_id, d.purpose_id, d.record_id, d.state, d.channels, d.valid_until, d.place,"
    " d.while_using_app, d.decided_at, d.delivery, d.letter_sent_at, o.status, o.receipt_id, "
    "o.problem"
    " FROM consent_decision d LEFT JOIN consent_outbox o ON o.record_id = d.record_id ";
} // namespace

Result<RetailerInfo> ConsentStore::retailer(qint64 id)
{
    auto st = m_vault.prepare("SELECT id, name, website, privacy_email, postal_address, api_base"
                              " FROM retailer WHERE id = ?");
    st.bind(1, id);
    auto rows = collect(st, readRetailer);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notFound();
    return rows->first();
}

Result<RetailerInfo> ConsentStore::retailerByName(const QString &name)
{
    auto st = m_vault.prepare("SELECT id, name, website, privacy_email, postal_address, api_base"
                              " FROM retailer WHERE name = ? COLLATE NOCASE");
    st.bind(1, name.trimmed());
    auto rows = collect(st, readRetailer);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notFound();
    return rows->first();
}

Result<void> ConsentStore::savePurposes(qint64 retailerId, const QList<RetailerPurpose> &list)
{
    VaultTransaction tx(m_vault);
    if (!tx.begun())
        return tx.begun();
    auto del = m_vault.prepare("DELETE FROM consent_purpose WHERE retailer_id = ?");
    if (auto r = del.bind(1, retailerId).exec(); !r)
        return r;
    auto ins = m_vault.prepare("INSERT INTO consent_purpose (retailer_id, purpose_id, definition, "
                               "fetched_at) VALUES (?, ?, ?, ?)");
    const QString now = ConsentRecord::timeString(Clock::instance().now());
    for (const RetailerPurpose &p : list) {
        if (p.id.isEmpty())
            continue;
        ins.reset();
        ins.bind(1, retailerId)
            .bind(2, p.id)
            .bindText(3, QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact))
            .bind(4, now);
        if (auto r = ins.exec(); !r)
            return r;
    }
    return tx.commit();
}

Result<QList<RetailerPurpose>> ConsentStore::purposes(qint64 retailerId)
{
    auto st = m_vault.prepare(
        "SELECT definition FROM consent_purpose WHERE retailer_id = ? ORDER BY purpose_id");
    st.bind(1, retailerId);
    return collect(st, readPurpose);
}

Result<std::optional<RetailerPurpose>> ConsentStore::purpose(qint64 retailerId,
                                                             const QString &purposeId)
{
    auto st = m_vault.prepare(
        "SELECT definition FROM consent_purpose WHERE retailer_id = ? AND purpose_id = ?");
    st.bind(1, retailerId).bind(2, purposeId);
    auto rows = collect(st, readPurpose);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<RetailerPurpose>()
                           : std::optional<RetailerPurpose>(rows->first());
}

Result<ConsentRecord> ConsentStore::decide(const DecisionRequest &request, bool inCaller)
{
    auto retailerInfo = retailer(request.retailerId);
    if (!retailerInfo)
        return retailerInfo.error();
    auto found = purpose(request.retailerId, request.purposeId);
    if (!found)
        return found.error();
    if (!*found && retailerInfo->hasApi())
        return Error::make(
            ErrorCode::NotFound,
            QCoreApplication::translate(
                "Consent",
                "This retailer does not list this purpose. Refresh the list of purposes first."));
    RetailerPurpose purposeInfo = found->value_or(RetailerPurpose());
    if (purposeInfo.id.isEmpty())
        purposeInfo.id = request.purposeId;
    if (purposeInfo.neededForContract && request.state != Consent::State::Given)
        return Error::make(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Consent",
                "The retailer needs this for your order. You cannot switch it off here."));
    const auto channels = Consent::normaliseChannels(request.channels);
    if (!channels)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("Consent",
                                                       "Roer does not know this channel."));

    // "Yes" names exactly the ways the retailer may contact the customer, from those the
    // purpose uses; checked here so the retailer never has to refuse it.
    if (request.state == Consent::State::Given && !purposeInfo.channels.isEmpty()) {
        if (channels->isEmpty())
            return Error::make(ErrorCode::InvalidInput,
                               QCoreApplication::translate(
                                   "Consent", "Choose at least one way they may contact you."));
        for (const QString &c : *channels)
            if (!purposeInfo.channels.contains(c))
                return Error::make(
                    ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Consent",
                        "The retailer does not use this way of contact for this purpose."));
    }

    ConsentRecord record;
    record.recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.time =
        (request.decidedAt.isValid() ? request.decidedAt : Clock::instance().now()).toUTC();
    record.retailerId = request.retailerId;
    record.controllerName = retailerInfo->name;
    record.controllerWebsite = retailerInfo->website;
    record.purposeId = purposeInfo.id;
    record.dpvPurpose = purposeInfo.dpvPurpose;
    record.purposeTitle = purposeInfo.titleEn.isEmpty() ? purposeInfo.id : purposeInfo.titleEn;
    record.legalBasis = purposeInfo.legalBasis;
    record.dataCategories = purposeInfo.dataCategories;
    record.method = request.method;
    record.delivery = retailerInfo->hasApi() ? QStringLiteral("api") : QStringLiteral("letter");
    record.state = request.state;
    record.channels = *channels;
    record.context = request.context;

    std::optional<VaultTransaction> tx;
    if (!inCaller) {
        tx.emplace(m_vault);
        if (!tx->begun())
            return tx->begun().error();
    }

    // The chain runs per retailer, so deleting one retailer's data leaves the others intact.
    auto prev = m_vault.prepare(
        "SELECT hash FROM consent_record WHERE retailer_id = ? ORDER BY seq DESC LIMIT 1");
    prev.bind(1, request.retailerId);
    auto hasPrev = prev.step();
    if (!hasPrev)
        return hasPrev.error();
    record.previousHash = *hasPrev ? prev.utf8(0) : ConsentRecord::genesisHash();
    auto prevRecord = m_vault.prepare("SELECT record_id FROM consent_record WHERE retailer_id = ? "
                                      "AND purpose_id = ? ORDER BY seq DESC LIMIT 1");
    prevRecord.bind(1, request.retailerId).bind(2, record.purposeId);
    auto hasPrevRecord = prevRecord.step();
    if (!hasPrevRecord)
        return hasPrevRecord.error();
    if (*hasPrevRecord)
        record.previousRecordId = prevRecord.text(0);

    const QByteArray canonical = record.canonicalJson();
    record.hash = ConsentRecord::hashOf(canonical, record.previousHash);

    auto ins =
        m_vault.prepare("INSERT INTO consent_record (record_id, retailer_id, purpose_id, canonical,"
                        " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?)");
    ins.bind(1, record.recordId)
        .bind(2, record.retailerId)
        .bind(3, record.purposeId)
        .bindText(4, canonical)
        .bindText(5, record.previousHash)
        .bindText(6, record.hash);
    if (auto r = ins.exec(); !r)
        return r.error();

    // SQLite 3.15 has no UPSERT; the primary key makes REPLACE a clean overwrite.
    auto dec = m_vault.prepare(
        "INSERT OR REPLACE INTO consent_decision (retailer_id, purpose_id, record_id, state, "
        "channels,"
        " valid_until, place, while_using_app, decided_at, delivery, letter_sent_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)");
    dec.bind(1, record.retailerId)
        .bind(2, record.purposeId)
        .bind(3, record.recordId)
        .bind(4, Consent::stateId(record.state))
        .bindText(5, record.channels.join(QLatin1Char(',')).toUtf8())
        .bind(6,
              record.context.until.isValid() ? record.context.until.toString(Qt::ISODate)
                                             : QString())
        .bind(7, Consent::placeId(record.context.place))
        .bind(8, record.context.whileUsingApp ? 1 : 0)
        .bind(9, ConsentRecord::timeString(record.time))
        .bind(10, record.delivery);
    if (auto r = dec.exec(); !r)
        return r.error();

    if (retailerInfo->hasApi()) {
        const QJsonObject payload{
            {QStringLiteral("purpose_id"), record.purposeId},
            {QStringLiteral("state"), Consent::stateId(record.state)},
            {QStringLiteral("channels"), QJsonArray::fromStringList(record.channels)},
            {QStringLiteral("until"),
             record.context.until.isValid() ? record.context.until.toString(Qt::ISODate)
                                            : QString()},
            {QStringLiteral("where"), Consent::placeId(record.context.place)},
            {QStringLiteral("while_using_app"), record.context.whileUsingApp},
            {QStringLiteral("decided_at"), ConsentRecord::timeString(record.time)},
            {QStringLiteral("record_id"), record.recordId},
            {QStringLiteral("previous_record_id"), record.previousRecordId},
        };
        if (auto r = Outbox(m_vault).enqueue(record.recordId, record.retailerId, record.purposeId,
                                             payload, Clock::instance().nowMs());
            !r)
            return r.error();
    }
    if (tx)
        if (auto r = tx->commit(); !r)
            return r.error();
    qCInfo(lcConsent) << "decision committed"
                      << (retailerInfo->hasApi() ? "to outbox" : "for a letter");
    return record;
}

Result<QList<ConsentDecision>> ConsentStore::decisions(qint64 retailerId)
{
    static const QByteArray sql =
        QByteArray(kDecisionSelect) + "WHERE d.retailer_id = ? ORDER BY d.purpose_id";
    auto st = m_vault.prepare(sql.constData());
    st.bind(1, retailerId);
    return collect(st, readDecision);
}

Result<std::optional<ConsentDecision>> ConsentStore::decision(qint64 retailerId,
                                                              const QString &purposeId)
{
    static const QByteArray sql =
        QByteArray(kDecisionSelect) + "WHERE d.retailer_id = ? AND d.purpose_id = ?";
    auto st = m_vault.prepare(sql.constData());
    st.bind(1, retailerId).bind(2, purposeId);
    auto rows = collect(st, readDecision);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<ConsentDecision>()
                           : std::optional<ConsentDecision>(rows->first());
}

Result<QList<ConsentRecord>> ConsentStore::history(qint64 retailerId)
{
    auto st =
        m_vault.prepare("SELECT canonical, retailer_id, previous_hash, hash FROM consent_record"
                        " WHERE ? = 0 OR retailer_id = ? ORDER BY seq");
    st.bind(1, retailerId).bind(2, retailerId);
    return collect(st, readRecord);
}

Result<void> ConsentStore::markLetterSent(qint64 retailerId, const QString &purposeId,
                                          const QDateTime &when)
{
    auto st = m_vault.prepare("UPDATE consent_decision SET letter_sent_at = ? WHERE retailer_id = ?"
                              " AND purpose_id = ? AND delivery = 'letter'");
    if (auto r = st.bind(1, ConsentRecord::timeString(when))
                     .bind(2, retailerId)
                     .bind(3, purposeId)
                     .exec();
        !r)
        return r;
    if (m_vault.changes() == 0)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate(
                               "Consent",
                               "There is no decision to send by letter for this purpose."));
    return {};
}
