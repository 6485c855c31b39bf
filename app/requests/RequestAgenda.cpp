#include "RequestAgenda.h"

#include "DateWords.h"
#include "Deadline.h"
#include "RequestOutbox.h"
#include "RequestStore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

Result<QList<RequestAgenda::Item>> RequestAgenda::items(Vault &vault, const QDate &today,
                                                        const QString &language)
{
    auto requests = RequestStore(vault).list();
    if (!requests)
        return requests.error();
    auto outbox = RequestOutbox(vault).all();
    if (!outbox)
        return outbox.error();
    QHash<QString, RequestOutboxEntry> delivery;
    for (const RequestOutboxEntry &e : std::as_const(*outbox))
        delivery.insert(e.requestId, e);

    QList<Item> out;
    for (const RightsRequest &r : std::as_const(*requests)) {
        const QString what = Requests::kindLabel(r.kind);
        if (r.isLate(today)) {
            out.append({Kind::Late, r,
                        QCoreApplication::translate("Requests", "%1: %2. %3")
                            .arg(r.retailerName, what,
                                 Deadline::sentence(r.deadline(), today, language))});
        } else if (Requests::deadlineRuns(r.status)
                   && Deadline::daysLeft(r.deadline(), today) <= kDueSoonDays) {
            out.append({Kind::DueSoon, r,
                        QCoreApplication::translate("Requests", "%1: %2. %3")
                            .arg(r.retailerName, what,
                                 Deadline::sentence(r.deadline(), today, language))});
        } else if (r.status == Requests::Status::LetterMade
                   && r.createdAt.toLocalTime().date().daysTo(today) >= kNudgeAfterDays) {
            out.append({Kind::NotSent, r,
                        QCoreApplication::translate("Requests",
                                                    "You made a letter for %1 on %2. Did you "
                                                    "send it? Tell Roer, so it can watch the "
                                                    "deadline.")
                            .arg(r.retailerName,
                                 DateWords::date(r.createdAt.toLocalTime().date(), language))});
        } else if (r.status == Requests::Status::Waiting
                   && delivery.value(r.id).status == Consent::Delivery::NeedsAttention) {
            out.append({Kind::NotDelivered, r,
                        QCoreApplication::translate("Requests",
                                                    "Roer could not send your request to %1. %2")
                            .arg(r.retailerName, delivery.value(r.id).problem)});
        }
    }
    // Late first (the latest first), then by deadline; nudges and problems after those.
    std::stable_sort(out.begin(), out.end(), [](const Item &a, const Item &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.request.deadline() < b.request.deadline();
    });
    return out;
}
