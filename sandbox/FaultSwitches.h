#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

// Fault injection for tests: which of the next requests fail, and how. Counters count down as
// requests consume them. Single-threaded: the sandbox handles one request at a time.
class FaultSwitches
{
public:
    enum class Action { None, Down, Fail, RateLimit, Garbage };

    // Applies a JSON patch (members not given stay as they are). Returns an error text or "".
    QString apply(const QJsonObject &patch);
    QJsonObject toJson() const;
    void reset();

    // Decides the fault for a request before it is handled (and consumes one count).
    // isApi: the request is under /v1/ (only "down" acts elsewhere).
    Action takeBeforeHandling(bool isApi);
    // True when this committed PUT must lose its answer (consumes one count).
    bool takeDropAfterCommit();

    int delayMs() const { return m_delayMs; }
    int failStatus() const { return m_failStatus; }
    int retryAfterSeconds() const { return m_retryAfter; }
    QString garbageKind() const { return m_garbageKind; }
    bool isDown() const { return m_down; }

private:
    int m_failNext = 0;
    int m_failStatus = 500;
    int m_delayMs = 0;
    int m_dropAfterCommitNext = 0;
    int m_rateLimitNext = 0;
    int m_retryAfter = 2;
    int m_garbageNext = 0;
    QString m_garbageKind = QStringLiteral("html");
    double m_failRatio = 0.0;
    quint32 m_seed = 1;
    QRandomGenerator m_random{1};
    bool m_down = false;
};
