#include "GuideStore.h"

#include "vault/Vault.h"

#include <QStringList>

namespace {
constexpr const char *kActive = "guide.active";
constexpr const char *kSkipped = "guide.skipped";
constexpr const char *kSeen = "guide.seen";

bool listed(const QString &list, GuideProgress::Step step)
{
    return list.split(QLatin1Char(','), Qt::SkipEmptyParts).contains(QString::number(int(step)));
}
} // namespace

Result<QString> GuideStore::setting(const char *name)
{
    auto st = m_vault.prepare("SELECT value FROM app_setting WHERE name = ?");
    st.bind(1, QString::fromLatin1(name));
    auto row = st.step();
    if (!row)
        return row.error();
    return *row ? st.text(0) : QString();
}

Result<void> GuideStore::setSetting(const char *name, const QString &value)
{
    // SQLite 3.15 (SQLCipher 3.4): no UPSERT; REPLACE is enough for a key-value row.
    auto st = m_vault.prepare("INSERT OR REPLACE INTO app_setting (name, value) VALUES (?, ?)");
    st.bind(1, QString::fromLatin1(name)).bind(2, value);
    return st.exec();
}

Result<qint64> GuideStore::count(const char *sql)
{
    auto st = m_vault.prepare(sql);
    auto row = st.step();
    if (!row)
        return row.error();
    return *row ? st.int64(0) : 0;
}

Result<GuideProgress> GuideStore::progress()
{
    GuideProgress p;
    auto active = setting(kActive);
    auto skipped = setting(kSkipped);
    auto seen = setting(kSeen);
    if (!active || !skipped || !seen)
        return !active ? active.error() : !skipped ? skipped.error() : seen.error();
    p.active = *active != QLatin1String("0");

    using Step = GuideProgress::Step;
    auto shops = count("SELECT COUNT(*) FROM retailer");
    auto data =
        count("SELECT (SELECT COUNT(*) FROM snapshot) + (SELECT COUNT(*) FROM consent_link)");
    auto choices = count("SELECT COUNT(*) FROM consent_decision");
    auto sent = count("SELECT COUNT(*) FROM consent_decision WHERE delivery IN ('sent', "
                      "'confirmed') OR letter_sent_at IS NOT NULL");
    for (const auto &r : {shops, data, choices, sent})
        if (!r)
            return r.error();
    p.done[int(Step::AddShop)] = *shops > 0;
    p.done[int(Step::GetData)] = *data > 0;
    p.done[int(Step::SeeData)] = *data > 0 && listed(*seen, Step::SeeData);
    p.done[int(Step::Choose)] = *choices > 0;
    p.done[int(Step::Send)] = *sent > 0;
    p.done[int(Step::Receipt)] = *sent > 0 && listed(*seen, Step::Receipt);
    for (int i = 0; i < GuideProgress::kStepCount; ++i)
        p.skipped[i] = listed(*skipped, Step(i));
    return p;
}

Result<void> GuideStore::addToList(const char *name, GuideProgress::Step step)
{
    auto list = setting(name);
    if (!list)
        return list.error();
    if (listed(*list, step))
        return {};
    QStringList items = list->split(QLatin1Char(','), Qt::SkipEmptyParts);
    items.append(QString::number(int(step)));
    return setSetting(name, items.join(QLatin1Char(',')));
}

Result<void> GuideStore::setActive(bool active)
{
    return setSetting(kActive, active ? QStringLiteral("1") : QStringLiteral("0"));
}

Result<void> GuideStore::skip(GuideProgress::Step step)
{
    return addToList(kSkipped, step);
}

Result<void> GuideStore::markSeen(GuideProgress::Step step)
{
    auto p = progress();
    if (!p)
        return p.error();
    using Step = GuideProgress::Step;
    const bool possible = (step == Step::SeeData && p->isDone(Step::GetData))
        || (step == Step::Receipt && p->isDone(Step::Send));
    if (!possible || p->isDone(step))
        return {};
    return addToList(kSeen, step);
}

Result<void> GuideStore::restart()
{
    auto st = m_vault.prepare("DELETE FROM app_setting WHERE name = ?");
    st.bind(1, QString::fromLatin1(kSkipped));
    if (auto r = st.exec(); !r)
        return r;
    return setActive(true);
}
