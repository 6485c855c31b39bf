// roer-cli request letter|complaint|calendar, and what the request commands share.
#include "CliContext.h"
#include "ConsentCli.h"
#include "RequestCli.h"

#include "consent/Clock.h"
#include "directory/RetailerDirectory.h"
#include "directory/RetailerStore.h"
#include "requests/CalendarFile.h"
#include "requests/ComplaintPack.h"
#include "requests/Deadline.h"
#include "requests/RequestHistoryExport.h"
#include "requests/RequestHistoryVerifier.h"
#include "requests/RequestLetter.h"
#include "requests/RequestStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace {
Result<Retailer> retailerOf(Vault &vault, const RightsRequest &r)
{
    auto found = RetailerStore(vault).find(r.retailerId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("roer-cli",
                                                       "Roer does not know this retailer."));
    return **found;
}
} // namespace

namespace RequestCli {

int usageFor(const QString &parseError, const QStringList &positional, const char *use)
{
    if (!parseError.isEmpty())
        return CliContext::usage(parseError);
    if (!positional.isEmpty())
        return CliContext::usage(QCoreApplication::translate("roer-cli", "Unknown argument: %1")
                                     .arg(positional.first()));
    return CliContext::usage(QCoreApplication::translate("roer-cli", use));
}

QDate today()
{
    return Clock::instance().now().toLocalTime().date();
}

Result<RightsRequest> request(Vault &vault, const QStringList &positional)
{
    return RequestStore(vault).find(positional.value(0));
}

QString line(const RightsRequest &r, const QDate &day)
{
    QString text = QStringLiteral("%1  %2: %3 — %4")
                       .arg(r.id.left(8), r.retailerName, Requests::kindLabel(r.kind),
                            Requests::statusLabel(r.status));
    if (Requests::deadlineRuns(r.status) && r.deadline().isValid())
        text += QStringLiteral(" (") + Deadline::shortText(r.deadline(), day) + QLatin1Char(')');
    return text;
}

} // namespace RequestCli

int runRequestLetter(CliContext &context, Vault &vault, const QStringList &arguments)
{
    const auto o = ConsentCli::parse(arguments, {QStringLiteral("--letter-language")},
                                     {QStringLiteral("--json"), QStringLiteral("--reminder")});
    if (!o.error.isEmpty() || o.positional.size() != 1)
        return RequestCli::usageFor(
            o.error, o.positional.mid(1),
            QT_TRANSLATE_NOOP("roer-cli",
                              "Use: request letter ID [--reminder] [--letter-language nl|en]"));
    auto r = RequestCli::request(vault, o.positional);
    if (!r)
        return CliContext::fail(r.error().message);
    auto retailer = retailerOf(vault, *r);
    if (!retailer)
        return CliContext::fail(retailer.error().message);
    const QString language = o.values.value(QStringLiteral("--letter-language"), r->language);
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return CliContext::usage(
            QCoreApplication::translate("roer-cli", "Use --letter-language nl or en."));
    RequestStore store(vault);
    const Requester me = store.requester().value();
    const bool reminder = o.has(QStringLiteral("--reminder"));
    const QDate day = RequestCli::today();
    const RequestLetter letter = reminder
        ? RequestLetter::reminder(*r, *retailer, me, language, day)
        : RequestLetter::make(*r, *retailer, me, language, r->sentOn.isValid() ? r->sentOn : day);
    if (reminder) {
        // Taken out of Roer to be sent: the history notes the reminder.
        if (auto noted = store.recordReminderMade(r->id, letter.sha256()); !noted)
            return CliContext::fail(noted.error().message);
    }
    if (o.has(QStringLiteral("--json"))) {
        CliContext::printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("request_id"), r->id},
            {QStringLiteral("language"), letter.language},
            {QStringLiteral("to"), letter.to},
            {QStringLiteral("postal_address"), QJsonArray::fromStringList(letter.recipientLines)},
            {QStringLiteral("subject"), letter.subject},
            {QStringLiteral("text"), letter.plainText()},
            {QStringLiteral("email_body"), letter.emailBody()},
            {QStringLiteral("sha256"), QString::fromLatin1(letter.sha256())},
        }));
        return CliContext::Ok;
    }
    CliContext::printLine(letter.plainText());
    Q_UNUSED(context)
    return CliContext::Ok;
}

