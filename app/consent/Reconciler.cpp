#include "Reconciler.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace {
QString dayText(const QDateTime &when, const QDate &today)
{
    const QDate day = when.toLocalTime().date();
    const QLocale locale;
    return locale.toString(day,
                           day.year() == today.year() ? QStringLiteral("d MMMM")
                                                      : QStringLiteral("d MMMM yyyy"));
}

QString channelsText(const QStringList &channels)
{
    if (channels.isEmpty())
        return QCoreApplication::translate("Reconciliation", "no particular way");
    QStringList labels;
    for (const QString &c : channels)
        labels.append(Consent::channelLabel(c).toLower());
    return labels.join(QStringLiteral(", "));
}

bool isYes(Consent::State s)
{
    return s == Consent::State::Given;
}
} // namespace

QString Reconciler::kindId(Difference::Kind kind)
{
    switch (kind) {
    case Difference::StillListed: return QStringLiteral("still_listed");
    case Difference::NotListed: return QStringLiteral("not_listed");
    case Difference::ChannelsDiffer: return QStringLiteral("channels_differ");
    case Difference::ConditionsDiffer: return QStringLiteral("conditions_differ");
    case Difference::OnlyAtRetailer: return QStringLiteral("only_at_retailer");
    case Difference::NotConfirmedYet: break;
    }
    return QStringLiteral("not_confirmed_yet");
}

QList<Reconciler::Difference> Reconciler::compare(const QList<ConsentDecision> &ours,
                                                  const QList<RemoteConsent> &theirs,
                                                  const QList<RetailerPurpose> &purposes,
                                                  const QString &language, const QDate &today)
{
    QHash<QString, QString> titles;
    for (const RetailerPurpose &p : purposes)
        titles.insert(p.id, p.title(language));
    auto title = [&](const QString &id) { return titles.value(id, id); };
    QHash<QString, RemoteConsent> remote;
    for (const RemoteConsent &c : theirs)
        remote.insert(c.purposeId, c);

    QList<Difference> out;
    for (const ConsentDecision &d : ours) {
        const bool delivering =
            d.delivery == Consent::Delivery::Waiting || d.delivery == Consent::Delivery::Sent;
        const RemoteConsent r = remote.take(d.purposeId);
        const bool listed = !r.purposeId.isEmpty();
        const Consent::State mine = d.effectiveState(today);
        Consent::State theirsState = listed ? r.state : Consent::State::Unknown;
        if (theirsState == Consent::State::Given && r.context.until.isValid()
            && r.context.until < today)
            theirsState = Consent::State::Expired;
        const bool agree = isYes(mine) == isYes(theirsState);
        if (!agree && delivering) {
            out.append({Difference::NotConfirmedYet, d.purposeId,
                        QCoreApplication::translate(
                            "Reconciliation",
                            "Your choice for \"%1\" is not confirmed by the retailer yet.")
                            .arg(title(d.purposeId))});
            continue;
        }
        if (!isYes(mine) && isYes(theirsState)) {
            const QString text = mine == Consent::State::Withdrawn
                ? QCoreApplication::translate(
                    "Reconciliation", "They still list you for \"%1\", which you withdrew on %2.")
                : mine == Consent::State::Expired
                ? QCoreApplication::translate("Reconciliation",
                                              "They still list you for \"%1\", which ended on %2.")
                : QCoreApplication::translate(
                    "Reconciliation", "They still list you for \"%1\", which you refused on %2.");
            const QString when = mine == Consent::State::Expired
                ? QLocale().toString(d.context.until, QStringLiteral("d MMMM yyyy"))
                : dayText(d.decidedAt, today);
            out.append({Difference::StillListed, d.purposeId, text.arg(title(d.purposeId), when)});
        } else if (isYes(mine) && !isYes(theirsState)) {
            out.append(
                {Difference::NotListed, d.purposeId,
                 QCoreApplication::translate("Reconciliation",
                                             "You allowed \"%1\" on %2, but they do not list it.")
                     .arg(title(d.purposeId), dayText(d.decidedAt, today))});
        } else if (isYes(mine) && isYes(theirsState)) {
            if (d.channels != r.channels)
                out.append({Difference::ChannelsDiffer, d.purposeId,
                            QCoreApplication::translate("Reconciliation",
                                                        "For \"%1\" they list %2. You chose %3.")
                                .arg(title(d.purposeId), channelsText(r.channels),
                                     channelsText(d.channels))});
            else if (!(d.context == r.context))
                out.append({Difference::ConditionsDiffer, d.purposeId,
                            QCoreApplication::translate("Reconciliation",
                                                        "For \"%1\" they list other conditions "
                                                        "than you chose (place or end date).")
                                .arg(title(d.purposeId))});
        }
    }
    // What is left they list without any choice of the customer in Roer.
    for (const RemoteConsent &r : std::as_const(remote)) {
        if (r.state == Consent::State::Given)
            out.append({Difference::OnlyAtRetailer, r.purposeId,
                        QCoreApplication::translate(
                            "Reconciliation",
                            "They list you for \"%1\". You did not make this choice in Roer.")
                            .arg(title(r.purposeId))});
    }
    return out;
}
