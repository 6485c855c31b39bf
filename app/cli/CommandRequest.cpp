// roer-cli request new|list|show|mark-sent|answer|cancel|history (and, in
// CommandRequestLetter.cpp, letter|complaint|calendar): the customer's rights requests.
#include "CliContext.h"
#include "Commands.h"
#include "ConsentCli.h"
#include "RequestCli.h"

#include "consent/Clock.h"
#include "directory/RetailerStore.h"
#include "requests/Deadline.h"
#include "requests/RequestHistory.h"
#include "requests/RequestHistoryExport.h"
#include "requests/RequestHistoryVerifier.h"
#include "requests/RequestStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace {
Result<qint64> retailerId(Vault &vault, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("roer-cli",
                                                       "Say which retailer with --retailer NAME."));
    auto found = RetailerStore(vault).findByName(name);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("roer-cli",
                                                       "Roer does not know this retailer."));
    return (*found)->id;
}

QJsonArray historyJson(const QList<RequestEvent> &events)
{
    QJsonArray out;
    for (const RequestEvent &e : events)
        out.append(e.toJson());
    return out;
}

int requestNew(CliContext &context, Vault &vault, const QStringList &arguments)
{
    const auto o =
        ConsentCli::parse(arguments,
                          {QStringLiteral("--retailer"), QStringLiteral("--kind"),
                           QStringLiteral("--about"), QStringLiteral("--category"),
                           QStringLiteral("--object"), QStringLiteral("--reason"),
                           QStringLiteral("--wrong"), QStringLiteral("--correct"),
                           QStringLiteral("--customer-number"), QStringLiteral("--letter-language"),
                           QStringLiteral("--name"), QStringLiteral("--address"),
                           QStringLiteral("--email")},
                          {QStringLiteral("--json"), QStringLiteral("--withdraw-consents"),
                           QStringLiteral("--by-letter")});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return RequestCli::usageFor(
            o.error, o.positional,
            QT_TRANSLATE_NOOP("roer-cli", "Use: request new --retailer NAME --kind KIND ..."));
    const auto kind = Requests::kindFromId(o.value(QStringLiteral("--kind")));
    if (!kind)
        return CliContext::usage(
            QCoreApplication::translate("roer-cli",
                                        "Use --kind access, erasure, objection, rectification, "
                                        "restriction or portability."));
    auto id = retailerId(vault, o.value(QStringLiteral("--retailer")));
    if (!id)
        return CliContext::fail(id.error().message);
    RequestStore::NewRequest n;
    n.retailerId = *id;
    n.kind = *kind;
    n.method = QStringLiteral("roer-cli");
    n.byLetter = o.has(QStringLiteral("--by-letter"));
    n.language = o.values.value(QStringLiteral("--letter-language"), context.language());
    n.details.scope = o.value(QStringLiteral("--about"));
    n.details.categories =
        o.value(QStringLiteral("--category")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    n.details.withdrawConsents = o.has(QStringLiteral("--withdraw-consents"));
    if (o.values.contains(QStringLiteral("--object"))) {
        const QString what = o.value(QStringLiteral("--object"));
        const auto objectTo = Requests::objectToFromId(
            what == QLatin1String("marketing") ? QStringLiteral("direct_marketing") : what);
        if (!objectTo || *objectTo == Requests::ObjectTo::Nothing)
            return CliContext::usage(
                QCoreApplication::translate("roer-cli",
                                            "Use --object marketing, profiling or both."));
        n.details.objectTo = *objectTo;
    }
    n.details.reason = o.value(QStringLiteral("--reason"));
    n.details.wrongValue = o.value(QStringLiteral("--wrong"));
    n.details.correctValue = o.value(QStringLiteral("--correct"));
    n.details.customerNumber = o.value(QStringLiteral("--customer-number"));
    RequestStore store(vault);
    // Details given here are kept for the next letter, as the app does.
    if (o.has(QStringLiteral("--name")) || o.has(QStringLiteral("--address"))
        || o.has(QStringLiteral("--email"))) {
        Requester me = store.requester().value();
        if (o.has(QStringLiteral("--name")))
            me.name = o.value(QStringLiteral("--name"));
        if (o.has(QStringLiteral("--address")))
            me.address = o.value(QStringLiteral("--address"))
                             .replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        if (o.has(QStringLiteral("--email")))
            me.email = o.value(QStringLiteral("--email"));
        if (auto saved = store.saveRequester(me); !saved)
            return CliContext::fail(saved.error().message);
    }
    auto made = store.create(n);
    if (!made)
        return CliContext::fail(made.error().message);
    if (o.has(QStringLiteral("--json"))) {
        CliContext::printJson(QJsonDocument(made->toJson(RequestCli::today(), context.language())));
        return CliContext::Ok;
    }
    CliContext::printLine(
        QCoreApplication::translate("roer-cli", "Saved your request. Request: %1").arg(made->id));
    if (made->delivery == Requests::Delivery::Api)
        CliContext::printLine(
            QCoreApplication::translate("roer-cli", "Send it now with: roer-cli outbox send"));
    else
        CliContext::printLine(
            QCoreApplication::translate(
                "roer-cli",
                "Get the letter with: roer-cli request letter %1. After you sent it: roer-cli "
                "request mark-sent %1")
                .arg(made->id.left(8)));
    return CliContext::Ok;
}

int requestList(CliContext &context, Vault &vault, const QStringList &arguments)
{
    const auto o =
        ConsentCli::parse(arguments, {QStringLiteral("--retailer")}, {QStringLiteral("--json")});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return RequestCli::usageFor(o.error, o.positional,
                                    QT_TRANSLATE_NOOP("roer-cli",
                                                      "Use: request list [--retailer NAME]"));
    qint64 retailer = 0;
    if (o.values.contains(QStringLiteral("--retailer"))) {
        auto id = retailerId(vault, o.value(QStringLiteral("--retailer")));
        if (!id)
            return CliContext::fail(id.error().message);
        retailer = *id;
    }
    auto list = RequestStore(vault).list(retailer);
    if (!list)
        return CliContext::fail(list.error().message);
    const QDate today = RequestCli::today();
    if (o.has(QStringLiteral("--json"))) {
        QJsonArray out;
        for (const RightsRequest &r : std::as_const(*list))
            out.append(r.toJson(today, context.language()));
        CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("requests"), out}}));
        return CliContext::Ok;
    }
    if (list->isEmpty())
        CliContext::printLine(
            QCoreApplication::translate("roer-cli", "You have not made a request yet."));
    for (const RightsRequest &r : std::as_const(*list))
        CliContext::printLine(RequestCli::line(r, today));
    return CliContext::Ok;
}

