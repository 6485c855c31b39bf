#include "RequestLetterTexts.h"

namespace {
// Order of every per-kind array: access, erasure, objection, rectification, restriction,
// portability (Requests::Kind).
const RequestLetterTexts kEnglish = {
    "Date: %1",
    "Subject: %1",
    "Dear %1,",
    "Kind regards,",
    "[Your name]",
    "[Your address]",
    "[The e-mail address you use with %1]",
    "[The postal address of %1]",
    "Name: %1",
    "Address: %1",
    "E-mail address: %1",
    "Customer number: %1",
    "In the file you sent me: %1.",
    {"Request for a copy of my personal data (Article 15 GDPR)",
     "Request to erase my personal data (Article 17 GDPR)",
     "Objection to the use of my personal data (Article 21 GDPR)",
     "Request to correct my personal data (Article 16 GDPR)",
     "Request to restrict the use of my personal data (Article 18 GDPR)",
     "Request for my personal data in a file (Article 20 GDPR)"},
    {"I ask you for a copy of my personal data (data about me). I do this under Article 15 of "
     "the General Data Protection Regulation (GDPR).",
     "I ask you to erase my personal data (data about me). I do this under Article 17 of the "
     "General Data Protection Regulation (GDPR).",
     "I object to the use of my personal data (data about me). I do this under Article 21 of "
     "the General Data Protection Regulation (GDPR).",
     "I ask you to correct my personal data (data about me). I do this under Article 16 of the "
     "General Data Protection Regulation (GDPR).",
     "I ask you to restrict the use of my personal data (data about me). I do this under "
     "Article 18 of the General Data Protection Regulation (GDPR).",
     "I ask you for the personal data (data about me) that I gave you. I do this under "
     "Article 20 of the General Data Protection Regulation (GDPR)."},
    {"Please send me a copy of all personal data you have about me.",
     "Please erase all personal data you have about me.", "", "",
     "Please restrict the use of all personal data you have about me.", ""},
    {"This is mainly about: %1.", "Please erase this data: %1.", "This is mainly about: %1.",
     "It is about: %1.", "Please restrict the use of this data: %1.", "This is mainly about: %1."},
    "Please also tell me:\n"
    "- why you use my data (Article 15(1)(a)).\n"
    "- which kinds of data you have about me (b).\n"
    "- who got my data from you, or will get it. Please say if they are outside the EU (c).\n"
    "- how long you keep my data, or how you decide that (d).\n"
    "- which rights I have, and that I can complain to the Autoriteit Persoonsgegevens (e, f).\n"
    "- where you got my data, if I did not give it to you myself (g).\n"
    "- if you make automatic decisions about me, or a profile of me. If so, explain how this "
    "works and what it means for me (h).\n"
    "- how you protect my data if it goes outside the EU (Article 15(2)).",
    "Please send the copy in a common digital format. For example PDF, CSV or JSON (Article "
    "15(3)).",
    "I also withdraw every consent (permission) I gave you. I do this under Article 7(3). So "
    "you can no longer use my data on that basis (Article 17(1)(b)).",
    "I also object to the use of my data for direct marketing (advertising aimed at me). Under "
    "Article 21(3) you must stop this.",
    "I also object to a profile of me that you make from my data. I do this under Article "
    "21(1).",
    "Do you have to keep some data by law? Then tell me which data, which law, and for how "
    "long. Please erase the rest.",
    "Please tell the companies you gave my data to that they must erase it too (Article 19). "
    "Please also tell me who they are.",
    "This is about direct marketing: advertising aimed at me, and any profile you make for it. "
    "Under Article 21(3) you must stop this. You may not weigh it against your own interests.",
    "This is also about a profile of me. And about other use you base on your own interest. "
    "The law calls this legitimate interest (Article 6(1)(f)). Please stop. Only strong reasons "
    "that weigh more than my interests are an exception (Article 21(1)).",
    "My reason: %1.",
    "Please stop this use as soon as possible. Please confirm to me that you did.",
    "This data is wrong or not complete: %1.",
    "It should be: %1.",
    "Please tell the companies you gave this data to about the correction (Article 19). Please "
    "also tell me who they are.",
    "This means: keep the data, but do not use it for anything else for now.",
    "Please tell me before you end the restriction (Article 18(3)). Please also tell the "
    "companies you gave my data to (Article 19).",
    "Please send it in a structured, common file that a computer can read. For example CSV or "
    "JSON. This includes data about how I used your service, such as my orders.",
    "Please answer within one month after you receive this request (Article 12(3)). Do you "
    "need more time? Then tell me within that month, and say why. This is free of charge "
    "(Article 12(5)).",
    "You can find me in your records with the details below. I did not add a copy of my ID. "
    "You may only ask for more proof if you really doubt who I am (Article 12(6)). Please ask "
    "only for what you need.",
    "[Paste the rest of the letter from Roer here. Roer copied it for you.]",
    "Reminder: my request of %1 (Article %2 GDPR)",
    "On %1 I sent you a request about my personal data (data about me). I asked for %2.",
    "You told me you needed more time, until %1.",
    "You had to answer by %1 (Article 12(3) of the General Data Protection Regulation (GDPR)). "
    "I have not had a full answer yet.",
    "Please answer within 14 days. If not, I will file a complaint with the Autoriteit "
    "Persoonsgegevens (the Dutch data protection authority), under Article 77.",
    "My first request is below.",
    {"a copy of my data (Article 15)", "the erasure of my data (Article 17)",
     "an end to a use of my data (Article 21)", "a correction of my data (Article 16)",
     "a restriction of the use of my data (Article 18)",
     "my data in a file a computer can read (Article 20)"},
};

const RequestLetterTexts kDutch = {
    "Datum: %1",
    "Onderwerp: %1",
    "Beste %1,",
    "Met vriendelijke groet,",
    "[Je naam]",
    "[Je adres]",
    "[Het e-mailadres dat je bij %1 gebruikt]",
    "[Het postadres van %1]",
    "Naam: %1",
    "Adres: %1",
    "E-mailadres: %1",
    "Klantnummer: %1",
    "In het bestand dat je me stuurde: %1.",
    {"Verzoek om een kopie van mijn persoonsgegevens (artikel 15 AVG)",
     "Verzoek om mijn persoonsgegevens te wissen (artikel 17 AVG)",
     "Bezwaar tegen het gebruik van mijn persoonsgegevens (artikel 21 AVG)",
     "Verzoek om mijn persoonsgegevens te verbeteren (artikel 16 AVG)",
     "Verzoek om het gebruik van mijn persoonsgegevens te beperken (artikel 18 AVG)",
     "Verzoek om mijn persoonsgegevens in een bestand (artikel 20 AVG)"},
    {"Ik vraag je om een kopie van mijn persoonsgegevens (gegevens over mij). Dat doe ik op "
     "grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG).",
     "Ik vraag je om mijn persoonsgegevens (gegevens over mij) te wissen. Dat doe ik op grond "
     "van artikel 17 van de Algemene verordening gegevensbescherming (AVG).",
     "Ik maak bezwaar tegen het gebruik van mijn persoonsgegevens (gegevens over mij). Dat doe "
     "ik op grond van artikel 21 van de Algemene verordening gegevensbescherming (AVG).",
     "Ik vraag je om mijn persoonsgegevens (gegevens over mij) te verbeteren. Dat doe ik op "
     "grond van artikel 16 van de Algemene verordening gegevensbescherming (AVG).",
     "Ik vraag je om het gebruik van mijn persoonsgegevens (gegevens over mij) te beperken. Dat "
     "doe ik op grond van artikel 18 van de Algemene verordening gegevensbescherming (AVG).",
     "Ik vraag je om de persoonsgegevens (gegevens over mij) die ik je heb gegeven. Dat doe ik "
     "op grond van artikel 20 van de Algemene verordening gegevensbescherming (AVG)."},
    {"Stuur me alsjeblieft een kopie van alle persoonsgegevens die je over mij hebt.",
     "Wis alsjeblieft alle persoonsgegevens die je over mij hebt.", "", "",
     "Beperk alsjeblieft het gebruik van alle persoonsgegevens die je over mij hebt.", ""},
    {"Het gaat vooral om: %1.", "Wis alsjeblieft deze gegevens: %1.", "Het gaat vooral om: %1.",
     "Het gaat om: %1.", "Beperk alsjeblieft het gebruik van deze gegevens: %1.",
     "Het gaat vooral om: %1."},
    "Vertel me ook:\n"
    "- waarvoor je mijn gegevens gebruikt (artikel 15, lid 1, onder a).\n"
    "- welke soorten gegevens je over mij hebt (b).\n"
    "- wie mijn gegevens van je kreeg of nog krijgt. Zeg ook of zij buiten de EU zitten (c).\n"
    "- hoe lang je mijn gegevens bewaart, of hoe je dat bepaalt (d).\n"
    "- welke rechten ik heb, en dat ik kan klagen bij de Autoriteit Persoonsgegevens (e, f).\n"
    "- waar je mijn gegevens vandaan hebt, als ik ze je niet zelf gaf (g).\n"
    "- of je automatisch besluiten over mij neemt, of een profiel van mij maakt. Leg dan uit "
    "hoe dat werkt en wat het voor mij betekent (h).\n"
    "- hoe je mijn gegevens beschermt als ze buiten de EU gaan (artikel 15, lid 2).",
    "Stuur de kopie alsjeblieft in een gewoon digitaal formaat. Bijvoorbeeld PDF, CSV of JSON "
    "(artikel 15, lid 3).",
    "Ik trek ook elke toestemming in die ik je heb gegeven. Dat doe ik op grond van artikel 7, "
    "lid 3. Je mag mijn gegevens dus niet meer op die basis gebruiken (artikel 17, lid 1, "
    "onder b).",
    "Ik maak ook bezwaar tegen het gebruik van mijn gegevens voor direct marketing (reclame "
    "die op mij gericht is). Volgens artikel 21, lid 3 moet je daarmee stoppen.",
    "Ik maak ook bezwaar tegen een profiel dat je van mij maakt uit mijn gegevens. Dat doe ik "
    "op grond van artikel 21, lid 1.",
    "Moet je sommige gegevens bewaren volgens de wet? Vertel me dan welke gegevens, welke wet "
    "en hoe lang. Wis alsjeblieft de rest.",
    "Vertel de bedrijven aan wie je mijn gegevens gaf dat ze die ook moeten wissen (artikel "
    "19). Vertel mij ook wie dat zijn.",
    "Het gaat om direct marketing: reclame die op mij gericht is, en een profiel dat je "
    "daarvoor maakt. Volgens artikel 21, lid 3 moet je hiermee stoppen. Je mag dit niet "
    "afwegen tegen je eigen belang.",
    "Het gaat ook om een profiel van mij. En om ander gebruik dat je baseert op je eigen belang. "
    "De wet noemt dit gerechtvaardigd belang (artikel 6, lid 1, onder f). Stop hier "
    "alsjeblieft mee. Alleen dwingende redenen die zwaarder wegen dan mijn belangen zijn een "
    "uitzondering (artikel 21, lid 1).",
    "Mijn reden: %1.",
    "Stop alsjeblieft zo snel mogelijk met dit gebruik. Bevestig me alsjeblieft dat je dat hebt "
    "gedaan.",
    "Deze gegevens kloppen niet of zijn niet compleet: %1.",
    "Het moet zijn: %1.",
    "Vertel de bedrijven aan wie je deze gegevens gaf over de verbetering (artikel 19). Vertel "
    "mij ook wie dat zijn.",
    "Dat betekent: bewaar de gegevens, maar gebruik ze voorlopig niet voor iets anders.",
    "Laat het me weten voordat je de beperking opheft (artikel 18, lid 3). Vertel het ook aan "
    "de bedrijven aan wie je mijn gegevens gaf (artikel 19).",
    "Stuur ze alsjeblieft in een gestructureerd, gangbaar bestand dat een computer kan lezen. "
    "Bijvoorbeeld CSV of JSON. Het gaat ook om gegevens over hoe ik je dienst gebruikte, zoals "
    "mijn bestellingen.",
    "Antwoord alsjeblieft binnen een maand nadat je dit verzoek krijgt (artikel 12, lid 3). "
    "Heb je meer tijd nodig? Laat het me dan binnen die maand weten, en zeg waarom. Dit is "
    "gratis (artikel 12, lid 5).",
    "Je kunt mij in je administratie vinden met de gegevens hieronder. Ik stuur geen kopie van "
    "mijn identiteitsbewijs mee. Je mag alleen om meer bewijs vragen als je echt twijfelt wie "
    "ik ben (artikel 12, lid 6). Vraag dan alleen wat je nodig hebt.",
    "[Plak hier de rest van de brief uit Roer. Roer heeft die voor je gekopieerd.]",
    "Herinnering: mijn verzoek van %1 (artikel %2 AVG)",
    "Op %1 stuurde ik je een verzoek over mijn persoonsgegevens (gegevens over mij). Ik vroeg "
    "om %2.",
    "Je liet me weten dat je meer tijd nodig had, tot %1.",
    "Je moest uiterlijk %1 antwoorden (artikel 12, lid 3 van de Algemene verordening "
    "gegevensbescherming (AVG)). Ik heb nog geen volledig antwoord gekregen.",
    "Antwoord alsjeblieft binnen 14 dagen. Anders dien ik een klacht in bij de Autoriteit "
    "Persoonsgegevens (de Nederlandse privacytoezichthouder), op grond van artikel 77.",
    "Mijn eerste verzoek staat hieronder.",
    {"een kopie van mijn gegevens (artikel 15)", "het wissen van mijn gegevens (artikel 17)",
     "een einde aan een gebruik van mijn gegevens (artikel 21)",
     "een verbetering van mijn gegevens (artikel 16)",
     "een beperking van het gebruik van mijn gegevens (artikel 18)",
     "mijn gegevens in een bestand dat een computer kan lezen (artikel 20)"},
};
} // namespace

const RequestLetterTexts &RequestLetterTexts::forLanguage(const QString &language)
{
    return language.startsWith(QLatin1String("nl")) ? kDutch : kEnglish;
}
