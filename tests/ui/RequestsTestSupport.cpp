#include "RequestsTestSupport.h"

#include "consent/Clock.h"
#include "directory/RetailerDirectory.h"
#include "directory/RetailerStore.h"
#include "requests/RequestStore.h"

namespace {
class FixedClock : public Clock
{
public:
    QDateTime at;
    QDateTime now() const override { return at; }
};
} // namespace

namespace RequestsTestSupport {

qint64 addDirectoryShop(Vault &vault, const QString &directoryId)
{
    auto directory = RetailerDirectory::bundled();
    if (!directory)
        return -1;
    const DirectoryEntry *entry = directory->find(directoryId);
    if (!entry)
        return -1;
    auto id = RetailerStore(vault).add(RetailerDirectory::toRetailer(*entry));
    return id ? *id : -1;
}

bool makeSampleRequests(Vault &vault, qint64 blendle, qint64 bol, qint64 zeeman, qint64 albert,
                        const QDateTime &now)
{
    FixedClock clock;
    Clock *previous = &Clock::instance();
    Clock::setInstance(&clock);
    RequestStore store(vault);
    auto at = [&](int daysAgo) { clock.at = now.addDays(-daysAgo); };
    auto make = [&](qint64 shop, Requests::Kind kind, const RequestDetails &d,
                    const QString &language) {
        RequestStore::NewRequest n;
        n.retailerId = shop;
        n.kind = kind;
        n.details = d;
        n.language = language;
        return store.create(n);
    };
    at(40);
    bool ok = store
                  .saveRequester({QStringLiteral("Anna de Vries"),
                                  QStringLiteral("Voorbeeldstraat 1\n1234 AB Utrecht"),
                                  QStringLiteral("anna@example.invalid")})
                  .ok();
    auto access = make(blendle, Requests::Kind::Access, {}, QStringLiteral("nl"));
    ok = ok && access
        && store.markSent(access->id, clock.at.toLocalTime().date(), Requests::SentBy::Email);

    at(20);
    RequestDetails erase;
    erase.scope = QStringLiteral("the location trail");
    erase.categories = {QStringLiteral("pd:Location")};
    erase.withdrawConsents = true;
    erase.objectTo = Requests::ObjectTo::DirectMarketing;
    auto erasure = make(bol, Requests::Kind::Erasure, erase, QStringLiteral("en"));
    ok = ok && erasure
        && store.markSent(erasure->id, clock.at.toLocalTime().date(), Requests::SentBy::Post);
    at(15);
    RequestAnswer extended;
    extended.status = Requests::Status::Extended;
    extended.reason =
        QJsonObject{{QStringLiteral("en"), QStringLiteral("We get many requests at the moment.")}};
    ok = ok && erasure && store.recordAnswer(erasure->id, extended);

    at(30);
    RequestDetails fix;
    fix.wrongValue = QStringLiteral("Kerkstraat 1, Utrecht");
    fix.correctValue = QStringLiteral("Kerkstraat 10, Utrecht");
    auto rect = make(albert, Requests::Kind::Rectification, fix, QStringLiteral("nl"));
    ok = ok && rect
        && store.markSent(rect->id, clock.at.toLocalTime().date(), Requests::SentBy::WebForm);
    at(6);
    RequestAnswer refused;
    refused.status = Requests::Status::Refused;
    refused.reason =
        QJsonObject{{QStringLiteral("nl"), QStringLiteral("We kunnen je adres niet controleren.")}};
    ok = ok && rect && store.recordAnswer(rect->id, refused);

    at(3);
    RequestDetails object;
    object.objectTo = Requests::ObjectTo::Both;
    ok = ok && make(zeeman, Requests::Kind::Objection, object, QStringLiteral("nl"));
    Clock::setInstance(previous);
    return ok;
}

} // namespace RequestsTestSupport