int requestShow(CliContext &context, Vault &vault, const QStringList &arguments)
{
    const auto o = ConsentCli::parse(arguments, {}, {QStringLiteral("--json")});
    if (!o.error.isEmpty() || o.positional.size() != 1)
        return RequestCli::usageFor(o.error, o.positional.mid(1),
                                    QT_TRANSLATE_NOOP("roer-cli", "Use: request show ID"));
    auto r = RequestCli::request(vault, o.positional);
    if (!r)
        return CliContext::fail(r.error().message);
    auto history = RequestStore(vault).history(r->id);
    if (!history)
        return CliContext::fail(history.error().message);
    const QDate today = RequestCli::today();
    if (o.has(QStringLiteral("--json"))) {
        QJsonObject out = r->toJson(today, context.language());
        out.insert(QStringLiteral("history"), historyJson(*history));
        CliContext::printJson(QJsonDocument(out));
        return CliContext::Ok;
    }
    CliContext::printLine(RequestCli::line(*r, today));
    if (Requests::deadlineRuns(r->status) && r->deadline().isValid())
        CliContext::printLine(Deadline::sentence(r->deadline(), today, context.language()));
    if (!r->reasonText(context.language()).isEmpty())
        CliContext::printLine(QCoreApplication::translate("roer-cli", "Their reason: %1")
                                  .arg(r->reasonText(context.language())));
    for (const RequestEvent &e : std::as_const(*history))
        CliContext::printLine(QStringLiteral("  %1  %2 (%3)")
                                  .arg(e.time.toUTC().toString(Qt::ISODate), e.event, e.status));
    return CliContext::Ok;
}

