#include "CliContext.h"
#include "Commands.h"
#include "ConsentCli.h"

#include "consent/Outbox.h"
#include "consent/OutboxSender.h"
#include "consent/RetailerAccounts.h"
#include "requests/RequestOutbox.h"
#include "requests/RequestSender.h"
#include "vault/KeychainStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace {

QJsonObject summary(Vault &vault)
{
    QHash<QString, int> counts;
    const QList<OutboxEntry> all =
        Outbox(vault).all().ok() ? Outbox(vault).all().value() : QList<OutboxEntry>();
    for (const OutboxEntry &e : all)
        counts[Consent::deliveryId(e.status)] += 1;
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject requestSummary(Vault &vault)
{
    QJsonObject o;
    if (auto all = RequestOutbox(vault).all())
        for (const RequestOutboxEntry &e : *all) {
            const QString id = Consent::deliveryId(e.status);
            o.insert(id, o.value(id).toInt() + 1);
        }
    return o;
}

// Rights requests for shops with the Roer API go out with the same rules as decisions; then
// the shops are asked about the open ones (an access request's copy lands as a snapshot).
void sendRequests(Vault &vault, QNetworkAccessManager &network, RetailerAccounts &accounts,
                  int waitSeconds)
{
    RequestSender sender(vault, &network);
    sender.setTokenFetcher(accounts.tokenFetcher());
    sender.setMaxSleepMs(1000);
    bool idleNow = false;
    int pendingLeft = 0;
    QObject::connect(&sender, &RequestSender::idle, &sender, [&](int pending) {
        idleNow = true;
        pendingLeft = pending;
    });
    if (waitSeconds == 0) {
        sender.sendDue();
        ConsentCli::waitUntil([&] { return sender.inFlight() == 0; }, 120000);
    } else {
        sender.start();
        ConsentCli::waitUntil([&] { return idleNow && pendingLeft == 0 && sender.inFlight() == 0; },
                              waitSeconds * 1000);
        sender.stop();
        ConsentCli::waitUntil([&] { return sender.inFlight() == 0; }, 30000);
    }
    sender.followUp();
    ConsentCli::waitUntil([&] { return !sender.isFollowingUp(); }, 120000);
}

int outboxList(Vault &vault, const QStringList &arguments)
{
    const auto o = ConsentCli::parse(arguments, {}, {QStringLiteral("--json")});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return CliContext::usage(
            o.error.isEmpty() ? QCoreApplication::translate("roer-cli", "Unknown argument: %1")
                                    .arg(o.positional.first())
                              : o.error);
    auto entries = Outbox(vault).all();
    if (!entries)
        return CliContext::fail(entries.error().message);
    if (o.has(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const OutboxEntry &e : std::as_const(*entries))
            list.append(e.toJson());
        CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("outbox"), list}}));
        return CliContext::Ok;
    }
    for (const OutboxEntry &e : std::as_const(*entries)) {
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(e.purposeId, e.payload[QLatin1String("state")].toString(),
                                Consent::deliveryLabel(e.status));
        if (!e.problem.isEmpty() && e.status != Consent::Delivery::Confirmed)
            line += QStringLiteral(" — ") + e.problem;
        CliContext::printLine(line);
    }
    return CliContext::Ok;
}

int outboxSend(Vault &vault, const QStringList &arguments)
{
    const auto o =
        ConsentCli::parse(arguments, {QStringLiteral("--wait")}, {QStringLiteral("--json")});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return CliContext::usage(
            o.error.isEmpty() ? QCoreApplication::translate("roer-cli", "Unknown argument: %1")
                                    .arg(o.positional.first())
                              : o.error);
    bool ok = true;
    const int waitSeconds = o.values.contains(QStringLiteral("--wait"))
        ? o.value(QStringLiteral("--wait")).toInt(&ok)
        : 0;
    if (!ok || waitSeconds < 0)
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "--wait takes a number of seconds."));

    QNetworkAccessManager network;
    KeychainStore keychain;
    RetailerAccounts accounts(vault, &keychain, &network);
    OutboxSender sender(vault, &network);
    sender.setTokenFetcher(accounts.tokenFetcher());
    sender.setMaxSleepMs(1000);
    bool idleNow = false;
    int pendingLeft = 0;
    QObject::connect(&sender, &OutboxSender::idle, &sender, [&](int pending) {
        idleNow = true;
        pendingLeft = pending;
    });
    // Without --wait: one pass (every due entry once). With --wait: keep going, retries
    // included, until nothing is pending or the time is up.
    if (waitSeconds == 0) {
        sender.sendDue();
        ConsentCli::waitUntil([&] { return sender.inFlight() == 0; }, 120000);
    } else {
        sender.start();
        ConsentCli::waitUntil([&] { return idleNow && pendingLeft == 0 && sender.inFlight() == 0; },
                              waitSeconds * 1000);
        sender.stop();
        ConsentCli::waitUntil([&] { return sender.inFlight() == 0; }, 30000);
    }
    sendRequests(vault, network, accounts, waitSeconds);
    QJsonObject counts = summary(vault);
    const QJsonObject requests = requestSummary(vault);
    if (o.has(QStringLiteral("--json"))) {
        if (!requests.isEmpty())
            counts.insert(QStringLiteral("requests"), requests);
        CliContext::printJson(QJsonDocument(counts));
        return CliContext::Ok;
    }
    const QStringList order{QStringLiteral("confirmed"), QStringLiteral("sent"),
                            QStringLiteral("waiting"), QStringLiteral("needs_attention"),
                            QStringLiteral("refused")};
    auto print = [&](const QJsonObject &c) {
        for (const QString &id : order)
            if (c.contains(id))
                CliContext::printLine(QStringLiteral("%1: %2")
                                          .arg(Consent::deliveryLabel(*Consent::deliveryFromId(id)))
                                          .arg(c[id].toInt()));
    };
    print(counts);
    if (!requests.isEmpty()) {
        CliContext::printLine(QCoreApplication::translate("roer-cli", "Rights requests:"));
        print(requests);
    }
    return CliContext::Ok;
}

} // namespace

int runOutbox(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub != QLatin1String("list") && sub != QLatin1String("send"))
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Use: outbox list|send ..."));
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    return sub == QLatin1String("list") ? outboxList(*vault, arguments.mid(1))
                                        : outboxSend(*vault, arguments.mid(1));
}
