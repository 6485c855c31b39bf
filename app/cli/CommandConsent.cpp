#include "CliContext.h"
#include "Commands.h"
#include "ConsentCli.h"

#include "consent/Clock.h"
#include "consent/ConsentHistoryExport.h"
#include "consent/ConsentHistoryVerifier.h"
#include "consent/ConsentStore.h"
#include "consent/DecisionLetter.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace {
int consentSet(Vault &vault, const QStringList &arguments)
{
    const auto o =
        ConsentCli::parse(arguments,
                          {QStringLiteral("--retailer"), QStringLiteral("--purpose"),
                           QStringLiteral("--state"), QStringLiteral("--channels"),
                           QStringLiteral("--until"), QStringLiteral("--where"),
                           QStringLiteral("--letter")},
                          {QStringLiteral("--json"), QStringLiteral("--while-using-app")});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return CliContext::usage(
            o.error.isEmpty() ? QCoreApplication::translate("roer-cli", "Unknown argument: %1")
                                    .arg(o.positional.first())
                              : o.error);
    if (o.value(QStringLiteral("--purpose")).isEmpty()
        || o.value(QStringLiteral("--state")).isEmpty())
        return CliContext::usage(QCoreApplication::translate(
            "roer-cli", "Use: consent set --retailer NAME --purpose ID --state given|withdrawn"));
    DecisionRequest request;
    request.method = QStringLiteral("roer-cli");
    request.purposeId = o.value(QStringLiteral("--purpose"));
    const auto state = Consent::stateFromId(o.value(QStringLiteral("--state")));
    if (!state || *state == Consent::State::Expired || *state == Consent::State::Unknown)
        return CliContext::usage(
            QCoreApplication::translate("roer-cli",
                                        "The state must be given, refused or withdrawn."));
    request.state = *state;
    request.channels =
        o.value(QStringLiteral("--channels")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!Consent::normaliseChannels(request.channels))
        return CliContext::usage(QCoreApplication::translate(
            "roer-cli", "Unknown channel. Use: email, sms, phone, post, app, in-store."));
    if (o.values.contains(QStringLiteral("--until"))) {
        request.context.until = QDate::fromString(o.value(QStringLiteral("--until")), Qt::ISODate);
        if (!request.context.until.isValid())
            return CliContext::usage(
                QCoreApplication::translate("roer-cli", "Give the date as YYYY-MM-DD."));
    }
    const auto place = Consent::placeFromId(o.value(QStringLiteral("--where")));
    if (!place)
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Use --where in-store, online or anywhere."));
    request.context.place = *place;
    request.context.whileUsingApp = o.has(QStringLiteral("--while-using-app"));
    const QString letterLanguage = o.value(QStringLiteral("--letter"));
    if (!letterLanguage.isEmpty() && letterLanguage != QLatin1String("nl")
        && letterLanguage != QLatin1String("en"))
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Use --letter nl or --letter en."));

    auto retailer = ConsentCli::retailer(vault, o.value(QStringLiteral("--retailer")));
    if (!retailer)
        return CliContext::fail(retailer.error().message);
    request.retailerId = retailer->id;
    ConsentStore store(vault);
    const auto stored = store.purpose(retailer->id, request.purposeId);
    if (retailer->hasApi() && (!stored || !*stored)) {
        if (auto r = ConsentCli::refreshPurposes(vault, *retailer); !r)
            return CliContext::fail(r.error().message);
    }
    auto record = store.decide(request);
    if (!record)
        return CliContext::fail(record.error().message);
    auto decision = store.decision(retailer->id, record->purposeId);
    const QDate today = Clock::instance().now().toLocalTime().date();
    std::optional<DecisionLetter::Letter> letter;
    if (!retailer->hasApi()) {
        const auto found = store.purpose(retailer->id, record->purposeId);
        RetailerPurpose purpose;
        purpose.id = record->purposeId;
        if (found && *found)
            purpose = **found;
        letter =
            DecisionLetter::make(*retailer, purpose, *record,
                                 letterLanguage.isEmpty() ? QStringLiteral("en") : letterLanguage);
    }
    if (o.has(QStringLiteral("--json"))) {
        QJsonObject out = decision && *decision ? (*decision)->toJson(today) : QJsonObject();
        out.insert(QStringLiteral("record"), record->toJson());
        if (letter)
            out.insert(QStringLiteral("letter"),
                       QJsonObject{{QStringLiteral("to"), letter->to},
                                   {QStringLiteral("subject"), letter->subject},
                                   {QStringLiteral("body"), letter->body}});
        CliContext::printJson(QJsonDocument(out));
        return CliContext::Ok;
    }
    CliContext::printLine(QCoreApplication::translate("roer-cli", "Saved your choice. Record: %1")
                              .arg(record->recordId));
    if (letter && !letterLanguage.isEmpty()) {
        CliContext::printLine(QCoreApplication::translate(
            "roer-cli",
            "This retailer has no Roer connection. Send this letter or e-mail yourself:"));
        CliContext::printLine(QString());
        if (!letter->to.isEmpty())
            CliContext::printLine(
                QCoreApplication::translate("roer-cli", "To: %1").arg(letter->to));
        CliContext::printLine(
            QCoreApplication::translate("roer-cli", "Subject: %1").arg(letter->subject));
        CliContext::printLine(QString());
        CliContext::printLine(letter->body);
    } else if (letter) {
        CliContext::printLine(
            QCoreApplication::translate("roer-cli",
                                        "This retailer has no Roer connection. Use --letter nl or "
                                        "--letter en to get a letter to send."));
    } else {
        CliContext::printLine(
            QCoreApplication::translate("roer-cli", "Send it now with: roer-cli outbox send"));
    }
    return CliContext::Ok;
}

