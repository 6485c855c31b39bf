#include "CliContext.h"
#include "Commands.h"
#include "ConsentCli.h"

#include "consent/Outbox.h"
#include "consent/OutboxSender.h"
#include "consent/RetailerAccounts.h"
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
    const QJsonObject counts = summary(vault);
    if (o.has(QStringLiteral("--json"))) {
        CliContext::printJson(QJsonDocument(counts));
        return CliContext::Ok;
    }
    const QStringList order{QStringLiteral("confirmed"), QStringLiteral("sent"),
                            QStringLiteral("waiting"), QStringLiteral("needs_attention"),
                            QStringLiteral("refused")};
    for (const QString &id : order)
        if (counts.contains(id))
            CliContext::printLine(QStringLiteral("%1: %2")
                                      .arg(Consent::deliveryLabel(*Consent::deliveryFromId(id)))
                                      .arg(counts[id].toInt()));
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
