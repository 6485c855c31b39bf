#include "ComplaintPack.h"

#include "CategoryPhrases.h"
#include "DateWords.h"
#include "Deadline.h"
#include "RequestLetter.h"
#include "RequestLetterTexts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace {
const QString kNl = QStringLiteral("nl");

QString d(const QDate &date)
{
    return DateWords::date(date, kNl);
}

QString sentByText(Requests::SentBy by)
{
    switch (by) {
    case Requests::SentBy::Email: return QStringLiteral("per e-mail");
    case Requests::SentBy::Post: return QStringLiteral("per post");
    case Requests::SentBy::WebForm: return QStringLiteral("via het formulier op hun website");
    case Requests::SentBy::Api: return QStringLiteral("via Roer, over hun eigen koppeling");
    }
    return QString();
}

QString goal(Requests::Kind kind, const QString &shop)
{
    switch (kind) {
    case Requests::Kind::Access:
        return QStringLiteral("Ik wil dat %1 mij alsnog een kopie van mijn gegevens geeft, met "
                              "de uitleg die artikel 15 van de AVG vraagt.")
            .arg(shop);
    case Requests::Kind::Erasure:
        return QStringLiteral("Ik wil dat %1 mijn gegevens wist, zoals artikel 17 van de AVG "
                              "vraagt.")
            .arg(shop);
    case Requests::Kind::Objection:
        return QStringLiteral("Ik wil dat %1 stopt met dit gebruik van mijn gegevens (artikel "
                              "21 van de AVG).")
            .arg(shop);
    case Requests::Kind::Rectification:
        return QStringLiteral("Ik wil dat %1 mijn gegevens verbetert (artikel 16 van de AVG).")
            .arg(shop);
    case Requests::Kind::Restriction:
        return QStringLiteral("Ik wil dat %1 het gebruik van mijn gegevens beperkt (artikel 18 "
                              "van de AVG).")
            .arg(shop);
    case Requests::Kind::Portability:
        return QStringLiteral("Ik wil dat %1 mij mijn gegevens geeft in een bestand dat een "
                              "computer kan lezen (artikel 20 van de AVG).")
            .arg(shop);
    }
    return QString();
}

struct Fact
{
    QDate on;
    QString text;
};

// The contact with the shop, from the history: what was sent and what came back, in order.
QList<Fact> facts(const RightsRequest &r, const QList<RequestEvent> &history, const QDate &today)
{
    QList<Fact> out;
    const QString shop = r.retailerName;
    for (const RequestEvent &e : history) {
        const QJsonObject x = e.details;
        const QDate at = e.time.toLocalTime().date();
        if (e.event == QLatin1String(RequestEvent::kSent)) {
            const auto by = Requests::sentByFromId(x.value(QLatin1String("sent_by")).toString());
            out.append(
                {QDate::fromString(x.value(QLatin1String("sent_on")).toString(), Qt::ISODate),
                 QStringLiteral("Ik stuurde mijn verzoek %1 (bijlage 1).")
                     .arg(by ? sentByText(*by) : QString())
                     .simplified()});
        } else if (e.event == QLatin1String(RequestEvent::kDelivered)) {
            const QDate received =
                QDateTime::fromString(x.value(QLatin1String("received_at")).toString(),
                                      Qt::ISODateWithMs)
                    .toLocalTime()
                    .date();
            out.append({received,
                        QStringLiteral("Ik stuurde mijn verzoek via Roer, over de "
                                       "eigen koppeling van %1. %1 bevestigde dat het "
                                       "verzoek binnen is.")
                            .arg(shop)});
        } else if (e.event == QLatin1String(RequestEvent::kStatus)) {
            const QDate said = QDateTime::fromString(x.value(QLatin1String("said_at")).toString(),
                                                     Qt::ISODateWithMs)
                                   .toLocalTime()
                                   .date();
            const QString status = x.value(QLatin1String("status")).toString();
            const QString reason = x.value(QLatin1String("reason"))
                                       .toObject()
                                       .value(QLatin1String("nl"))
                                       .toString(x.value(QLatin1String("reason"))
                                                     .toObject()
                                                     .value(QLatin1String("en"))
                                                     .toString());
            QString text;
            if (status == QLatin1String("received"))
                text = QStringLiteral("%1 bevestigde dat het mijn verzoek heeft.").arg(shop);
            else if (status == QLatin1String("in_progress"))
                text = QStringLiteral("%1 liet weten dat het aan mijn verzoek werkt.").arg(shop);
            else if (status == QLatin1String("extended")) {
                text = QStringLiteral("%1 liet weten meer tijd nodig te hebben, tot %2.")
                           .arg(shop,
                                d(QDate::fromString(x.value(QLatin1String("extended_until"))
                                                        .toString(),
                                                    Qt::ISODate)));
                if (!x.value(QLatin1String("extension_counts")).toBool())
                    text += QStringLiteral(" Dat was te laat: dat moet binnen de eerste maand "
                                           "(artikel 12, lid 3 van de AVG).");
            } else if (status == QLatin1String("completed"))
                text = QStringLiteral("%1 liet weten dat het klaar is.").arg(shop);
            else if (status == QLatin1String("refused"))
                text = QStringLiteral("%1 weigerde mijn verzoek.").arg(shop);
            if (!reason.isEmpty())
                text += QStringLiteral(" Hun reden: \"%1\"").arg(reason);
            out.append({said.isValid() ? said : at, text});
        } else if (e.event == QLatin1String(RequestEvent::kReminderMade)) {
            out.append(
                {at, QStringLiteral("Ik maakte een herinnering voor %1 (bijlage 2).").arg(shop)});
        }
    }
    const QDate deadline = r.deadline();
    if (deadline.isValid() && today > deadline && r.status != Requests::Status::Completed
        && r.status != Requests::Status::Refused)
        out.append({deadline,
                    QStringLiteral("De termijn liep af. %1 had toen moeten antwoorden "
                                   "(artikel 12, lid 3 van de AVG).")
                        .arg(shop)});
    std::stable_sort(out.begin(), out.end(),
                     [](const Fact &a, const Fact &b) { return a.on < b.on; });
    return out;
}

