#pragma once

#include "ConsentTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One consent decision as a record shaped after ISO/IEC TS 27560 (consent record information
// structure) and the Kantara consent receipt. Records are append-only and hash-chained per
// retailer: hash = sha256(canonicalJson() + previousHash), so any later edit, removal or
// reordering breaks the chain and ConsentHistoryVerifier reports it.
struct ConsentRecord
{
    static constexpr const char *kSchema = "roer.consent-record/1";
    static QByteArray genesisHash(); // 64 zeros: the "previous hash" of a retailer's first record

    QString recordId;         // UUID, no braces
    QString previousRecordId; // the earlier record for the same retailer x purpose, or empty
    QDateTime time;           // when the customer decided (UTC, milliseconds)
    qint64 retailerId = 0;    // local only; not part of the canonical form
    QString controllerName;   // the retailer
    QString controllerWebsite;
    QString purposeId;
    QString dpvPurpose;
    QString purposeTitle;
    QString legalBasis; // DPV id
    QStringList dataCategories;
    QString method;   // how the decision was made: "roer-app", "roer-cli", ...
    QString delivery; // "api" or "letter"
    Consent::State state = Consent::State::Unknown;
    QStringList channels;
    Consent::Context context;

    QByteArray previousHash; // hex
    QByteArray hash;         // hex

    // Sorted keys, no spaces, UTF-8: the exact bytes that are hashed and stored.
    QByteArray canonicalJson() const;
    QJsonObject toJson() const; // canonical fields plus the two hashes
    QByteArray computeHash() const;
    static QByteArray hashOf(const QByteArray &canonical, const QByteArray &previousHash);
    // Parses what canonicalJson() wrote; false if it is not a record.
    static bool fromCanonicalJson(const QByteArray &json, ConsentRecord &out);

    static QString timeString(const QDateTime &time); // RFC 3339, UTC, milliseconds
};
