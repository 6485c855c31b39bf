#include "ConsentTypes.h"

#include <QCoreApplication>

#include <algorithm>

namespace Consent {

namespace {
struct StateName
{
    State state;
    const char *id;
    const char *dpv;
};
constexpr StateName kStates[] = {
    {State::Given, "given", "dpv:ConsentGiven"},
    {State::Refused, "refused", "dpv:ConsentRefused"},
    {State::Withdrawn, "withdrawn", "dpv:ConsentWithdrawn"},
    {State::Expired, "expired", "dpv:ConsentExpired"},
    {State::Unknown, "unknown", "dpv:ConsentUnknown"},
};
} // namespace

QString stateId(State state)
{
    for (const auto &s : kStates)
        if (s.state == state)
            return QLatin1String(s.id);
    return QStringLiteral("unknown");
}

QString stateDpv(State state)
{
    for (const auto &s : kStates)
        if (s.state == state)
            return QLatin1String(s.dpv);
    return QStringLiteral("dpv:ConsentUnknown");
}

std::optional<State> stateFromId(const QString &id)
{
    for (const auto &s : kStates)
        if (id == QLatin1String(s.id) || id == QLatin1String(s.dpv))
            return s.state;
    return std::nullopt;
}

QString stateLabel(State state)
{
    switch (state) {
    case State::Given: return QCoreApplication::translate("Consent", "Allowed");
    case State::Refused: return QCoreApplication::translate("Consent", "Not allowed");
    case State::Withdrawn: return QCoreApplication::translate("Consent", "Withdrawn");
    case State::Expired: return QCoreApplication::translate("Consent", "Ended (date passed)");
    case State::Unknown: break;
    }
    return QCoreApplication::translate("Consent", "Not known");
}

QString placeId(Place place)
{
    switch (place) {
    case Place::InStore: return QStringLiteral("in_store");
    case Place::Online: return QStringLiteral("online");
    case Place::Anywhere: break;
    }
    return QStringLiteral("anywhere");
}

std::optional<Place> placeFromId(const QString &id)
{
    if (id == QLatin1String("anywhere") || id.isEmpty())
        return Place::Anywhere;
    if (id == QLatin1String("in_store") || id == QLatin1String("in-store"))
        return Place::InStore;
    if (id == QLatin1String("online"))
        return Place::Online;
    return std::nullopt;
}

QString placeLabel(Place place)
{
    switch (place) {
    case Place::InStore: return QCoreApplication::translate("Consent", "Only in the store");
    case Place::Online: return QCoreApplication::translate("Consent", "Only online");
    case Place::Anywhere: break;
    }
    return QCoreApplication::translate("Consent", "Everywhere");
}

namespace {
struct DeliveryName
{
    Delivery delivery;
    const char *id;
};
constexpr DeliveryName kDeliveries[] = {
    {Delivery::Waiting, "waiting"},
    {Delivery::Sent, "sent"},
    {Delivery::Confirmed, "confirmed"},
    {Delivery::Refused, "refused"},
    {Delivery::NeedsAttention, "needs_attention"},
    {Delivery::ByLetter, "by_letter"},
};
} // namespace

QString deliveryId(Delivery delivery)
{
    for (const auto &d : kDeliveries)
        if (d.delivery == delivery)
            return QLatin1String(d.id);
    return QStringLiteral("waiting");
}

std::optional<Delivery> deliveryFromId(const QString &id)
{
    for (const auto &d : kDeliveries)
        if (id == QLatin1String(d.id))
            return d.delivery;
    return std::nullopt;
}

QString deliveryLabel(Delivery delivery)
{
    switch (delivery) {
    case Delivery::Waiting: return QCoreApplication::translate("Consent", "Waiting to send");
    case Delivery::Sent: return QCoreApplication::translate("Consent", "Sent");
    case Delivery::Confirmed:
        return QCoreApplication::translate("Consent", "Confirmed by the retailer");
    case Delivery::Refused:
        return QCoreApplication::translate("Consent", "Refused by the retailer");
    case Delivery::NeedsAttention:
        return QCoreApplication::translate("Consent", "Needs your attention");
    case Delivery::ByLetter: break;
    }
    return QCoreApplication::translate("Consent", "To send by letter or e-mail");
}

const QStringList &allChannels()
{
    static const QStringList channels = {QStringLiteral("email"), QStringLiteral("sms"),
                                         QStringLiteral("phone"), QStringLiteral("post"),
                                         QStringLiteral("app"),   QStringLiteral("in_store")};
    return channels;
}

bool isChannel(const QString &id)
{
    return allChannels().contains(id);
}

QString channelLabel(const QString &id)
{
    if (id == QLatin1String("email"))
        return QCoreApplication::translate("Consent", "E-mail");
    if (id == QLatin1String("sms"))
        return QCoreApplication::translate("Consent", "Text message (SMS)");
    if (id == QLatin1String("phone"))
        return QCoreApplication::translate("Consent", "Phone");
    if (id == QLatin1String("post"))
        return QCoreApplication::translate("Consent", "Post");
    if (id == QLatin1String("app"))
        return QCoreApplication::translate("Consent", "App notification");
    if (id == QLatin1String("in_store"))
        return QCoreApplication::translate("Consent", "In the store");
    return id;
}

std::optional<QStringList> normaliseChannels(const QStringList &ids)
{
    QStringList out;
    for (QString id : ids) {
        id = id.trimmed().toLower();
        if (id == QLatin1String("in-store"))
            id = QStringLiteral("in_store");
        if (id.isEmpty())
            continue;
        if (!isChannel(id))
            return std::nullopt;
        if (!out.contains(id))
            out.append(id);
    }
    // Canonical order: the order of allChannels(), so records hash the same way every time.
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return allChannels().indexOf(a) < allChannels().indexOf(b);
    });
    return out;
}

QString normaliseLegalBasis(const QString &basis)
{
    const QString b = basis.trimmed();
    const QString lower = b.toLower().remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    if (lower == QLatin1String("consent") || lower == QLatin1String("dpv:consent"))
        return QStringLiteral("dpv:Consent");
    if (lower == QLatin1String("contract") || lower == QLatin1String("dpv:contract"))
        return QStringLiteral("dpv:Contract");
    if (lower == QLatin1String("legitimateinterest")
        || lower == QLatin1String("dpv:legitimateinterest"))
        return QStringLiteral("dpv:LegitimateInterest");
    if (lower == QLatin1String("legalobligation") || lower == QLatin1String("dpv:legalobligation"))
        return QStringLiteral("dpv:LegalObligation");
    return b;
}

QString legalBasisLabel(const QString &basis)
{
    const QString b = normaliseLegalBasis(basis);
    if (b == QLatin1String("dpv:Consent"))
        return QCoreApplication::translate("Consent", "Your consent (you may say no)");
    if (b == QLatin1String("dpv:Contract"))
        return QCoreApplication::translate("Consent", "Needed for your order or contract");
    if (b == QLatin1String("dpv:LegitimateInterest"))
        return QCoreApplication::translate("Consent", "Their own interest (you may object)");
    if (b == QLatin1String("dpv:LegalObligation"))
        return QCoreApplication::translate("Consent", "Required by law");
    return QCoreApplication::translate("Consent", "Not stated");
}

} // namespace Consent