int requestMarkSent(CliContext &context, Vault &vault, const QStringList &arguments)
{
    const auto o = ConsentCli::parse(arguments, {QStringLiteral("--on"), QStringLiteral("--by")},
                                     {QStringLiteral("--json")});
    if (!o.error.isEmpty() || o.positional.size() != 1)
        return RequestCli::usageFor(o.error, o.positional.mid(1),
                                    QT_TRANSLATE_NOOP("roer-cli",
                                                      "Use: request mark-sent ID [--on YYYY-MM-DD] "
                                                      "[--by email|post|web-form]"));
    const QDate on = o.values.contains(QStringLiteral("--on"))
        ? QDate::fromString(o.value(QStringLiteral("--on")), Qt::ISODate)
        : RequestCli::today();
    if (!on.isValid())
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Give the date as YYYY-MM-DD."));
    const auto by =
        Requests::sentByFromId(o.values.value(QStringLiteral("--by"), QStringLiteral("email")));
    if (!by || *by == Requests::SentBy::Api)
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Use --by email, post or web-form."));
    auto r = RequestCli::request(vault, o.positional);
    if (!r)
        return CliContext::fail(r.error().message);
    auto sent = RequestStore(vault).markSent(r->id, on, *by);
    if (!sent)
        return CliContext::fail(sent.error().message);
    if (o.has(QStringLiteral("--json"))) {
        CliContext::printJson(QJsonDocument(sent->toJson(RequestCli::today(), context.language())));
        return CliContext::Ok;
    }
    CliContext::printLine(
        Deadline::sentence(sent->deadline(), RequestCli::today(), context.language()));
    return CliContext::Ok;
}

int requestAnswer(CliContext &context, Vault &vault, const QStringList &arguments)
{
    const auto o = ConsentCli::parse(arguments,
                                     {QStringLiteral("--status"), QStringLiteral("--on"),
                                      QStringLiteral("--until"), QStringLiteral("--reason")},
                                     {QStringLiteral("--json")});
    if (!o.error.isEmpty() || o.positional.size() != 1)
        return RequestCli::usageFor(
            o.error, o.positional.mid(1),
            QT_TRANSLATE_NOOP("roer-cli",
                              "Use: request answer ID --status received|in_progress|"
                              "extended|completed|refused [--on DATE] [--until DATE] "
                              "[--reason TEXT]"));
    RequestAnswer a;
    const auto status = Requests::statusFromId(o.value(QStringLiteral("--status")));
    if (!status || *status == Requests::Status::Waiting || *status == Requests::Status::LetterMade
        || *status == Requests::Status::Sent || *status == Requests::Status::Cancelled)
        return CliContext::usage(
            QCoreApplication::translate("roer-cli",
                                        "Use --status received, in_progress, extended, completed "
                                        "or refused."));
    a.status = *status;
    const QDate on = o.values.contains(QStringLiteral("--on"))
        ? QDate::fromString(o.value(QStringLiteral("--on")), Qt::ISODate)
        : RequestCli::today();
    if (!on.isValid())
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Give the date as YYYY-MM-DD."));
    a.at = QDateTime(on, QTime(12, 0));
    if (o.values.contains(QStringLiteral("--until"))) {
        a.extendedUntil = QDate::fromString(o.value(QStringLiteral("--until")), Qt::ISODate);
        if (!a.extendedUntil.isValid())
            return CliContext::usage(
                QCoreApplication::translate("roer-cli", "Give the date as YYYY-MM-DD."));
    }
    auto r = RequestCli::request(vault, o.positional);
    if (!r)
        return CliContext::fail(r.error().message);
    if (o.values.contains(QStringLiteral("--reason")))
        a.reason = QJsonObject{{r->language, o.value(QStringLiteral("--reason"))}};
    auto done = RequestStore(vault).recordAnswer(r->id, a);
    if (!done)
        return CliContext::fail(done.error().message);
    if (o.has(QStringLiteral("--json")))
        CliContext::printJson(QJsonDocument(done->toJson(RequestCli::today(), context.language())));
    else
        CliContext::printLine(RequestCli::line(*done, RequestCli::today()));
    return CliContext::Ok;
}

