#include "DecisionLetter.h"

#include <QLocale>

namespace {
// The letter has its own language, independent of the language of Roer's screens, so its
// texts are here in both languages instead of going through the translator.
struct Texts
{
    const char *subjectWithdraw, *subjectObject, *subjectConsent;
    const char *greeting;
    const char *withdraw, *object, *objectMarketing, *consent;
    const char *channels, *until, *place, *whileUsingApp;
    const char *askStop, *askConfirm, *identify, *closing, *yourName, *yourAddress, *yourEmail;
};

const Texts kEnglish = {
    "Withdrawal of my consent: %1",
    "Objection to the use of my data: %1",
    "My consent: %1",
    "Dear %1,",
    "I withdraw my consent for \"%1\". I do this under Article 7(3) of the GDPR. "
    "You may no longer use my personal data for this purpose.",
    "I object to the use of my personal data for \"%1\". I do this under Article 21 of the GDPR. "
    "You base this use on your own interest. Please stop it, unless you have strong reasons "
    "that weigh more than my interests.",
    "I object to the use of my personal data for \"%1\". I do this under Article 21(2) of the "
    "GDPR. "
    "This is direct marketing. Under Article 21(3) you must stop this use. You may not weigh it "
    "against your own interests.",
    "I give my consent for \"%1\".",
    "This is about these ways to contact me: %1.",
    "My consent ends on %1.",
    "It only applies %1.",
    "It only applies while I use your app.",
    "Please stop this use as soon as possible.",
    "Please confirm within one month that you did this (Article 12(3) of the GDPR).",
    "You can find me in your records with the details below.",
    "Kind regards,",
    "[Your name]",
    "[Your address]",
    "[The e-mail address you use with %1]",
};

const Texts kDutch = {
    "Intrekken van mijn toestemming: %1",
    "Bezwaar tegen het gebruik van mijn gegevens: %1",
    "Mijn toestemming: %1",
    "Beste %1,",
    "Ik trek mijn toestemming in voor \"%1\". Dat doe ik op grond van artikel 7, lid 3 van de AVG. "
    "Je mag mijn persoonsgegevens hier niet meer voor gebruiken.",
    "Ik maak bezwaar tegen het gebruik van mijn persoonsgegevens voor \"%1\". Dat doe ik op grond "
    "van "
    "artikel 21 van de AVG. Je baseert dit gebruik op je eigen belang. Stop er alsjeblieft mee, "
    "tenzij je "
    "zwaarwegende redenen hebt die zwaarder wegen dan mijn belangen.",
    "Ik maak bezwaar tegen het gebruik van mijn persoonsgegevens voor \"%1\". Dat doe ik op grond "
    "van "
    "artikel 21, lid 2 van de AVG. Dit is direct marketing. Volgens artikel 21, lid 3 moet je "
    "hiermee "
    "stoppen. Je mag dit niet afwegen tegen je eigen belang.",
    "Ik geef toestemming voor \"%1\".",
    "Het gaat om deze manieren om mij te benaderen: %1.",
    "Mijn toestemming stopt op %1.",
    "Het geldt alleen %1.",
    "Het geldt alleen zolang ik je app gebruik.",
    "Stop alsjeblieft zo snel mogelijk met dit gebruik.",
    "Bevestig alsjeblieft binnen een maand dat je dit hebt gedaan (artikel 12, lid 3 van de AVG).",
    "Je kunt mij in je administratie vinden met de gegevens hieronder.",
    "Met vriendelijke groet,",
    "[Je naam]",
    "[Je adres]",
    "[Het e-mailadres dat je bij %1 gebruikt]",
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString channelName(const QString &id, bool dutch)
{
    static const QHash<QString, std::pair<const char *, const char *>> names = {
        {QStringLiteral("email"), {"e-mail", "e-mail"}},
        {QStringLiteral("sms"), {"text message (SMS)", "sms"}},
        {QStringLiteral("phone"), {"phone", "telefoon"}},
        {QStringLiteral("post"), {"post", "post"}},
        {QStringLiteral("app"), {"app notifications", "app-meldingen"}},
        {QStringLiteral("in_store"), {"in the store", "in de winkel"}},
    };
    const auto it = names.constFind(id);
    return it == names.constEnd() ? id : s(dutch ? it->second : it->first);
}
} // namespace

DecisionLetter::Kind DecisionLetter::kindFor(const ConsentRecord &record,
                                             const RetailerPurpose &purpose)
{
    if (record.state == Consent::State::Given)
        return Kind::Consent;
    return purpose.isLegitimateInterest() ? Kind::Objection : Kind::Withdrawal;
}

DecisionLetter::Letter DecisionLetter::make(const RetailerInfo &retailer,
                                            const RetailerPurpose &purpose,
                                            const ConsentRecord &record, const QString &language)
{
    const bool dutch = language.startsWith(QLatin1String("nl"));
    const Texts &t = dutch ? kDutch : kEnglish;
    const QLocale locale(dutch ? QLocale::Dutch : QLocale::English);
    const QString title = purpose.title(dutch ? QStringLiteral("nl") : QStringLiteral("en"));
    Letter letter;
    letter.kind = kindFor(record, purpose);
    letter.to = retailer.privacyEmail;

    QStringList paragraphs;
    switch (letter.kind) {
    case Kind::Withdrawal:
        letter.subject = s(t.subjectWithdraw).arg(title);
        paragraphs.append(s(t.withdraw).arg(title));
        break;
    case Kind::Objection:
        letter.subject = s(t.subjectObject).arg(title);
        paragraphs.append(s(purpose.isDirectMarketing() ? t.objectMarketing : t.object).arg(title));
        break;
    case Kind::Consent:
        letter.subject = s(t.subjectConsent).arg(title);
        paragraphs.append(s(t.consent).arg(title));
        break;
    }
    QStringList details;
    if (!record.channels.isEmpty()) {
        QStringList names;
        for (const QString &c : record.channels)
            names.append(channelName(c, dutch));
        details.append(s(t.channels).arg(names.join(QStringLiteral(", "))));
    }
    if (letter.kind == Kind::Consent) {
        if (record.context.until.isValid())
            details.append(s(t.until).arg(
                locale.toString(record.context.until, QStringLiteral("d MMMM yyyy"))));
        if (record.context.place == Consent::Place::InStore)
            details.append(s(t.place).arg(dutch ? QStringLiteral("in de winkel")
                                                : QStringLiteral("in the store")));
        else if (record.context.place == Consent::Place::Online)
            details.append(s(t.place).arg(QStringLiteral("online")));
        if (record.context.whileUsingApp)
            details.append(s(t.whileUsingApp));
    }
    if (!details.isEmpty())
        paragraphs.append(details.join(QLatin1Char(' ')));
    if (letter.kind != Kind::Consent)
        paragraphs.append(s(t.askStop));
    paragraphs.append(s(t.askConfirm));
    paragraphs.append(s(t.identify) + QLatin1Char('\n') + s(t.yourName) + QLatin1Char('\n')
                      + s(t.yourAddress) + QLatin1Char('\n') + s(t.yourEmail).arg(retailer.name));

    letter.body = s(t.greeting).arg(retailer.name) + QStringLiteral("\n\n")
        + paragraphs.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") + s(t.closing)
        + QLatin1Char('\n') + s(t.yourName) + QLatin1Char('\n')
        + locale.toString(record.time.toLocalTime().date(), QStringLiteral("d MMMM yyyy"))
        + QLatin1Char('\n');
    return letter;
}