QString reaction(const RightsRequest &r, const QDate &today)
{
    const QString reason = r.reasonText(kNl);
    if (r.status == Requests::Status::Refused)
        return reason.isEmpty()
            ? QStringLiteral("%1 weigerde mijn verzoek, zonder reden.").arg(r.retailerName)
            : QStringLiteral("%1 weigerde mijn verzoek. Hun reden: \"%2\"")
                  .arg(r.retailerName, reason);
    if (r.isLate(today))
        return QStringLiteral("%1 heeft niet op tijd geantwoord. Ik heb tot nu toe geen "
                              "volledig antwoord gekregen.")
            .arg(r.retailerName);
    return QStringLiteral("Zie hierboven.");
}
} // namespace

ComplaintPack ComplaintPack::make(const RightsRequest &r, const Retailer &retailer,
                                  const Requester &me, const QList<RequestEvent> &history,
                                  const QByteArray &historyJson, const DirectoryEntry *authority,
                                  const QDate &today)
{
    ComplaintPack p;
    const QString shop = retailer.name;
    p.title = QStringLiteral("Klacht over %1 voor de Autoriteit Persoonsgegevens").arg(shop);
    p.guidance = {
        QStringLiteral(
            "Hieronder staan de feiten van je verzoek aan %1. Roer zette ze in de volgorde die "
            "de Autoriteit Persoonsgegevens (AP) vraagt. De AP is de Nederlandse "
            "privacytoezichthouder. Je kunt de tekst overnemen in het klachtformulier van de AP, "
            "of hem per brief sturen.")
            .arg(shop),
        QStringLiteral(
            "Let op: de AP wil bewijs dat je eerst zelf contact had met %1. Stuur daarom je "
            "verzoek, je herinnering en het antwoord van %1 mee. Roer zette je verzoek, je "
            "herinnering en de geschiedenis al klaar als bijlagen. Lees alles na voor je het "
            "stuurt. Vul aan wat ontbreekt.")
            .arg(shop),
    };

    const QString name = me.name.isEmpty() ? QStringLiteral("[Je naam]") : me.name;
    const QString address =
        me.address.isEmpty() ? QStringLiteral("[Je adres]") : me.address.trimmed();
    const QString email = me.email.isEmpty() ? QStringLiteral("[Je e-mailadres]") : me.email;
    p.sections.append(
        QStringLiteral("1. Over mij\nNaam: %1\nAdres: %2\nE-mailadres: %3\n"
                       "Telefoonnummer: [mag je leeg laten]\n"
                       "Aanspreekvorm: [mevrouw, meneer of beste]")
            .arg(name, QString(address).replace(QLatin1Char('\n'), QStringLiteral(", ")), email));
    QStringList org = {QStringLiteral("2. De organisatie"), QStringLiteral("Naam: %1").arg(shop)};
    if (!retailer.postalAddress.trimmed().isEmpty())
        org.append(QStringLiteral("Postadres: %1")
                       .arg(retailer.postalAddress.trimmed().replace(QLatin1Char('\n'),
                                                                     QStringLiteral(", "))));
    if (!retailer.website.isEmpty())
        org.append(QStringLiteral("Website: %1").arg(retailer.website));
    if (!retailer.privacyEmail.isEmpty())
        org.append(QStringLiteral("E-mailadres voor privacy: %1").arg(retailer.privacyEmail));
    p.sections.append(org.join(QLatin1Char('\n')));

    const RequestLetterTexts &t = RequestLetterTexts::forLanguage(kNl);
    QString what = r.details.scope.trimmed();
    if (what.isEmpty()) {
        what = CategoryPhrases::join(r.details.categories, kNl);
        if (!what.isEmpty())
            what = what.at(0).toUpper() + what.mid(1) + QLatin1Char('.');
    }
    if (what.isEmpty())
        what = QStringLiteral("Alle gegevens die %1 over mij heeft.").arg(shop);
    p.sections.append(QStringLiteral("3. Om welke gegevens het gaat\n") + what);
    const QDate sent = r.sentOn.isValid() ? r.sentOn : r.receivedOn;
    p.sections.append(
        QStringLiteral("4. Wat ik heb gevraagd\nIk vroeg %1 om %2. Dat deed ik op %3.")
            .arg(shop, QString::fromUtf8(t.asked[int(r.kind)]), d(sent)));

    QStringList contact = {QStringLiteral("5. Mijn contact met de organisatie")};
    for (const Fact &f : facts(r, history, today))
        contact.append(d(f.on) + QStringLiteral(": ") + f.text);
    p.sections.append(contact.join(QLatin1Char('\n')));
    p.sections.append(QStringLiteral("6. De reactie van de organisatie\n") + reaction(r, today));
    p.sections.append(QStringLiteral("7. Gebeurt het nog steeds?\n[Vul in: gebruikt %1 je "
                                     "gegevens nog zoals eerst?]")
                          .arg(shop));
    p.sections.append(QStringLiteral("8. Wat ik wil bereiken\n") + goal(r.kind, shop));

    const RequestLetter letter = RequestLetter::make(r, retailer, me, r.language, sent);
    p.attachments.append({QStringLiteral("1-verzoek.txt"),
                          QStringLiteral("Mijn verzoek van %1").arg(d(sent)),
                          letter.plainText().toUtf8()});
    if (r.reminderMadeAt.isValid()) {
        const QDate made = r.reminderMadeAt.toLocalTime().date();
        const RequestLetter reminder = RequestLetter::reminder(r, retailer, me, r.language, made);
        p.attachments.append({QStringLiteral("2-herinnering.txt"),
                              QStringLiteral("Mijn herinnering van %1").arg(d(made)),
                              reminder.plainText().toUtf8()});
    }
    p.attachments.append({QStringLiteral("3-geschiedenis.json"),
                          QStringLiteral("De geschiedenis van mijn verzoek uit Roer, met "
                                         "controlegetallen"),
                          historyJson});

    QStringList list = {QStringLiteral("9. Bijlagen")};
    for (const Attachment &a : std::as_const(p.attachments))
        list.append(QStringLiteral("- %1 (%2)").arg(a.title, a.fileName));
    list.append(
        QStringLiteral("- Het antwoord van %1, als je dat hebt: voeg het zelf toe.").arg(shop));
    p.sections.append(list.join(QLatin1Char('\n')));

    QStringList send = {QStringLiteral("Waar stuur je dit heen?")};
    const QString form = authority && !authority->webform.isEmpty()
        ? authority->webform
        : QStringLiteral("https://autoriteitpersoonsgegevens.nl/nl/meldingsformulier-klachten");
    send.append(QStringLiteral("Online: %1").arg(form));
    const QString post = authority && !authority->postalAddress.isEmpty()
        ? QString(authority->postalAddress).replace(QLatin1Char('\n'), QStringLiteral(", "))
        : QStringLiteral("Postbus 93374, 2509 AJ Den Haag");
    send.append(QStringLiteral("Per brief: Autoriteit Persoonsgegevens, %1").arg(post));
    p.sections.append(send.join(QLatin1Char('\n')));
    // A shop name that ends in a full stop ("B.V.") at the end of a sentence: one stop.
    static const QRegularExpression doubleStop(QStringLiteral("\\.\\.(?!\\.)"));
    for (QStringList *texts : {&p.guidance, &p.sections})
        for (QString &text : *texts)
            text.replace(doubleStop, QStringLiteral("."));
    return p;
}

QString ComplaintPack::text() const
{
    return title + QStringLiteral("\n\n") + guidance.join(QStringLiteral("\n\n"))
        + QStringLiteral("\n\n") + sections.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

Result<void> ComplaintPack::writeTo(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("Requests",
                                                       "Roer could not make this folder."));
    QList<Attachment> files = attachments;
    files.prepend({QStringLiteral("0-klacht.txt"), title, text().toUtf8()});
    for (const Attachment &a : std::as_const(files)) {
        QSaveFile file(QDir(directory).filePath(a.fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(a.content) != a.content.size()
            || !file.commit())
            return Error::make(
                ErrorCode::Io,
                QCoreApplication::translate("Requests",
                                            "Roer could not save the complaint in this "
                                            "folder. Choose another folder."));
    }
    return {};
}

QByteArray ComplaintPack::sha256() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(text().toUtf8());
    for (const Attachment &a : attachments)
        h.addData(a.content);
    return h.result().toHex();
}