int runRequestComplaint(CliContext &context, Vault &vault, const QStringList &arguments)
{
    const auto o =
        ConsentCli::parse(arguments, {QStringLiteral("--out")}, {QStringLiteral("--json")});
    if (!o.error.isEmpty() || o.positional.size() != 1
        || !o.values.contains(QStringLiteral("--out")))
        return RequestCli::usageFor(o.error, o.positional.mid(1),
                                    QT_TRANSLATE_NOOP("roer-cli",
                                                      "Use: request complaint ID --out FOLDER"));
    auto r = RequestCli::request(vault, o.positional);
    if (!r)
        return CliContext::fail(r.error().message);
    auto retailer = retailerOf(vault, *r);
    if (!retailer)
        return CliContext::fail(retailer.error().message);
    RequestStore store(vault);
    auto history = store.history(r->id);
    auto report = RequestHistoryVerifier::verify(vault, r->retailerId);
    if (!history || !report)
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "Roer could not read the vault."));
    const QByteArray json =
        RequestHistoryExport::toJson({*r}, *history, report->intact(), Clock::instance().now(),
                                     context.language());
    auto directory = RetailerDirectory::bundled();
    const DirectoryEntry *authority =
        directory ? directory->find(QStringLiteral("datarequests:nlap")) : nullptr;
    const ComplaintPack pack = ComplaintPack::make(*r, *retailer, store.requester().value(),
                                                   *history, json, authority, RequestCli::today());
    // Checked first: only a late or refused request goes to the AP.
    if (auto noted = store.recordComplaintMade(r->id, pack.sha256()); !noted)
        return CliContext::fail(noted.error().message);
    if (auto written = pack.writeTo(o.value(QStringLiteral("--out"))); !written)
        return CliContext::fail(written.error().message);
    if (o.has(QStringLiteral("--json"))) {
        QJsonArray files{QStringLiteral("0-klacht.txt")};
        for (const ComplaintPack::Attachment &a : pack.attachments)
            files.append(a.fileName);
        CliContext::printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("request_id"), r->id},
            {QStringLiteral("folder"), o.value(QStringLiteral("--out"))},
            {QStringLiteral("files"), files},
            {QStringLiteral("sha256"), QString::fromLatin1(pack.sha256())},
            {QStringLiteral("chain_intact"), report->intact()},
        }));
        return CliContext::Ok;
    }
    CliContext::printLine(QCoreApplication::translate(
                              "roer-cli",
                              "The complaint is ready in %1. It is in Dutch: the AP works in "
                              "Dutch. Read it, fill in what is missing, and send it with the "
                              "attachments. The AP wants proof that you asked the shop first.")
                              .arg(o.value(QStringLiteral("--out"))));
    return CliContext::Ok;
}

int runRequestCalendar(CliContext &context, Vault &vault, const QStringList &arguments)
{
    const auto o = ConsentCli::parse(arguments, {QStringLiteral("--out")}, {});
    if (!o.error.isEmpty() || o.positional.size() != 1)
        return RequestCli::usageFor(o.error, o.positional.mid(1),
                                    QT_TRANSLATE_NOOP("roer-cli",
                                                      "Use: request calendar ID [--out FILE.ics]"));
    auto r = RequestCli::request(vault, o.positional);
    if (!r)
        return CliContext::fail(r.error().message);
    const QByteArray ics = CalendarFile::forRequest(*r, Clock::instance().now());
    if (ics.isEmpty())
        return CliContext::fail(QCoreApplication::translate(
            "roer-cli",
            "This request has no deadline yet: tell Roer first that you "
            "sent it."));
    Q_UNUSED(context)
    if (!o.values.contains(QStringLiteral("--out"))) {
        std::fwrite(ics.constData(), 1, size_t(ics.size()), stdout);
        return CliContext::Ok;
    }
    QSaveFile file(o.value(QStringLiteral("--out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit())
        return CliContext::fail(
            QCoreApplication::translate("roer-cli", "Roer could not write this file."));
    return CliContext::Ok;
}
