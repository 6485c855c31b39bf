#include "CategoryPhrases.h"

#include <QHash>

namespace {
struct Phrase
{
    const char *en;
    const char *nl;
};

const QHash<QString, Phrase> &phrases()
{
    static const QHash<QString, Phrase> table = {
        {QStringLiteral("pd:Name"), {"my name", "mijn naam"}},
        {QStringLiteral("pd:EmailAddress"), {"my e-mail address", "mijn e-mailadres"}},
        {QStringLiteral("pd:TelephoneNumber"), {"my phone number", "mijn telefoonnummer"}},
        {QStringLiteral("pd:Address"), {"my address", "mijn adres"}},
        {QStringLiteral("pd:PostalCode"), {"my postcode", "mijn postcode"}},
        {QStringLiteral("pd:DateOfBirth"), {"my date of birth", "mijn geboortedatum"}},
        {QStringLiteral("pd:Gender"), {"my gender", "mijn geslacht"}},
        {QStringLiteral("pd:Identifier"),
         {"the numbers that point to me, such as customer and device numbers",
          "de nummers die naar mij wijzen, zoals klant- en apparaatnummers"}},
        {QStringLiteral("pd:NationalIdentificationNumber"),
         {"my citizen service number (BSN)", "mijn burgerservicenummer (BSN)"}},
        {QStringLiteral("pd:BankAccount"), {"my bank account number", "mijn rekeningnummer"}},
        {QStringLiteral("pd:PaymentCard"), {"my payment card number", "mijn betaalkaartnummer"}},
        {QStringLiteral("pd:PurchaseHistory"),
         {"what I bought (my purchase history)", "wat ik kocht (mijn aankoopgeschiedenis)"}},
        {QStringLiteral("pd:TransactionHistory"), {"my payments", "mijn betalingen"}},
        {QStringLiteral("pd:Location"),
         {"the places where I was (my location data)",
          "de plaatsen waar ik was (mijn locatiegegevens)"}},
        {QStringLiteral("pd:IPAddress"),
         {"my internet (IP) addresses", "mijn internetadressen (IP-adressen)"}},
        {QStringLiteral("pd:DeviceBased"),
         {"data about my devices", "gegevens over mijn apparaten"}},
        {QStringLiteral("pd:BrowsingBehaviour"),
         {"what I looked at on your website or in your app",
          "wat ik bekeek op je website of in je app"}},
        {QStringLiteral("pd:SearchHistory"), {"what I searched for", "wat ik zocht"}},
        {QStringLiteral("pd:MediaConsumption"),
         {"what I watched or listened to", "wat ik keek of luisterde"}},
        {QStringLiteral("pd:SocialMedia"),
         {"my social media data", "mijn gegevens van sociale media"}},
        {QStringLiteral("pd:Communication"), {"my messages", "mijn berichten"}},
        {QStringLiteral("pd:Preference"),
         {"my choices and settings", "mijn keuzes en instellingen"}},
        {QStringLiteral("pd:Profile"),
         {"the profile you made of me, and the groups you put me in",
          "het profiel dat je van mij maakte, en de groepen waarin je mij plaatst"}},
        {QStringLiteral("pd:Health"), {"data about my health", "gegevens over mijn gezondheid"}},
        {QStringLiteral("pd:PhysicalActivity"),
         {"data about how I move", "gegevens over hoe ik beweeg"}},
    };
    return table;
}
} // namespace

namespace CategoryPhrases {

QString phrase(const QString &category, const QString &language)
{
    const auto it = phrases().constFind(category);
    if (it == phrases().constEnd())
        return QString();
    return QString::fromUtf8(language.startsWith(QLatin1String("nl")) ? it->nl : it->en);
}

QString join(const QStringList &categories, const QString &language)
{
    QStringList parts;
    for (const QString &c : categories) {
        const QString p = phrase(c, language);
        if (!p.isEmpty() && !parts.contains(p))
            parts.append(p);
    }
    if (parts.size() <= 1)
        return parts.value(0);
    const QString last = parts.takeLast();
    return parts.join(QStringLiteral(", "))
        + (language.startsWith(QLatin1String("nl")) ? QStringLiteral(" en ")
                                                    : QStringLiteral(" and "))
        + last;
}

} // namespace CategoryPhrases