int requestCancel(CliContext &context, Vault &vault, const QStringList &arguments)
{
    const auto o = ConsentCli::parse(arguments, {}, {QStringLiteral("--json")});
    if (!o.error.isEmpty() || o.positional.size() != 1)
        return RequestCli::usageFor(o.error, o.positional.mid(1),
                                    QT_TRANSLATE_NOOP("roer-cli", "Use: request cancel ID"));
    auto r = RequestCli::request(vault, o.positional);
    if (!r)
        return CliContext::fail(r.error().message);
    auto done = RequestStore(vault).cancel(r->id);
    if (!done)
        return CliContext::fail(done.error().message);
    if (o.has(QStringLiteral("--json")))
        CliContext::printJson(QJsonDocument(done->toJson(RequestCli::today(), context.language())));
    else
        CliContext::printLine(RequestCli::line(*done, RequestCli::today()));
    return CliContext::Ok;
}

int requestHistory(CliContext &context, Vault &vault, const QStringList &arguments)
{
    const auto o = ConsentCli::parse(arguments, {QStringLiteral("--out")}, {});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return RequestCli::usageFor(o.error, o.positional,
                                    QT_TRANSLATE_NOOP("roer-cli",
                                                      "Use: request history [--out FILE]"));
    auto report = RequestHistoryVerifier::verify(vault);
    auto requests = RequestStore(vault).list();
    auto events = RequestHistory(vault).ofRetailer(0);
    if (!report || !requests || !events)
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "Roer could not read the vault."));
    const QByteArray json =
        RequestHistoryExport::toJson(*requests, *events, report->intact(), Clock::instance().now(),
                                     context.language());
    if (!o.values.contains(QStringLiteral("--out"))) {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return CliContext::Ok;
    }
    QSaveFile file(o.value(QStringLiteral("--out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "Roer could not write this file."));
    CliContext::printLine(
        report->intact() ? QCoreApplication::translate(
            "roer-cli", "Saved. Check: nothing in the history was changed or removed.")
                         : QCoreApplication::translate(
                             "roer-cli",
                             "Saved. Warning: some of the history was changed or removed "
                             "after it was made."));
    return CliContext::Ok;
}
} // namespace

int runRequest(CliContext &context, const QStringList &arguments)
{
    static const QStringList subs = {QStringLiteral("new"),       QStringLiteral("list"),
                                     QStringLiteral("show"),      QStringLiteral("mark-sent"),
                                     QStringLiteral("answer"),    QStringLiteral("cancel"),
                                     QStringLiteral("history"),   QStringLiteral("letter"),
                                     QStringLiteral("complaint"), QStringLiteral("calendar")};
    if (arguments.isEmpty() || !subs.contains(arguments.first()))
        return CliContext::usage(
            QCoreApplication::translate("roer-cli",
                                        "Use: request new|list|show|mark-sent|answer|cancel|"
                                        "history|letter|complaint|calendar ..."));
    const QString sub = arguments.first();
    const QStringList rest = arguments.mid(1);
    Vault *vault = context.unlockedVault();
    if (!vault)
        return CliContext::Failed;
    if (sub == QLatin1String("new"))
        return requestNew(context, *vault, rest);
    if (sub == QLatin1String("list"))
        return requestList(context, *vault, rest);
    if (sub == QLatin1String("show"))
        return requestShow(context, *vault, rest);
    if (sub == QLatin1String("mark-sent"))
        return requestMarkSent(context, *vault, rest);
    if (sub == QLatin1String("answer"))
        return requestAnswer(context, *vault, rest);
    if (sub == QLatin1String("cancel"))
        return requestCancel(context, *vault, rest);
    if (sub == QLatin1String("history"))
        return requestHistory(context, *vault, rest);
    if (sub == QLatin1String("letter"))
        return runRequestLetter(context, *vault, rest);
    if (sub == QLatin1String("complaint"))
        return runRequestComplaint(context, *vault, rest);
    return runRequestCalendar(context, *vault, rest);
}
