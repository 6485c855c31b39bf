#include "ConsentHistoryVerifier.h"

#include "ConsentRecord.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>

Result<ConsentHistoryVerifier::Report> ConsentHistoryVerifier::verify(Vault &vault,
                                                                      qint64 retailerId)
{
    Report report;
    auto st =
        vault.prepare("SELECT record_id, retailer_id, purpose_id, canonical, previous_hash, hash"
                      " FROM consent_record WHERE ? = 0 OR retailer_id = ? ORDER BY seq");
    st.bind(1, retailerId).bind(2, retailerId);
    QHash<qint64, QByteArray> lastHash;          // per retailer
    QHash<QString, QString> lastRecordOfPurpose; // "retailer/purpose" -> record id
    auto problem = [&](const QString &id, const char *text) {
        report.problems.append({id, QCoreApplication::translate("Consent", text)});
    };
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ++report.recordsChecked;
        const QString recordId = st.text(0);
        const qint64 retailer = st.int64(1);
        const QString purposeId = st.text(2);
        const QByteArray canonical = st.utf8(3);
        const QByteArray previousHash = st.utf8(4);
        const QByteArray hash = st.utf8(5);
        const QByteArray expectedPrevious = lastHash.value(retailer, ConsentRecord::genesisHash());
        const QString purposeKey = QString::number(retailer) + QLatin1Char('/') + purposeId;

        ConsentRecord record;
        if (!ConsentRecord::fromCanonicalJson(canonical, record)) {
            problem(recordId, QT_TRANSLATE_NOOP("Consent", "This record cannot be read."));
        } else {
            if (ConsentRecord::hashOf(canonical, previousHash) != hash)
                problem(recordId,
                        QT_TRANSLATE_NOOP("Consent", "This record was changed after it was made."));
            // Re-serialising must give the same bytes, or the stored text is not canonical.
            else if (record.canonicalJson() != canonical)
                problem(recordId,
                        QT_TRANSLATE_NOOP("Consent", "This record was changed after it was made."));
            if (record.recordId != recordId || record.purposeId != purposeId)
                problem(recordId,
                        QT_TRANSLATE_NOOP("Consent",
                                          "This record does not match its place in the history."));
            if (record.previousRecordId != lastRecordOfPurpose.value(purposeKey))
                problem(recordId,
                        QT_TRANSLATE_NOOP("Consent",
                                          "A record before this one is missing or was moved."));
        }
        if (previousHash != expectedPrevious)
            problem(recordId,
                    QT_TRANSLATE_NOOP("Consent",
                                      "A record before this one is missing or was moved."));
        lastHash.insert(retailer, hash);
        lastRecordOfPurpose.insert(purposeKey, recordId);
    }

    // The newest record of each purpose must be the current decision: catches a removed tail.
    auto dec = vault.prepare("SELECT retailer_id, purpose_id, record_id FROM consent_decision"
                             " WHERE ? = 0 OR retailer_id = ?");
    dec.bind(1, retailerId).bind(2, retailerId);
    for (;;) {
        auto row = dec.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString key = QString::number(dec.int64(0)) + QLatin1Char('/') + dec.text(1);
        if (lastRecordOfPurpose.value(key) != dec.text(2))
            problem(dec.text(2),
                    QT_TRANSLATE_NOOP("Consent", "The newest record of this choice is missing."));
    }
    return report;
}
