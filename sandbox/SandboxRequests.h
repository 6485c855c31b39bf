#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The rights requests the sandbox retailer received (docs/protocol §7): per customer, with the
// Idempotency-Key records and what they answered, and the test hook that moves a request
// along (start, extend, complete, refuse). Completing an erasure really erases the customer's
// datasets, except those the law makes the shop keep (invoices). Saved with SandboxStore.
class SandboxRequests
{
public:
    enum class CreateResult { Created, Replayed, KeyReused };
    // `body` is a validated POST /v1/requests body.
    CreateResult create(const QString &customerId, const QString &key, const QJsonObject &body,
                        const QDateTime &now, QJsonObject *answer);
    // The protocol's view of one request (empty when the customer has no such request).
    QJsonObject view(const QString &customerId, const QString &requestId) const;
    QJsonArray list(const QString &customerId) const;
    QString type(const QString &customerId, const QString &requestId) const;

    // Test hook: action "start", "extend", "complete" or "refuse"; `at` (invalid: now).
    // Returns an error text, or an empty string and the new view.
    QString advance(const QString &requestId, const QString &action, const QJsonObject &reason,
                    const QDate &extendedDueDate, const QDateTime &at, QJsonObject *view);

    QStringList erasedDatasets(const QString &customerId) const;
    QJsonObject inspection() const; // GET /_sandbox/requests
    QJsonObject toJson() const;
    void fromJson(const QJsonObject &object);
    void clear();

private:
    struct Key
    {
        QString customerId;
        QString key;
        QString requestId;
        QByteArray fingerprint;
        QJsonObject answer;
        int applied = 0;
        int replayed = 0;
        int rejected = 0;
    };
    static QString scoped(const QString &customerId, const QString &value);
    static QJsonObject keyToJson(const Key &key);

    QHash<QString, QJsonObject> m_requests; // scoped request id -> {customer_id, body, view}
    QList<QString> m_order;
    QHash<QString, Key> m_keys; // scoped key -> record
    QList<QString> m_keyOrder;
    QHash<QString, QString> m_keyOfRequest; // scoped request id -> scoped key
    QHash<QString, QStringList> m_erased;   // customer -> dataset ids erased
};
