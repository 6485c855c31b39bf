#pragma once

#include "SandboxRequests.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Everything the sandbox retailer remembers: the customers' consents as the retailer sees them,
// every decision received, the Idempotency-Key records with their receipts, and OAuth tokens
// (stored as SHA-256 hashes, as a real retailer should). In memory, or in DIR/state.json,
// rewritten atomically (QSaveFile) after every change and before the answer is sent.
class SandboxStore
{
public:
    explicit SandboxStore(const QString &dataDir = QString());

    // Loads DIR/state.json, or starts from the invented seed. False with a message on error.
    bool load(QString *error);
    // Back to the invented starting state (keeps nothing), saved at once.
    bool resetToSeed(QString *error);

    bool hasCustomer(const QString &customerId) const;
    QStringList customerIds() const;
    QString customerName(const QString &customerId) const;
    QJsonArray purposes() const { return m_purposes; }
    QJsonObject purpose(const QString &purposeId) const; // empty if unknown
    QJsonArray datasets(const QString &customerId) const;

    // The retailer's view, with "expired" for a given decision whose until has passed on `today`.
    QJsonArray consents(const QString &customerId, const QDate &today) const;
    // Test hook: the retailer records a decision itself (source "retailer").
    // decidedAt: RFC 3339 text, or empty for `now`.
    QJsonObject setRetailerConsent(const QString &customerId, const QString &purposeId,
                                   const QString &state, const QJsonArray &channels,
                                   const QJsonObject &context, const QString &decidedAt,
                                   const QDateTime &now, QString *error);

    enum class PutResult { Applied, Replayed, KeyReused, SaveFailed };
    // Idempotent apply of one validated decision (see the protocol, "Idempotency").
    // `decision` is the request body exactly as received (a JSON object).
    PutResult putDecision(const QString &customerId, const QString &key, const QString &purposeId,
                          const QJsonObject &decision, const QDateTime &now, QJsonObject *receipt);

    // The rights requests (docs/protocol §7). Call save() after a change.
    SandboxRequests &requests() { return m_requests; }
    const SandboxRequests &requests() const { return m_requests; }

    // For GET /_sandbox/decisions.
    QJsonObject inspection() const;
    void countRequest(bool faulted);

    // OAuth tokens (hashed). Access tokens expire; refresh tokens live until reset.
    struct Grant
    {
        QString customerId;
        QString scope;
        QDateTime expiresAt; // invalid for refresh tokens
    };
    void storeAccessToken(const QString &token, const Grant &grant);
    void storeRefreshToken(const QString &token, const Grant &grant);
    bool findAccessToken(const QString &token, Grant *grant) const;
    bool findRefreshToken(const QString &token, Grant *grant) const;
    void expireAccessTokens(); // test hook
    bool save(QString *error);

private:
    struct KeyRecord
    {
        QString customerId;
        QString key;
        QString purposeId;
        QByteArray fingerprint;
        QJsonObject receipt;
        int applied = 0;
        int replayed = 0;
        int rejected = 0;
    };
    static QString scoped(const QString &customerId, const QString &value);
    static QByteArray fingerprint(const QString &purposeId, const QJsonObject &decision);
    static QString hashToken(const QString &token);
    void seed();
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &o);

    QString m_dataDir;
    QJsonArray m_purposes;
    QJsonObject m_customers;                // seed: names and datasets
    QHash<QString, QJsonObject> m_consents; // customer -> purpose id -> view
    QJsonArray m_decisions;                 // every applied decision, in order
    QHash<QString, KeyRecord> m_keys;       // scoped key -> record
    QHash<QString, QString> m_recordIds;    // scoped record id -> scoped key
    QList<QString> m_keyOrder;              // scoped keys in first-use order
    QHash<QString, Grant> m_accessTokens;   // token hash -> grant
    QHash<QString, Grant> m_refreshTokens;  // token hash -> grant
    SandboxRequests m_requests;
    qint64 m_requestsTotal = 0;
    qint64 m_requestsFaulted = 0;
};