int consentList(Vault &vault, const QStringList &arguments)
{
    const auto o =
        ConsentCli::parse(arguments, {QStringLiteral("--retailer")}, {QStringLiteral("--json")});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return CliContext::usage(
            o.error.isEmpty() ? QCoreApplication::translate("roer-cli", "Unknown argument: %1")
                                    .arg(o.positional.first())
                              : o.error);
    auto retailer = ConsentCli::retailer(vault, o.value(QStringLiteral("--retailer")));
    if (!retailer)
        return CliContext::fail(retailer.error().message);
    ConsentStore store(vault);
    auto purposes = store.purposes(retailer->id);
    auto decisions = store.decisions(retailer->id);
    if (!purposes || !decisions)
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "Roer could not read the vault."));
    const QDate today = Clock::instance().now().toLocalTime().date();
    const QString language = QLocale().name().startsWith(QLatin1String("nl"))
        ? QStringLiteral("nl")
        : QStringLiteral("en");
    QJsonArray list;
    QStringList seen;
    for (const RetailerPurpose &p : std::as_const(*purposes)) {
        QJsonObject item{{QStringLiteral("purpose_id"), p.id},
                         {QStringLiteral("title"), p.title(language)},
                         {QStringLiteral("legal_basis"), p.legalBasis},
                         {QStringLiteral("needed_for_contract"), p.neededForContract},
                         {QStringLiteral("channels"), QJsonArray::fromStringList(p.channels)},
                         {QStringLiteral("state"), QStringLiteral("unknown")}};
        for (const ConsentDecision &d : std::as_const(*decisions))
            if (d.purposeId == p.id) {
                const QJsonObject dj = d.toJson(today);
                for (auto it = dj.begin(); it != dj.end(); ++it)
                    if (it.key() != QLatin1String("channels"))
                        item.insert(it.key(), it.value());
                item.insert(QStringLiteral("chosen_channels"), dj[QLatin1String("channels")]);
            }
        seen.append(p.id);
        list.append(item);
    }
    for (const ConsentDecision &d : std::as_const(*decisions))
        if (!seen.contains(d.purposeId))
            list.append(d.toJson(today));
    if (o.has(QStringLiteral("--json"))) {
        CliContext::printJson(
            QJsonDocument(QJsonObject{{QStringLiteral("retailer"), retailer->name},
                                      {QStringLiteral("consents"), list}}));
        return CliContext::Ok;
    }
    for (const QJsonValue &v : std::as_const(list)) {
        const auto state = Consent::stateFromId(v[QLatin1String("state")].toString())
                               .value_or(Consent::State::Unknown);
        QString line = QStringLiteral("%1: %2").arg(v[QLatin1String("purpose_id")].toString(),
                                                    Consent::stateLabel(state));
        if (v[QLatin1String("needed_for_contract")].toBool())
            line += QStringLiteral(" (")
                + QCoreApplication::translate("roer-cli", "needed for your order")
                + QLatin1Char(')');
        if (v.toObject().contains(QLatin1String("delivery_text")))
            line += QStringLiteral(" — ") + v[QLatin1String("delivery_text")].toString();
        CliContext::printLine(line);
    }
    return CliContext::Ok;
}

int consentHistory(Vault &vault, const QStringList &arguments)
{
    const auto o = ConsentCli::parse(arguments, {QStringLiteral("--retailer")},
                                     {QStringLiteral("--json"), QStringLiteral("--html")});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return CliContext::usage(
            o.error.isEmpty() ? QCoreApplication::translate("roer-cli", "Unknown argument: %1")
                                    .arg(o.positional.first())
                              : o.error);
    auto retailer = ConsentCli::retailer(vault, o.value(QStringLiteral("--retailer")));
    if (!retailer)
        return CliContext::fail(retailer.error().message);
    auto history = ConsentStore(vault).history(retailer->id);
    auto report = ConsentHistoryVerifier::verify(vault, retailer->id);
    if (!history || !report)
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "Roer could not read the vault."));
    const QDateTime now = Clock::instance().now();
    if (o.has(QStringLiteral("--html"))) {
        const QByteArray html =
            ConsentHistoryExport::toHtml(*retailer, *history, report->intact(), now);
        std::fwrite(html.constData(), 1, size_t(html.size()), stdout);
        return CliContext::Ok;
    }
    if (o.has(QStringLiteral("--json"))) {
        const QByteArray json =
            ConsentHistoryExport::toJson(*retailer, *history, report->intact(), now);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return CliContext::Ok;
    }
    for (const ConsentRecord &r : std::as_const(*history))
        CliContext::printLine(
            QStringLiteral("%1  %2  %3")
                .arg(ConsentRecord::timeString(r.time), r.purposeId, Consent::stateLabel(r.state)));
    CliContext::printLine(
        report->intact()
            ? QCoreApplication::translate("roer-cli", "Check: no record was changed or removed.")
            : QCoreApplication::translate(
                "roer-cli", "Warning: some records were changed or removed after they were made."));
    return CliContext::Ok;
}
} // namespace

int runConsent(CliContext &context, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Use: consent set|list|history ..."));
    const QString sub = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (sub != QLatin1String("set") && sub != QLatin1String("list")
        && sub != QLatin1String("history"))
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Use: consent set|list|history ..."));
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    if (sub == QLatin1String("set"))
        return consentSet(*vault, rest);
    if (sub == QLatin1String("list"))
        return consentList(*vault, rest);
    return consentHistory(*vault, rest);
}
