#pragma once

#include "RemoteConsent.h"
#include "RetailerPurpose.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Talks the Roer retailer protocol (docs/protocol) over QNetworkAccessManager.
// Rules it enforces: HTTPS only, plain http only to loopback (127.0.0.0/8, ::1, localhost);
// Qt's certificate checks are never weakened (a test may add a CA through
// setSslConfiguration); redirects only to the same origin; every request has a timeout
// without data (transfer timeout) AND a deadline for the whole answer, so a retailer that
// drips one byte at a time is cut off too; an answer larger than its cap is cut off while it
// arrives; a JSON answer must say it is JSON (Content-Type application/json or +json);
// nothing about tokens, bodies or the customer reaches a log.
class RetailerApiClient : public QObject
{
    Q_OBJECT
public:
    struct Discovery
    {
        QUrl apiBase;
        QUrl authorizationEndpoint;
        QUrl tokenEndpoint;
        QString clientId;
        QStringList scopes;
        QStringList languages;
        QString retailerName;
        QString privacyContact;
    };

    // How a PUT of a decision ended, already sorted into what the sender should do.
    struct PutOutcome
    {
        enum Kind { Confirmed, Accepted, Retry, Unauthorized, Refused, NeedsAttention };
        Kind kind = Retry;
        int httpStatus = 0; // 0: no HTTP answer
        std::optional<qint64> retryAfterMs;
        QString errorCode; // the protocol's error code, if any
        QString problem;   // translated, for the customer
        QString receiptId;
        QString receivedAt;
        QJsonObject receipt;
    };

    explicit RetailerApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // An address is acceptable when it is https, or http to a loopback address.
    static Result<QUrl> checkAddress(const QString &address);
    // The retailer's origin or API base ("https://shop.example" or ".../v1/").
    Result<void> setAddress(const QString &address);
    QUrl apiBase() const { return m_apiBase; }
    QUrl origin() const;
    // Tests pass a configuration with their own CA added. Verification stays on.
    void setSslConfiguration(const QSslConfiguration &configuration);
    // Held in memory only; sent as a Bearer header.
    void setAccessToken(const QByteArray &token) { m_accessToken = token; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The whole answer must be in within this time; the export, which may be large, has its
    // own deadline.
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    void setExportDeadlineMs(int ms) { m_exportDeadlineMs = ms; }
    // The export is held in memory: a larger answer is cut off and refused.
    void setMaxExportBytes(qint64 bytes) { m_maxExportBytes = bytes; }
    // Every other answer is a small JSON document.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    static constexpr qint64 kDefaultMaxExportBytes = qint64(64) << 20;
    static constexpr qint64 kDefaultMaxAnswerBytes = qint64(4) << 20;
    static constexpr int kDefaultDeadlineMs = 60000;
    static constexpr int kDefaultExportDeadlineMs = 10 * 60000;

    void discover(std::function<void(Result<Discovery>)> done);
    void fetchPurposes(std::function<void(Result<QList<RetailerPurpose>>)> done);
    void fetchConsents(std::function<void(Result<QList<RemoteConsent>>)> done);
    void putConsent(const QString &purposeId, const QString &idempotencyKey,
                    const QJsonObject &body, std::function<void(PutOutcome)> done);
    void fetchExport(std::function<void(Result<QByteArray>)> done);
    // Rights requests (docs/protocol §7): create with an Idempotency-Key, follow, fetch the
    // copy of an access or portability request (an export document, same limits as
    // fetchExport).
    void postRequest(const QString &idempotencyKey, const QJsonObject &body,
                     std::function<void(PutOutcome)> done);
    void fetchRequest(const QString &requestId, std::function<void(Result<QJsonObject>)> done);
    void fetchRequestResult(const QString &requestId, std::function<void(Result<QByteArray>)> done);
    // OAuth token endpoint (form POST); the answer is the RFC 6749 JSON object.
    void postTokenRequest(const QUrl &tokenEndpoint, const QUrlQuery &form,
                          std::function<void(Result<QJsonObject>)> done);

    // The body of a PUT /v1/consents/{id} for an outbox payload (see ConsentStore::decide).
    static QJsonObject putBody(const QJsonObject &payload);
    // Retry-After in seconds or as an HTTP date, relative to nowMs.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs);

private:
    // An answer as it arrives (see guard()): read as it comes, so Qt holds little of it.
    struct Download
    {
        QByteArray body;
        bool tooLarge = false;
        bool pastDeadline = false;
        QByteArray take(QNetworkReply *reply);
    };
    static constexpr qint64 kReadChunk = qint64(256) << 10;
    QNetworkRequest request(const QUrl &url, bool authorised) const;
    QNetworkReply *get(const QUrl &url, bool authorised);
    // Reads the reply as it arrives and aborts it when it grows (or is announced) past
    // maxBytes, or is not complete by deadlineMs.
    std::shared_ptr<Download> guard(QNetworkReply *reply, qint64 maxBytes, int deadlineMs);
    static std::optional<Error> cutoffError(const Download &download);
    static bool saysJson(QNetworkReply *reply);
    void getJson(const QUrl &url, bool authorised, std::function<void(Result<QJsonObject>)> done);
    static Error replyError(QNetworkReply *reply, const QByteArray &body);
    // The connection itself failed (refused, timed out, TLS, redirect refused, cut short),
    // whether or not a status line had arrived: nothing in the body can be trusted.
    static bool transportFailed(QNetworkReply *reply);
    // A PUT or POST with an Idempotency-Key sorted into what the sender should do; a 2xx
    // counts only when it names the same `idMember` (record_id, request_id) as the body.
    static PutOutcome keyedOutcome(QNetworkReply *reply, Download &download, const char *idMember,
                                   const QString &idValue);
    void fetchDocument(const QUrl &url, std::function<void(Result<QByteArray>)> done);

    QNetworkAccessManager *m_network;
    QUrl m_apiBase;
    std::optional<QSslConfiguration> m_ssl;
    QByteArray m_accessToken;
    int m_timeoutMs = 30000;
    int m_deadlineMs = kDefaultDeadlineMs;
    int m_exportDeadlineMs = kDefaultExportDeadlineMs;
    qint64 m_maxExportBytes = kDefaultMaxExportBytes;
    qint64 m_maxAnswerBytes = kDefaultMaxAnswerBytes;
};
