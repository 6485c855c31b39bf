#include "CustomerSummary.h"

#include "consent/ConsentStore.h"
#include "directory/RetailerStore.h"
#include "explain/Catalogue.h"
#include "requests/DateWords.h"
#include "requests/RequestStore.h"
#include "requests/RequestTypes.h"

namespace {
QString categoryTitle(const QString &id, const QString &language)
{
    if (const Catalogue::Category *c = Catalogue::builtIn().category(id))
        return c->title.in(language);
    return id;
}

QString channelList(const QStringList &channels)
{
    QStringList words;
    for (const QString &c : channels)
        words.append(Consent::channelLabel(c));
    return words.join(QStringLiteral(", "));
}
} // namespace

Result<CustomerSummary> CustomerSummary::build(Vault &vault, const QString &language,
                                               const QDate &today,
                                               const QHash<qint64, QStringList> &categories)
{
    CustomerSummary summary;
    summary.language = language;
    summary.madeOn = today;
    auto retailers = RetailerStore(vault).list();
    if (!retailers)
        return retailers.error();
    auto requests = RequestStore(vault).list();
    if (!requests)
        return requests.error();
    ConsentStore consents(vault);
    for (const Retailer &r : *retailers) {
        Shop shop;
        shop.name = r.name;
        shop.hasData = categories.contains(r.id);
        for (const QString &id : categories.value(r.id))
            if (!id.isEmpty() && !shop.kinds.contains(categoryTitle(id, language)))
                shop.kinds.append(categoryTitle(id, language));
        auto purposes = consents.purposes(r.id);
        auto decisions = consents.decisions(r.id);
        if (!purposes || !decisions)
            return purposes ? decisions.error() : purposes.error();
        for (const ConsentDecision &d : *decisions) {
            QString title = d.purposeId;
            for (const RetailerPurpose &p : *purposes)
                if (p.id == d.purposeId)
                    title = p.title(language);
            shop.decisions.append({title, Consent::stateLabel(d.effectiveState(today)),
                                   channelList(d.channels), d.deliveryText()});
        }
        for (const RightsRequest &q : *requests) {
            if (q.retailerId != r.id || !Requests::isOpen(q.status))
                continue;
            const QDate due = q.deadline();
            shop.openRequests.append({Requests::kindLabel(q.kind), Requests::statusLabel(q.status),
                                      due.isValid() ? DateWords::date(due, language) : QString(),
                                      q.isLate(today)});
        }
        summary.shops.append(shop);
    }
    return summary;
}
