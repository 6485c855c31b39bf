#include "FaultSwitches.h"

#include <QJsonValue>

namespace {

// Reads a non-negative integer member if present. Returns false on a wrong type.
bool readCount(const QJsonObject &o, const char *name, int &out, int max = 1000000000)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > max
        || v.toDouble() != double(v.toInt()))
        return false;
    out = v.toInt();
    return true;
}

} // namespace

QString FaultSwitches::apply(const QJsonObject &patch)
{
    static const QStringList known = {QStringLiteral("fail_next"),
                                      QStringLiteral("fail_status"),
                                      QStringLiteral("delay_ms"),
                                      QStringLiteral("drop_after_commit_next"),
                                      QStringLiteral("rate_limit_next"),
                                      QStringLiteral("retry_after"),
                                      QStringLiteral("garbage_next"),
                                      QStringLiteral("garbage_kind"),
                                      QStringLiteral("fail_ratio"),
                                      QStringLiteral("seed"),
                                      QStringLiteral("down")};
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("Unknown fault switch '%1'.").arg(it.key());
    }
    // Validate everything first so a bad patch changes nothing.
    FaultSwitches next = *this;
    if (!readCount(patch, "fail_next", next.m_failNext)
        || !readCount(patch, "delay_ms", next.m_delayMs, 600000)
        || !readCount(patch, "drop_after_commit_next", next.m_dropAfterCommitNext)
        || !readCount(patch, "rate_limit_next", next.m_rateLimitNext)
        || !readCount(patch, "retry_after", next.m_retryAfter, 86400 * 30)
        || !readCount(patch, "garbage_next", next.m_garbageNext)
        || !readCount(patch, "fail_status", next.m_failStatus, 599))
        return QStringLiteral("Fault counts must be non-negative integers.");
    if (next.m_failStatus < 400)
        return QStringLiteral("fail_status must be a 4xx or 5xx status.");
    if (patch.contains(QLatin1String("garbage_kind"))) {
        next.m_garbageKind = patch.value(QLatin1String("garbage_kind")).toString();
        if (next.m_garbageKind != QLatin1String("html")
            && next.m_garbageKind != QLatin1String("wrong_shape")
            && next.m_garbageKind != QLatin1String("truncated"))
            return QStringLiteral("garbage_kind must be html, wrong_shape or truncated.");
    }
    if (patch.contains(QLatin1String("fail_ratio"))) {
        const QJsonValue v = patch.value(QLatin1String("fail_ratio"));
        if (!v.isDouble() || v.toDouble() < 0.0 || v.toDouble() > 1.0)
            return QStringLiteral("fail_ratio must be a number from 0 to 1.");
        next.m_failRatio = v.toDouble();
    }
    if (patch.contains(QLatin1String("seed"))) {
        int seed = 0;
        if (!readCount(patch, "seed", seed))
            return QStringLiteral("seed must be a non-negative integer.");
        next.m_seed = quint32(seed);
        next.m_random.seed(next.m_seed);
    }
    if (patch.contains(QLatin1String("down"))) {
        if (!patch.value(QLatin1String("down")).isBool())
            return QStringLiteral("down must be true or false.");
        next.m_down = patch.value(QLatin1String("down")).toBool();
    }
    *this = next;
    return {};
}

QJsonObject FaultSwitches::toJson() const
{
    return QJsonObject{
        {QStringLiteral("fail_next"), m_failNext},
        {QStringLiteral("fail_status"), m_failStatus},
        {QStringLiteral("delay_ms"), m_delayMs},
        {QStringLiteral("drop_after_commit_next"), m_dropAfterCommitNext},
        {QStringLiteral("rate_limit_next"), m_rateLimitNext},
        {QStringLiteral("retry_after"), m_retryAfter},
        {QStringLiteral("garbage_next"), m_garbageNext},
        {QStringLiteral("garbage_kind"), m_garbageKind},
        {QStringLiteral("fail_ratio"), m_failRatio},
        {QStringLiteral("seed"), qint64(m_seed)},
        {QStringLiteral("down"), m_down},
    };
}

void FaultSwitches::reset()
{
    *this = FaultSwitches();
}

FaultSwitches::Action FaultSwitches::takeBeforeHandling(bool isApi)
{
    if (m_down)
        return Action::Down;
    if (!isApi)
        return Action::None;
    if (m_failNext > 0) {
        --m_failNext;
        return Action::Fail;
    }
    if (m_rateLimitNext > 0) {
        --m_rateLimitNext;
        return Action::RateLimit;
    }
    if (m_garbageNext > 0) {
        --m_garbageNext;
        return Action::Garbage;
    }
    if (m_failRatio > 0.0 && m_random.generateDouble() < m_failRatio)
        return Action::Fail;
    return Action::None;
}

bool FaultSwitches::takeDropAfterCommit()
{
    if (m_dropAfterCommitNext <= 0)
        return false;
    --m_dropAfterCommitNext;
    return true;
}
