<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddRetailerDialog</name>
    <message>
        <source>Add a retailer</source>
        <translation>Winkel toevoegen</translation>
    </message>
    <message>
        <source>&amp;Search for a shop:</source>
        <translation>&amp;Zoek een winkel:</translation>
    </message>
    <message>
        <source>&amp;Shops Roer knows:</source>
        <translation>&amp;Winkels die Roer kent:</translation>
    </message>
    <message>
        <source>Not in the list? Use “Type it yourself”.</source>
        <translation>Staat de winkel er niet bij? Kies dan “Zelf invullen”.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Privacy &amp;e-mail:</source>
        <translation>Privacy-&amp;e-mail:</translation>
    </message>
    <message>
        <source>&amp;Postal address:</source>
        <translation>&amp;Postadres:</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>From the list</source>
        <translation>Uit de lijst</translation>
    </message>
    <message>
        <source>Type it yourself</source>
        <translation>Zelf invullen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Please type the name of the shop.</source>
        <translation>Vul de naam van de winkel in.</translation>
    </message>
    <message>
        <source>This website address does not look right. Example: https://www.example.nl</source>
        <translation>Dit websiteadres klopt niet. Voorbeeld: https://www.example.nl</translation>
    </message>
    <message>
        <source>This e-mail address does not look right. Example: privacy@example.nl</source>
        <translation>Dit e-mailadres klopt niet. Voorbeeld: privacy@example.nl</translation>
    </message>
    <message>
        <source>Please give a website, e-mail address or postal address, so Roer knows how to reach the shop.</source>
        <translation>Vul een website, e-mailadres of postadres in. Dan weet Roer hoe je de winkel bereikt.</translation>
    </message>
    <message>
        <source>Please choose a shop from the list.</source>
        <translation>Kies een winkel uit de lijst.</translation>
    </message>
    <message>
        <source>Roer could not read its list of shops.</source>
        <translation>Roer kon zijn lijst met winkels niet lezen.</translation>
    </message>
    <message>
        <source>Name or website, for example Picnic</source>
        <translation>Naam of website, bijvoorbeeld Picnic</translation>
    </message>
    <message>
        <source>&amp;Roer link address (optional):</source>
        <translation>&amp;Roer-koppeladres (mag leeg):</translation>
    </message>
    <message>
        <source>Only if the shop gave you an address for Roer. It starts with https://.</source>
        <translation>Alleen als de winkel je een adres voor Roer gaf. Het begint met https://.</translation>
    </message>
    <message>
        <source>No shop in the list matches “%1”. Use “Type it yourself”.</source>
        <translation>Geen winkel in de lijst past bij “%1”. Kies “Zelf invullen”.</translation>
    </message>
    <message>
        <source>The Roer link address must start with https:// and name a server.</source>
        <translation>Het Roer-koppeladres moet beginnen met https:// en een server noemen.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer from %1</source>
        <translation>Antwoord van %1</translation>
    </message>
    <message>
        <source>What did %1 answer?</source>
        <translation>Wat antwoordde %1?</translation>
    </message>
    <message>
        <source>They &amp;confirmed that they have it</source>
        <translation>Ze &amp;bevestigden dat ze het hebben</translation>
    </message>
    <message>
        <source>They are &amp;working on it</source>
        <translation>Ze &amp;werken eraan</translation>
    </message>
    <message>
        <source>They need &amp;more time</source>
        <translation>Ze hebben &amp;meer tijd nodig</translation>
    </message>
    <message>
        <source>It is &amp;done</source>
        <translation>Het is &amp;klaar</translation>
    </message>
    <message>
        <source>They &amp;refused</source>
        <translation>Ze &amp;weigerden</translation>
    </message>
    <message>
        <source>&amp;When did they tell you?</source>
        <translation>Wa&amp;nneer lieten ze het weten?</translation>
    </message>
    <message>
        <source>They said &amp;until when:</source>
        <translation>Ze zeiden &amp;tot wanneer:</translation>
    </message>
    <message>
        <source>Until when</source>
        <translation>Tot wanneer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>&amp;Their reason:</source>
        <translation>&amp;Hun reden:</translation>
    </message>
    <message>
        <source>&amp;Their reason (if they gave one):</source>
        <translation>&amp;Hun reden (als ze die gaven):</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Roer could not read its list of explanations.</source>
        <translation>Roer kon zijn lijst met uitleg niet lezen.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Use a passphrase</source>
        <translation>Een wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>From now on you type this passphrase to open Roer. Your recovery code stays the same.</source>
        <translation>Vanaf nu typ je deze wachtwoordzin om Roer te openen. Je herstelcode blijft hetzelfde.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. Your recovery code stays the same.</source>
        <translation>Kies een nieuwe wachtwoordzin. Je herstelcode blijft hetzelfde.</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Deze wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint to the AP</source>
        <translation>Klacht bij de AP</translation>
    </message>
    <message>
        <source>The AP is the Dutch data protection authority. It checks if shops keep to the privacy law. This complaint is in Dutch, because the AP works in Dutch. The AP wants proof that you asked the shop first. Roer adds your request, your reminder and the history. Add the shop&apos;s answer yourself, if you have one.</source>
        <translation>De AP is de Autoriteit Persoonsgegevens: de Nederlandse privacytoezichthouder. Zij controleert of winkels zich aan de privacywet houden. De AP wil bewijs dat je het eerst aan de winkel vroeg. Roer voegt je verzoek, je herinnering en de geschiedenis toe. Voeg het antwoord van de winkel zelf toe, als je dat hebt.</translation>
    </message>
    <message>
        <source>Text of the complaint</source>
        <translation>Tekst van de klacht</translation>
    </message>
    <message>
        <source>&amp;Text of the complaint:</source>
        <translation>&amp;Tekst van de klacht:</translation>
    </message>
    <message>
        <source>&amp;Save with attachments…</source>
        <translation>&amp;Opslaan met bijlagen…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Open the AP&apos;s &amp;form</source>
        <translation>Open het &amp;formulier van de AP</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save the complaint in a new folder</source>
        <translation>Sla de klacht op in een nieuwe map</translation>
    </message>
    <message>
        <source>Saved in the folder %1.</source>
        <translation>Opgeslagen in de map %1.</translation>
    </message>
    <message>
        <source>Save the complaint as PDF</source>
        <translation>Sla de klacht op als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved. Add the attachments when you send it.</source>
        <translation>Opgeslagen. Voeg de bijlagen toe als je hem verstuurt.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the AP&apos;s form.</source>
        <translation>Gekopieerd. Plak het in het formulier van de AP.</translation>
    </message>
    <message>
        <source>Roer could not open your web browser. Go to %1.</source>
        <translation>Roer kon je webbrowser niet openen. Ga naar %1.</translation>
    </message>
    <message>
        <source>The AP&apos;s form is open in your web browser.</source>
        <translation>Het formulier van de AP staat open in je webbrowser.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Sent by you on %1</source>
        <translation>Door jou verstuurd op %1</translation>
    </message>
    <message>
        <source>This record cannot be read.</source>
        <translation>Deze vastlegging is niet te lezen.</translation>
    </message>
    <message>
        <source>This record was changed after it was made.</source>
        <translation>Deze vastlegging is later veranderd.</translation>
    </message>
    <message>
        <source>This record does not match its place in the history.</source>
        <translation>Deze vastlegging past niet op haar plek in de geschiedenis.</translation>
    </message>
    <message>
        <source>A record before this one is missing or was moved.</source>
        <translation>Een eerdere vastlegging ontbreekt of is verplaatst.</translation>
    </message>
    <message>
        <source>The newest record of this choice is missing.</source>
        <translation>De nieuwste vastlegging van deze keuze ontbreekt.</translation>
    </message>
    <message>
        <source>Roer does not know this retailer.</source>
        <translation>Roer kent deze winkel niet.</translation>
    </message>
    <message>
        <source>This retailer does not list this purpose. Refresh the list of purposes first.</source>
        <translation>Deze winkel noemt dit doel niet. Haal eerst de lijst met doelen opnieuw op.</translation>
    </message>
    <message>
        <source>The retailer needs this for your order. You cannot switch it off here.</source>
        <translation>De winkel heeft dit nodig voor je bestelling. Je kunt het hier niet uitzetten.</translation>
    </message>
    <message>
        <source>Roer does not know this channel.</source>
        <translation>Roer kent deze manier van contact niet.</translation>
    </message>
    <message>
        <source>Choose at least one way they may contact you.</source>
        <translation>Kies minstens één manier waarop ze je mogen benaderen.</translation>
    </message>
    <message>
        <source>The retailer does not use this way of contact for this purpose.</source>
        <translation>De winkel gebruikt deze manier van contact niet voor dit doel.</translation>
    </message>
    <message>
        <source>There is no decision to send by letter for this purpose.</source>
        <translation>Er is geen keuze voor dit doel om per brief te sturen.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Toegestaan</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Ended (date passed)</source>
        <translation>Gestopt (datum voorbij)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Niet bekend</translation>
    </message>
    <message>
        <source>Only in the store</source>
        <translation>Alleen in de winkel</translation>
    </message>
    <message>
        <source>Only online</source>
        <translation>Alleen online</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wacht op versturen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Confirmed by the retailer</source>
        <translation>Bevestigd door de winkel</translation>
    </message>
    <message>
        <source>Refused by the retailer</source>
        <translation>Geweigerd door de winkel</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Kijk hier even naar</translation>
    </message>
    <message>
        <source>To send by letter or e-mail</source>
        <translation>Zelf te sturen per brief of e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>App notification</source>
        <translation>Melding in de app</translation>
    </message>
    <message>
        <source>In the store</source>
        <translation>In de winkel</translation>
    </message>
    <message>
        <source>Your consent (you may say no)</source>
        <translation>Je toestemming (je mag nee zeggen)</translation>
    </message>
    <message>
        <source>Needed for your order or contract</source>
        <translation>Nodig voor je bestelling of contract</translation>
    </message>
    <message>
        <source>Their own interest (you may object)</source>
        <translation>Hun eigen belang (je mag bezwaar maken)</translation>
    </message>
    <message>
        <source>Required by law</source>
        <translation>Verplicht door de wet</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet genoemd</translation>
    </message>
    <message>
        <source>This retailer has no Roer connection. You can send your choices by letter or e-mail.</source>
        <translation>Deze winkel heeft geen koppeling met Roer. Je kunt je keuzes per brief of e-mail sturen.</translation>
    </message>
</context>
<context>
    <name>ConsentHistory</name>
    <message>
        <source>All ways</source>
        <translation>Alle manieren</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Tot en met %1</translation>
    </message>
    <message>
        <source>Only while you use the app</source>
        <translation>Alleen als je de app gebruikt</translation>
    </message>
    <message>
        <source>Your consent choices for %1</source>
        <translation>Je toestemmingen voor %1</translation>
    </message>
    <message>
        <source>Made by Roer on %1. It lists every choice you made, oldest first.</source>
        <translation>Gemaakt door Roer op %1. Hier staat elke keuze die je maakte, de oudste eerst.</translation>
    </message>
    <message>
        <source>Check: no record was changed or removed.</source>
        <translation>Controle: er is niets veranderd of weggehaald.</translation>
    </message>
    <message>
        <source>Warning: some records were changed or removed after they were made.</source>
        <translation>Let op: sommige vastleggingen zijn later veranderd of weggehaald.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Je keuze</translation>
    </message>
    <message>
        <source>How and where</source>
        <translation>Hoe en waar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastlegging</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Controlecode</translation>
    </message>
    <message>
        <source>Each record has a check code. It is made from the record and the code before it. So nobody can change a record without it showing.</source>
        <translation>Elke vastlegging heeft een controlecode. Die is gemaakt van de vastlegging en de code ervoor. Zo kan niemand iets veranderen zonder dat je het ziet.</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <source>Your history with %1</source>
        <translation>Je geschiedenis met %1</translation>
    </message>
    <message>
        <source>Every choice you made, oldest first. Roer links each choice to the one before it, so nobody can change the list unnoticed.</source>
        <translation>Elke keuze die je maakte, de oudste eerst. Roer koppelt elke keuze aan de keuze ervoor. Zo kan niemand de lijst ongemerkt veranderen.</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Je keuzes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Je keuze</translation>
    </message>
    <message>
        <source>Ways to contact you</source>
        <translation>Manieren om je te bereiken</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Verstuurd door</translation>
    </message>
    <message>
        <source>&amp;Check the history</source>
        <translation>&amp;Controleer de geschiedenis</translation>
    </message>
    <message>
        <source>Save as &amp;file (JSON)</source>
        <translation>Bewaren als &amp;bestand (JSON)</translation>
    </message>
    <message>
        <source>Save as &amp;page to print</source>
        <translation>Bewaren als &amp;pagina om te printen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Objection taken back</source>
        <translation>Bezwaar ingetrokken</translation>
    </message>
    <message>
        <source>Objected</source>
        <translation>Bezwaar gemaakt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>You, by letter</source>
        <translation>Jij, per brief</translation>
    </message>
    <message>
        <source>Roer</source>
        <translation>Roer</translation>
    </message>
    <message>
        <source>You have not made any choices for this shop yet.</source>
        <translation>Je hebt nog geen keuzes gemaakt voor deze winkel.</translation>
    </message>
    <message>
        <source>Your history is complete. Nobody changed it. Roer checked 1 choice.</source>
        <translation>Je geschiedenis is compleet. Niemand heeft hem veranderd. Roer heeft 1 keuze gecontroleerd.</translation>
    </message>
    <message>
        <source>Your history is complete. Nobody changed it. Roer checked %1 choices.</source>
        <translation>Je geschiedenis is compleet. Niemand heeft hem veranderd. Roer heeft %1 keuzes gecontroleerd.</translation>
    </message>
    <message>
        <source>Your history was changed outside Roer. Do not trust it without checking. Problems found: %1.</source>
        <translation>Je geschiedenis is buiten Roer veranderd. Vertrouw hem niet zonder controle. Gevonden problemen: %1.</translation>
    </message>
    <message>
        <source>history-%1</source>
        <translation>geschiedenis-%1</translation>
    </message>
    <message>
        <source>Save your history as a file</source>
        <translation>Je geschiedenis bewaren als bestand</translation>
    </message>
    <message>
        <source>Save your history as a page to print</source>
        <translation>Je geschiedenis bewaren als pagina om te printen</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON-bestand (*.json)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>Roer could not save the file. Choose another place and try again.</source>
        <translation>Roer kon het bestand niet bewaren. Kies een andere plek en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Saved your history to %1.</source>
        <translation>Je geschiedenis is bewaard in %1.</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>Needed for your order</source>
        <translation>Nodig voor je bestelling</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Je keuze</translation>
    </message>
    <message>
        <source>They rely on their own interest</source>
        <translation>Ze beroepen zich op hun eigen belang</translation>
    </message>
    <message>
        <source>The shop needs this data to sell and deliver what you buy, or the law requires it. You cannot switch it off. They may keep it only as long as needed.</source>
        <translation>De winkel heeft deze gegevens nodig om te verkopen en te bezorgen wat je koopt, of de wet verplicht het. Je kunt het niet uitzetten. Ze mogen het alleen bewaren zolang het nodig is.</translation>
    </message>
    <message>
        <source>They may only do this if you say yes. Nothing is on until you switch it on. You can say no again at any time, just as easily.</source>
        <translation>Ze mogen dit alleen als jij ja zegt. Niets staat aan tot jij het aanzet. Je kunt altijd weer nee zeggen, net zo makkelijk.</translation>
    </message>
    <message>
        <source>They do this without asking you first. You have the right to object.</source>
        <translation>Ze doen dit zonder het je eerst te vragen. Je hebt het recht om bezwaar te maken.</translation>
    </message>
    <message>
        <source>Add a shop on the Retailers page first. Then you can decide here what it may do with your data.</source>
        <translation>Voeg eerst een winkel toe bij Winkels. Daarna kies je hier wat die met je gegevens mag doen.</translation>
    </message>
    <message>
        <source>%1 can receive your choices directly. Link your account first. Then Roer shows what they use your data for.</source>
        <translation>%1 kan je keuzes direct ontvangen. Koppel eerst je account. Dan laat Roer zien waarvoor ze je gegevens gebruiken.</translation>
    </message>
    <message>
        <source>Roer is asking %1 what they use your data for.</source>
        <translation>Roer vraagt %1 waarvoor ze je gegevens gebruiken.</translation>
    </message>
    <message>
        <source>Your account is linked. Roer sends your choices to %1 directly and keeps the receipts.</source>
        <translation>Je account is gekoppeld. Roer stuurt je keuzes direct naar %1 en bewaart de bewijzen.</translation>
    </message>
    <message>
        <source>%1 has no link with Roer. Roer writes a letter or e-mail for each choice. You send it yourself.</source>
        <translation>%1 heeft geen koppeling met Roer. Roer schrijft een brief of e-mail voor elke keuze. Die stuur je zelf.</translation>
    </message>
    <message>
        <source>%1, %2: waiting to send</source>
        <translation>%1, %2: wacht op versturen</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: letter not sent yet</source>
        <translation>%1, %2: brief nog niet verstuurd</translation>
    </message>
    <message>
        <source>1 decision waiting to send</source>
        <translation>1 keuze wacht op versturen</translation>
    </message>
    <message>
        <source>%1 decisions waiting to send</source>
        <translation>%1 keuzes wachten op versturen</translation>
    </message>
    <message>
        <source>1 needs your attention</source>
        <translation>1 vraagt je aandacht</translation>
    </message>
    <message>
        <source>%1 need your attention</source>
        <translation>%1 vragen je aandacht</translation>
    </message>
    <message>
        <source>1 letter still to send</source>
        <translation>1 brief nog te versturen</translation>
    </message>
    <message>
        <source>%1 letters still to send</source>
        <translation>%1 brieven nog te versturen</translation>
    </message>
    <message>
        <source>All your choices have been delivered.</source>
        <translation>Al je keuzes zijn afgeleverd.</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>Verberg de lijst</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Toon welke</translation>
    </message>
    <message>
        <source>Hide the list of choices still on their way</source>
        <translation>Verberg de lijst met keuzes die nog onderweg zijn</translation>
    </message>
    <message>
        <source>Show which choices are still on their way</source>
        <translation>Toon welke keuzes nog onderweg zijn</translation>
    </message>
    <message>
        <source>Your browser opens the sign-in page of %1. Sign in there and allow Roer. Then come back here.</source>
        <translation>Je browser opent de inlogpagina van %1. Log daar in en geef Roer toestemming. Kom daarna hier terug.</translation>
    </message>
    <message>
        <source>Linking your account did not work. %1</source>
        <translation>Je account koppelen is niet gelukt. %1</translation>
    </message>
    <message>
        <source>Linking stopped. Nothing was changed.</source>
        <translation>Koppelen gestopt. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Asking %1 what they have on record…</source>
        <translation>Roer vraagt %1 wat ze hebben vastgelegd…</translation>
    </message>
    <message>
        <source>Roer could not ask them. %1</source>
        <translation>Roer kon het ze niet vragen. %1</translation>
    </message>
    <message>
        <source>%1 has the same choices on record as you made. Nothing to do.</source>
        <translation>%1 heeft dezelfde keuzes vastgelegd als jij maakte. Je hoeft niets te doen.</translation>
    </message>
    <message>
        <source>%1 has something different on record:</source>
        <translation>%1 heeft iets anders vastgelegd:</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Choose what each shop may do with your data. Roer saves your choice first and then sends it. It never switches anything on for you.</source>
        <translation>Kies wat elke winkel met je gegevens mag doen. Roer bewaart je keuze eerst en stuurt hem daarna. Roer zet nooit iets voor je aan.</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Winkel:</translation>
    </message>
    <message>
        <source>&amp;Link your account</source>
        <translation>&amp;Koppel je account</translation>
    </message>
    <message>
        <source>Opens the shop&apos;s sign-in page in your browser</source>
        <translation>Opent de inlogpagina van de winkel in je browser</translation>
    </message>
    <message>
        <source>Stop linking</source>
        <translation>Stop met koppelen</translation>
    </message>
    <message>
        <source>Waiting for the shop</source>
        <translation>Wacht op de winkel</translation>
    </message>
    <message>
        <source>Check &amp;with the shop</source>
        <translation>Controleer &amp;bij de winkel</translation>
    </message>
    <message>
        <source>Asks the shop which choices it has on record and compares them with yours</source>
        <translation>Vraagt de winkel welke keuzes die heeft vastgelegd en vergelijkt ze met de jouwe</translation>
    </message>
    <message>
        <source>Your &amp;history</source>
        <translation>Je &amp;geschiedenis</translation>
    </message>
    <message>
        <source>You have not made a choice yet.</source>
        <translation>Je hebt nog geen keuze gemaakt.</translation>
    </message>
</context>
<context>
    <name>CorrectionStore</name>
    <message>
        <source>Roer does not know this kind of data.</source>
        <translation>Roer kent deze soort gegevens niet.</translation>
    </message>
</context>
<context>
    <name>DataTreeModel</name>
    <message>
        <source>Not recognised</source>
        <translation>Niet herkend</translation>
    </message>
    <message>
        <source>Hidden value</source>
        <translation>Verborgen waarde</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Hoeveel</translation>
    </message>
</context>
<context>
    <name>DecisionLetterDialog</name>
    <message>
        <source>Letter to %1</source>
        <translation>Brief aan %1</translation>
    </message>
    <message>
        <source>%1 has no link with Roer. Send this letter or e-mail yourself. Fill in your name first. Then tell Roer you sent it.</source>
        <translation>%1 heeft geen koppeling met Roer. Stuur deze brief of e-mail zelf. Vul eerst je naam in. Laat Roer daarna weten dat je hem hebt verstuurd.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Aan: %1</translation>
    </message>
    <message>
        <source>&amp;Text of the letter:</source>
        <translation>&amp;Tekst van de brief:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Tekst van de brief</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Open in &amp;e-mail</source>
        <translation>Openen in &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Afdrukken</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>I &amp;sent it</source>
        <translation>Ik heb hem &amp;verstuurd</translation>
    </message>
    <message>
        <source>Roer empties the clipboard again after two minutes.</source>
        <translation>Roer maakt het klembord na twee minuten weer leeg.</translation>
    </message>
</context>
<context>
    <name>DeliveryStatusButton</name>
    <message>
        <source>1 choice needs your attention</source>
        <translation>1 keuze vraagt je aandacht</translation>
    </message>
    <message>
        <source>%1 choices need your attention</source>
        <translation>%1 keuzes vragen je aandacht</translation>
    </message>
    <message>
        <source>1 choice waiting to send</source>
        <translation>1 keuze wacht op verzenden</translation>
    </message>
    <message>
        <source>%1 choices waiting to send</source>
        <translation>%1 keuzes wachten op verzenden</translation>
    </message>
    <message>
        <source>Opens the Consents page.</source>
        <translation>Opent de pagina Toestemmingen.</translation>
    </message>
    <message>
        <source>Open Consents to see which choices these are.</source>
        <translation>Open Toestemmingen om te zien welke keuzes dit zijn.</translation>
    </message>
</context>
<context>
    <name>ExplainService</name>
    <message>
        <source>This shop is no longer in Roer.</source>
        <translation>Deze winkel staat niet meer in Roer.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Copied. Paste it in an e-mail to the shop.</source>
        <translation>Gekopieerd. Plak het in een e-mail aan de winkel.</translation>
    </message>
    <message>
        <source>Ask the shop</source>
        <translation>Vraag het de winkel</translation>
    </message>
    <message>
        <source>Copy question</source>
        <translation>Vraag kopiëren</translation>
    </message>
    <message>
        <source>Is this the wrong kind of data? Choose the right one:</source>
        <translation>Is dit de verkeerde soort gegevens? Kies de juiste:</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Niet herkend</translation>
    </message>
    <message>
        <source>GDPR article %1</source>
        <translation>AVG artikel %1</translation>
    </message>
    <message>
        <source>Why the shop probably keeps it</source>
        <translation>Waarom de winkel dit waarschijnlijk bewaart</translation>
    </message>
    <message>
        <source>The reason the law allows it</source>
        <translation>Waarom de wet dit toestaat</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>Choose a kind of data or a field on the left. Roer explains it here.</source>
        <translation>Kies links een soort gegevens of een veld. Roer legt het hier uit.</translation>
    </message>
    <message>
        <source>Fields: %1. Values: %2.</source>
        <translation>Velden: %1. Waarden: %2.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Wat het is</translation>
    </message>
    <message>
        <source>How long they may keep it</source>
        <translation>Hoe lang ze het mogen bewaren</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Wat je kunt doen</translation>
    </message>
    <message>
        <source>Roer does not know what these fields are. Choose one to see the question you can ask the shop.</source>
        <translation>Roer weet niet wat deze velden zijn. Kies er een. Dan zie je de vraag die je de winkel kunt stellen.</translation>
    </message>
    <message>
        <source>Field “%1” in %2</source>
        <translation>Veld “%1” in %2</translation>
    </message>
    <message>
        <source>Why Roer thinks so</source>
        <translation>Waarom Roer dit denkt</translation>
    </message>
    <message>
        <source>Why is this one record?</source>
        <translation>Waarom is dit één regel?</translation>
    </message>
    <message>
        <source>Ask to correct it…</source>
        <translation>Vraag om verbetering…</translation>
    </message>
    <message>
        <source>Make a request to the shop to correct this data</source>
        <translation>Vraag de winkel om deze gegevens te verbeteren</translation>
    </message>
    <message>
        <source>Ask to erase it…</source>
        <translation>Vraag om wissen…</translation>
    </message>
    <message>
        <source>Make a request to the shop to erase this data</source>
        <translation>Vraag de winkel om deze gegevens te wissen</translation>
    </message>
</context>
<context>
    <name>FieldClassifier</name>
    <message>
        <source>%1 of %2 values look like e-mail addresses.</source>
        <translation>%1 van de %2 waarden lijken op e-mailadressen.</translation>
    </message>
    <message>
        <source>%1 of %2 values are valid bank account numbers (IBAN).</source>
        <translation>%1 van de %2 waarden zijn geldige rekeningnummers (IBAN).</translation>
    </message>
    <message>
        <source>%1 of %2 values are valid payment card numbers.</source>
        <translation>%1 van de %2 waarden zijn geldige nummers van een betaalkaart.</translation>
    </message>
    <message>
        <source>%1 of %2 values pass the check for a citizen service number (BSN).</source>
        <translation>%1 van de %2 waarden kloppen als burgerservicenummer (BSN).</translation>
    </message>
    <message>
        <source>%1 of %2 values look like phone numbers.</source>
        <translation>%1 van de %2 waarden lijken op telefoonnummers.</translation>
    </message>
    <message>
        <source>%1 of %2 values look like Dutch postcodes.</source>
        <translation>%1 van de %2 waarden lijken op Nederlandse postcodes.</translation>
    </message>
    <message>
        <source>%1 of %2 values look like internet addresses (IP addresses).</source>
        <translation>%1 van de %2 waarden lijken op internetadressen (IP-adressen).</translation>
    </message>
    <message>
        <source>%1 of %2 values look like GPS coordinates.</source>
        <translation>%1 van de %2 waarden lijken op GPS-coördinaten.</translation>
    </message>
    <message>
        <source>%1 of %2 values look like GPS coordinates written as whole numbers.</source>
        <translation>%1 van de %2 waarden lijken op GPS-coördinaten, geschreven als hele getallen.</translation>
    </message>
    <message>
        <source>%1 of %2 values look like a date of birth.</source>
        <translation>%1 van de %2 waarden lijken op een geboortedatum.</translation>
    </message>
    <message>
        <source>%1 of %2 values look like postal addresses.</source>
        <translation>%1 van de %2 waarden lijken op postadressen.</translation>
    </message>
    <message>
        <source>The field name says the same.</source>
        <translation>De naam van het veld zegt hetzelfde.</translation>
    </message>
    <message>
        <source>This field is part of &quot;%1&quot;, which usually holds: %2.</source>
        <translation>Dit veld hoort bij "%1". Daarin staat meestal: %2.</translation>
    </message>
    <message>
        <source>Fields called &quot;%1&quot; usually hold: %2.</source>
        <translation>In velden met de naam "%1" staat meestal: %2.</translation>
    </message>
    <message>
        <source>This field is in the file &quot;%1&quot;, which is about: %2.</source>
        <translation>Dit veld staat in het bestand "%1". Dat gaat over: %2.</translation>
    </message>
    <message>
        <source>Roer does not recognise this field.</source>
        <translation>Roer herkent dit veld niet.</translation>
    </message>
    <message>
        <source>What is the field &quot;%1&quot; in the file &quot;%2&quot;, and why do you keep it?</source>
        <translation>Wat is het veld "%1" in het bestand "%2", en waarom bewaren jullie het?</translation>
    </message>
    <message>
        <source>%1 of %2 values are ways to pay, like iDEAL or a credit card.</source>
        <translation>%1 van de %2 waarden zijn manieren van betalen, zoals iDEAL of een creditcard.</translation>
    </message>
    <message>
        <source>%1 of %2 values show a payment card by its last digits.</source>
        <translation>%1 van de %2 waarden tonen een betaalkaart met de laatste cijfers.</translation>
    </message>
    <message>
        <source>%1 of %2 values are searches.</source>
        <translation>%1 van de %2 waarden zijn zoekopdrachten.</translation>
    </message>
    <message>
        <source>%1 of %2 values are videos you watched.</source>
        <translation>%1 van de %2 waarden zijn video's die je bekeek.</translation>
    </message>
    <message>
        <source>%1 of %2 values are places on a map.</source>
        <translation>%1 van de %2 waarden zijn plekken op een kaart.</translation>
    </message>
    <message>
        <source>%1 of %2 values are web addresses.</source>
        <translation>%1 van de %2 waarden zijn webadressen.</translation>
    </message>
    <message>
        <source>%1 of %2 values name a device or system, like Android.</source>
        <translation>%1 van de %2 waarden noemen een apparaat of systeem, zoals Android.</translation>
    </message>
    <message>
        <source>%1 of %2 values are words of the file format, like &quot;Feature&quot;.</source>
        <translation>%1 van de %2 waarden zijn woorden van het bestandsformaat, zoals "Feature".</translation>
    </message>
    <message>
        <source>%1 of %2 values are a language and country, like nl-NL.</source>
        <translation>%1 van de %2 waarden zijn een taal en een land, zoals nl-NL.</translation>
    </message>
    <message>
        <source>%1 of %2 values are ways of moving, like walking.</source>
        <translation>%1 van de %2 waarden zijn manieren van bewegen, zoals lopen.</translation>
    </message>
    <message>
        <source>It sits next to fields like &quot;%1&quot;, about %2.</source>
        <translation>Het staat naast velden zoals "%1", over %2.</translation>
    </message>
    <message>
        <source>It is a date or time in a record about %1.</source>
        <translation>Het is een datum of tijd in een regel over %1.</translation>
    </message>
    <message>
        <source>It is an amount in a record about %1.</source>
        <translation>Het is een bedrag in een regel over %1.</translation>
    </message>
    <message>
        <source>It is part of &quot;%1&quot;, which holds guesses about you.</source>
        <translation>Het hoort bij "%1", met gokken over jou.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; holds guesses about you.</source>
        <translation>Het bestand "%1" bevat gokken over jou.</translation>
    </message>
    <message>
        <source>It is a place in a record about %1, not your home address.</source>
        <translation>Het is een plek in een regel over %1, niet je huisadres.</translation>
    </message>
    <message>
        <source>It is a place among your own details: %1.</source>
        <translation>Het is een plek bij je eigen gegevens: %1.</translation>
    </message>
    <message>
        <source>All its values are zero. It holds no real date.</source>
        <translation>Alle waarden zijn nul. Er staat geen echte datum in.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Add the shop</source>
        <translation>Voeg de winkel toe</translation>
    </message>
    <message>
        <source>Choose the shop that has your data. Roer knows many shops and their privacy address.</source>
        <translation>Kies de winkel die je gegevens heeft. Roer kent veel winkels en hun privacyadres.</translation>
    </message>
    <message>
        <source>Go to Retailers</source>
        <translation>Naar Winkels</translation>
    </message>
    <message>
        <source>Get your data</source>
        <translation>Haal je gegevens op</translation>
    </message>
    <message>
        <source>Import the file the shop sent you. Or link your account, if the shop offers that.</source>
        <translation>Importeer het bestand dat de winkel je stuurde. Of koppel je account, als de winkel dat biedt.</translation>
    </message>
    <message>
        <source>See what the shop knows</source>
        <translation>Bekijk wat de winkel weet</translation>
    </message>
    <message>
        <source>Roer explains each kind of data. It also says why the shop keeps it.</source>
        <translation>Roer legt elk soort gegeven uit. Roer zegt ook waarom de winkel het bewaart.</translation>
    </message>
    <message>
        <source>Go to My data</source>
        <translation>Naar Mijn gegevens</translation>
    </message>
    <message>
        <source>Make your choice</source>
        <translation>Maak je keuze</translation>
    </message>
    <message>
        <source>Say per purpose if the shop may use your data. You can choose per channel, like e-mail.</source>
        <translation>Zeg per doel of de winkel je gegevens mag gebruiken. Je kunt per kanaal kiezen, zoals e-mail.</translation>
    </message>
    <message>
        <source>Go to Consents</source>
        <translation>Naar Toestemmingen</translation>
    </message>
    <message>
        <source>Send your choice</source>
        <translation>Stuur je keuze</translation>
    </message>
    <message>
        <source>Roer sends it to the shop. Is the shop not linked? Then Roer writes a letter, and you tell Roer when you sent it.</source>
        <translation>Roer stuurt je keuze naar de winkel. Is de winkel niet gekoppeld? Dan schrijft Roer een brief. Laat Roer weten wanneer je hem verstuurde.</translation>
    </message>
    <message>
        <source>See the receipt</source>
        <translation>Bekijk het bewijs</translation>
    </message>
    <message>
        <source>Consents shows what reached the shop, and the shop&apos;s receipt. Roer keeps it as proof.</source>
        <translation>Bij Toestemmingen zie je wat de winkel kreeg, en het ontvangstbewijs. Roer bewaart het als bewijs.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Gids</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Sla deze stap over</translation>
    </message>
    <message>
        <source>Guide: done</source>
        <translation>Gids: klaar</translation>
    </message>
    <message>
        <source>You sent your first choice</source>
        <translation>Je hebt je eerste keuze verstuurd</translation>
    </message>
    <message>
        <source>You went through the guide</source>
        <translation>Je bent door de gids gegaan</translation>
    </message>
    <message>
        <source>Well done. You can change your choice at any time. The Overview can print a summary to take home.</source>
        <translation>Goed gedaan. Je kunt je keuze altijd veranderen. Bij Overzicht print je een samenvatting voor thuis.</translation>
    </message>
    <message>
        <source>You skipped some steps. Choose &quot;Show the guide&quot; to go through them again.</source>
        <translation>Je sloeg stappen over. Kies "Toon de gids" om ze nog eens te doen.</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Sluit de gids</translation>
    </message>
    <message>
        <source>Guide: step %1 of %2</source>
        <extracomment>%1 is the step&apos;s number, %2 the number of steps</extracomment>
        <translation>Gids: stap %1 van %2</translation>
    </message>
    <message>
        <source>Stop the guide</source>
        <translation>Stop de gids</translation>
    </message>
    <message>
        <source>You can start it again from the sidebar.</source>
        <translation>Je kunt hem links weer starten.</translation>
    </message>
</context>
<context>
    <name>HelpDeskBand</name>
    <message>
        <source>Help-desk mode is on. Roer hides your personal values.</source>
        <translation>De helpdeskstand staat aan. Roer verbergt je persoonlijke gegevens.</translation>
    </message>
    <message>
        <source>Lea&amp;ve help-desk mode</source>
        <translation>Helpdeskstand &amp;uitzetten</translation>
    </message>
</context>
<context>
    <name>HelpDeskSettings</name>
    <message>
        <source>Help desk and reading</source>
        <translation>Helpdesk en lezen</translation>
    </message>
    <message>
        <source>Does someone from a shop help you? Then switch on help-desk mode. Roer shows what kind of value it is, for example &quot;an e-mail address&quot;. You can still show one value to yourself. Roer remembers this choice for this vault.</source>
        <translation>Helpt iemand van een winkel je? Zet dan de helpdeskstand aan. Roer laat zien wat voor gegeven het is, bijvoorbeeld "een e-mailadres". Je kunt één gegeven nog wel aan jezelf laten zien. Roer onthoudt deze keuze voor deze kluis.</translation>
    </message>
    <message>
        <source>Large te&amp;xt</source>
        <translation>Grote te&amp;kst</translation>
    </message>
    <message>
        <source>Makes all text and buttons in Roer bigger.</source>
        <translation>Maakt alle tekst en knoppen in Roer groter.</translation>
    </message>
</context>
<context>
    <name>HelpDeskSwitch</name>
    <message>
        <source>&amp;Help-desk mode: hide my personal values</source>
        <translation>&amp;Helpdeskstand: verberg mijn persoonlijke gegevens</translation>
    </message>
    <message>
        <source>For when someone from a shop&apos;s help desk helps you. Roer then shows what kind of value it is, not the value.</source>
        <translation>Voor als iemand van de helpdesk van een winkel je helpt. Roer laat dan zien wat voor gegeven het is, niet het gegeven zelf.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Column %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>This file is not in UTF-8. Roer read it as Windows-1252 (Excel).</source>
        <translation>Dit bestand is niet in UTF-8. Roer las het als Windows-1252 (Excel).</translation>
    </message>
    <message numerus="yes">
        <source>Roer skipped %n line(s) of text before the column names.</source>
        <translation>
            <numerusform>Roer heeft %n regel tekst vóór de kolomnamen overgeslagen.</numerusform>
            <numerusform>Roer heeft %n regels tekst vóór de kolomnamen overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Het importeren is gestopt.</translation>
    </message>
    <message>
        <source>Roer could not read this file.</source>
        <translation>Roer kon dit bestand niet lezen.</translation>
    </message>
    <message>
        <source>A line in this file is longer than %1 MB. Roer stops here.</source>
        <translation>Een regel in dit bestand is langer dan %1 MB. Roer stopt hier.</translation>
    </message>
    <message>
        <source>This JSON file is damaged or incomplete.</source>
        <translation>Dit JSON-bestand is beschadigd of niet compleet.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Dit bestand is leeg.</translation>
    </message>
    <message>
        <source>This JSON file has extra text after the data.</source>
        <translation>Dit JSON-bestand heeft extra tekst na de gegevens.</translation>
    </message>
    <message>
        <source>Some text was not valid UTF-8. Roer replaced those characters with �.</source>
        <translation>Een deel van de tekst was geen geldige UTF-8. Roer heeft die tekens vervangen door �.</translation>
    </message>
    <message>
        <source>One record in this file is too large. Roer stops here.</source>
        <translation>Eén regel gegevens in dit bestand is te groot. Roer stopt hier.</translation>
    </message>
    <message>
        <source>This JSON file is nested too deeply. Roer stops here.</source>
        <translation>Dit JSON-bestand heeft te veel lagen in elkaar. Roer stopt hier.</translation>
    </message>
    <message>
        <source>Roer could not write the import into the vault.</source>
        <translation>Roer kon de gegevens niet in je kluis opslaan.</translation>
    </message>
    <message>
        <source>This file is nested too deeply. Roer stops here.</source>
        <translation>Dit bestand heeft te veel lagen in elkaar. Roer stopt hier.</translation>
    </message>
    <message>
        <source>This XML file is damaged or incomplete.</source>
        <translation>Dit XML-bestand is beschadigd of niet compleet.</translation>
    </message>
    <message>
        <source>This ZIP file is damaged or incomplete.</source>
        <translation>Dit ZIP-bestand is beschadigd of niet compleet.</translation>
    </message>
    <message>
        <source>This ZIP file is split over several parts. Roer cannot read it.</source>
        <translation>Dit ZIP-bestand is in delen gesplitst. Roer kan het niet lezen.</translation>
    </message>
    <message>
        <source>This ZIP file has too many files in it. Roer stops here.</source>
        <translation>Er zitten te veel bestanden in dit ZIP-bestand. Roer stopt hier.</translation>
    </message>
    <message>
        <source>This ZIP file contains a file path that points outside the archive. Roer does not trust it.</source>
        <translation>Dit ZIP-bestand bevat een pad dat buiten het archief wijst. Roer vertrouwt het niet.</translation>
    </message>
    <message>
        <source>This ZIP file contains a link to another file. Roer does not trust it.</source>
        <translation>Dit ZIP-bestand bevat een verwijzing naar een ander bestand. Roer vertrouwt het niet.</translation>
    </message>
    <message>
        <source>This ZIP file has overlapping parts. Roer does not trust it.</source>
        <translation>Dit ZIP-bestand heeft delen die over elkaar heen liggen. Roer vertrouwt het niet.</translation>
    </message>
    <message>
        <source>This file in the ZIP uses a compression method Roer cannot read.</source>
        <translation>Dit bestand in de ZIP is ingepakt op een manier die Roer niet kan lezen.</translation>
    </message>
    <message>
        <source>This ZIP file uses an encryption Roer cannot read.</source>
        <translation>Dit ZIP-bestand is versleuteld op een manier die Roer niet kan lezen.</translation>
    </message>
    <message>
        <source>This ZIP file is protected with a password.</source>
        <translation>Dit ZIP-bestand is beveiligd met een wachtwoord.</translation>
    </message>
    <message>
        <source>This password does not open the ZIP file.</source>
        <translation>Met dit wachtwoord gaat het ZIP-bestand niet open.</translation>
    </message>
    <message>
        <source>Roer could not prepare the search over your data.</source>
        <translation>Roer kon het zoeken in je gegevens niet voorbereiden.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Het importeren is gestopt. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The file is too large to keep in the vault.</source>
        <translation>Het bestand is te groot om in de kluis te bewaren.</translation>
    </message>
    <message>
        <source>%1: ZIP files are nested too deeply. Roer stops here.</source>
        <translation>%1: er zitten te veel ZIP-bestanden in elkaar. Roer stopt hier.</translation>
    </message>
    <message>
        <source>This file is protected with an encryption Roer cannot read.</source>
        <translation>Dit bestand is versleuteld op een manier die Roer niet kan lezen.</translation>
    </message>
    <message>
        <source>This file uses a compression method Roer cannot read.</source>
        <translation>Dit bestand is ingepakt op een manier die Roer niet kan lezen.</translation>
    </message>
    <message>
        <source>%1: This file is empty.</source>
        <translation>%1: dit bestand is leeg.</translation>
    </message>
    <message>
        <source>%1: A ZIP file inside the ZIP file is too large. Roer stops here.</source>
        <translation>%1: een ZIP-bestand in het ZIP-bestand is te groot. Roer stopt hier.</translation>
    </message>
    <message>
        <source>Roer cannot read PDF files. It keeps the file as it is.</source>
        <translation>Roer kan PDF-bestanden niet lezen. Roer bewaart het bestand zoals het is.</translation>
    </message>
    <message>
        <source>Roer cannot read web pages (HTML). It keeps the file as it is.</source>
        <translation>Roer kan webpagina's (HTML) niet lezen. Roer bewaart het bestand zoals het is.</translation>
    </message>
    <message>
        <source>%1: This is not a data export. It looks like a program, a picture or another kind of file. Roer did not import it.</source>
        <translation>%1: Dit is geen export van gegevens. Het lijkt een programma, een foto of een ander soort bestand. Roer heeft het niet ingelezen.</translation>
    </message>
    <message>
        <source>This is not a file of data. Roer keeps it as it is.</source>
        <translation>Dit is geen bestand met gegevens. Roer bewaart het zoals het is.</translation>
    </message>
    <message>
        <source>Roer does not know this kind of file. It keeps the file as it is.</source>
        <translation>Roer kent dit soort bestand niet. Roer bewaart het bestand zoals het is.</translation>
    </message>
    <message>
        <source>Roer could not open %1.</source>
        <translation>Roer kon %1 niet openen.</translation>
    </message>
    <message>
        <source>Roer could not unpack this ZIP file.</source>
        <translation>Roer kon dit ZIP-bestand niet uitpakken.</translation>
    </message>
    <message>
        <source>A file in this ZIP unpacks to far more data than it says. Roer stops here.</source>
        <translation>Een bestand in deze ZIP wordt veel groter dan het zegt. Roer stopt hier.</translation>
    </message>
    <message>
        <source>A file in this ZIP is packed suspiciously tightly (a &quot;ZIP bomb&quot;). Roer stops here.</source>
        <translation>Een bestand in deze ZIP is verdacht sterk ingepakt (een "ZIP-bom"). Roer stopt hier.</translation>
    </message>
    <message>
        <source>This import is already gone.</source>
        <translation>Deze import is al weg.</translation>
    </message>
    <message>
        <source>Roer could not open this file.</source>
        <translation>Roer kon dit bestand niet openen.</translation>
    </message>
    <message>
        <source>This is not a data export. It looks like a program, a picture or another kind of file.</source>
        <translation>Dit is geen gegevensbestand. Het lijkt een programma, een afbeelding of een ander soort bestand.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data from %1</source>
        <translation>Gegevens van %1 importeren</translation>
    </message>
    <message>
        <source>Choose the files you got from %1. You can also drag them here.</source>
        <translation>Kies de bestanden die je van %1 hebt gekregen. Je kunt ze ook hierheen slepen.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Bestanden om te importeren</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Uit de lijst halen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Roer is reading your files. Nothing leaves your computer.</source>
        <translation>Roer leest je bestanden. Er gaat niets van je computer af.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose export files</source>
        <translation>Kies exportbestanden</translation>
    </message>
    <message>
        <source>Export files (*.zip *.csv *.json *.js *.xml *.txt *.pdf *.html);;All files (*)</source>
        <translation>Exportbestanden (*.zip *.csv *.json *.js *.xml *.txt *.pdf *.html);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wordt gelezen</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Wachtwoord nodig</translation>
    </message>
    <message>
        <source>This ZIP file is protected with a password. The retailer often sends it in a separate e-mail. Password:</source>
        <translation>Dit ZIP-bestand is beveiligd met een wachtwoord. De winkel stuurt dat vaak in een aparte e-mail. Wachtwoord:</translation>
    </message>
    <message>
        <source>You imported these files before. Nothing was added.</source>
        <translation>Je hebt deze bestanden al eerder geïmporteerd. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Niet gelezen: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>Changes since your last import:</source>
        <translation>Wat er veranderd is sinds je vorige import:</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 gone, %4 changed.</source>
        <translation>%1: %2 nieuw, %3 weg, %4 veranderd.</translation>
    </message>
    <message>
        <source>%1: not in this import.</source>
        <translation>%1: zit niet in deze import.</translation>
    </message>
    <message>
        <source>Roer did not import these files. Your vault is unchanged.</source>
        <translation>Roer heeft deze bestanden niet geïmporteerd. Je kluis is niet veranderd.</translation>
    </message>
    <message>
        <source>Your files are imported. Roer is preparing the search over them.</source>
        <translation>Je bestanden zijn geïmporteerd. Roer maakt ze nu doorzoekbaar.</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation>Zoeken voorbereiden…</translation>
    </message>
    <message>
        <source>Search does not cover all of this data yet. Roer finishes this later, on the My data page.</source>
        <translation>Zoeken werkt nog niet voor al deze gegevens. Roer maakt dit later af, op de pagina Mijn gegevens.</translation>
    </message>
    <message>
        <source>Files read: %1. Records: %2. Values: %3.</source>
        <translation>Gelezen bestanden: %1. Regels: %2. Waarden: %3.</translation>
    </message>
    <message>
        <source>%1: new file. Records: %2.</source>
        <translation>%1: nieuw bestand. Regels: %2.</translation>
    </message>
    <message>
        <source>Nothing changed since your last import.</source>
        <translation>Er is niets veranderd sinds je vorige import.</translation>
    </message>
    <message>
        <source>Roer leaves out the files with a warning sign. It imports the others.</source>
        <translation>Roer slaat de bestanden met een waarschuwingsteken over. De andere importeert Roer wel.</translation>
    </message>
    <message>
        <source>Back to the files</source>
        <translation>Terug naar de bestanden</translation>
    </message>
    <message>
        <source>%1 (left out: %2)</source>
        <translation>%1 (overgeslagen: %2)</translation>
    </message>
    <message>
        <source>%1: read. Records: %2.</source>
        <translation>%1: gelezen. Regels: %2.</translation>
    </message>
    <message>
        <source>Roer could not read it.</source>
        <translation>Roer kon het niet lezen.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Imports of %1</source>
        <translation>Imports van %1</translation>
    </message>
    <message>
        <source>Roer shows your newest import. Is it wrong? Delete it. Then Roer shows the import before it again.</source>
        <translation>Roer laat je nieuwste import zien. Klopt die niet? Wis hem. Dan laat Roer weer de import daarvoor zien.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Geïmporteerd op</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Nu te zien</translation>
    </message>
    <message>
        <source>There are no imports of %1 yet.</source>
        <translation>Er zijn nog geen imports van %1.</translation>
    </message>
    <message>
        <source>&amp;Delete this import…</source>
        <translation>Deze import &amp;wissen…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Roer deletes the data of this import from your vault. You cannot undo this. Your choices and requests stay as they are.</source>
        <translation>Roer wist de gegevens van deze import uit je kluis. Je kunt dit niet terugdraaien. Je keuzes en verzoeken blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Roer then shows the import of %1 again.</source>
        <translation>Roer laat dan weer de import van %1 zien.</translation>
    </message>
    <message>
        <source>This is the only import of %1. Roer then has no data of %1.</source>
        <translation>Dit is de enige import van %1. Roer heeft dan geen gegevens van %1 meer.</translation>
    </message>
    <message>
        <source>Delete the import of %1?</source>
        <translation>De import van %1 wissen?</translation>
    </message>
    <message>
        <source>Delete import</source>
        <translation>Import wissen</translation>
    </message>
</context>
<context>
    <name>InsightBuilder</name>
    <message>
        <source>1 purchase</source>
        <translation>1 aankoop</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 aankopen</translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation>1 betaling</translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation>%1 betalingen</translation>
    </message>
    <message>
        <source>your location once</source>
        <translation>je locatie één keer</translation>
    </message>
    <message>
        <source>your location %1 times</source>
        <translation>je locatie %1 keer</translation>
    </message>
    <message>
        <source>1 search</source>
        <translation>1 zoekopdracht</translation>
    </message>
    <message>
        <source>%1 searches</source>
        <translation>%1 zoekopdrachten</translation>
    </message>
    <message>
        <source>1 thing you played</source>
        <translation>1 keer iets afgespeeld</translation>
    </message>
    <message>
        <source>%1 things you played</source>
        <translation>%1 keer iets afgespeeld</translation>
    </message>
    <message>
        <source>1 page you looked at</source>
        <translation>1 pagina die je bekeek</translation>
    </message>
    <message>
        <source>%1 pages you looked at</source>
        <translation>%1 pagina's die je bekeek</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 bericht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 berichten</translation>
    </message>
    <message>
        <source>1 workout or measurement</source>
        <translation>1 training of meting</translation>
    </message>
    <message>
        <source>%1 workouts or measurements</source>
        <translation>%1 trainingen of metingen</translation>
    </message>
    <message>
        <source>1 address</source>
        <translation>1 adres</translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation>%1 adressen</translation>
    </message>
    <message>
        <source>1 e-mail address</source>
        <translation>1 e-mailadres</translation>
    </message>
    <message>
        <source>%1 e-mail addresses</source>
        <translation>%1 e-mailadressen</translation>
    </message>
    <message>
        <source>1 phone number</source>
        <translation>1 telefoonnummer</translation>
    </message>
    <message>
        <source>%1 phone numbers</source>
        <translation>%1 telefoonnummers</translation>
    </message>
    <message>
        <source>1 bank account number</source>
        <translation>1 rekeningnummer</translation>
    </message>
    <message>
        <source>%1 bank account numbers</source>
        <translation>%1 rekeningnummers</translation>
    </message>
    <message>
        <source>1 payment card</source>
        <translation>1 betaalkaart</translation>
    </message>
    <message>
        <source>%1 payment cards</source>
        <translation>%1 betaalkaarten</translation>
    </message>
    <message>
        <source>1 internet address</source>
        <translation>1 internetadres</translation>
    </message>
    <message>
        <source>%1 internet addresses</source>
        <translation>%1 internetadressen</translation>
    </message>
    <message>
        <source>1 group or guess about you</source>
        <translation>1 groep of gok over jou</translation>
    </message>
    <message>
        <source>%1 groups or guesses about you</source>
        <translation>%1 groepen of gokken over jou</translation>
    </message>
    <message>
        <source>%1: %2 different values</source>
        <translation>%1: %2 verschillende waarden</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 tussen %2 en %3</translation>
    </message>
    <message>
        <source>That is more than a year ago.</source>
        <translation>Dat is meer dan een jaar geleden.</translation>
    </message>
    <message>
        <source>That is more than %1 years ago.</source>
        <translation>Dat is meer dan %1 jaar geleden.</translation>
    </message>
    <message>
        <source>%1 still keeps data from %2 about %3.</source>
        <translation>%1 bewaart nog gegevens uit %2 over %3.</translation>
    </message>
    <message>
        <source>%1 keeps data about %2. The law protects this kind of data extra strongly.</source>
        <translation>%1 bewaart gegevens over %2. De wet beschermt zulke gegevens extra streng.</translation>
    </message>
    <message>
        <source>%1 keeps your citizen service number (BSN). Shops are almost never allowed to keep it.</source>
        <translation>%1 bewaart je burgerservicenummer (BSN). Winkels mogen dat bijna nooit bewaren.</translation>
    </message>
    <message>
        <source>%1 keeps a trail of %2 places where you were. It shows your daily life.</source>
        <translation>%1 bewaart een spoor van %2 plekken waar je was. Dat laat je dagelijks leven zien.</translation>
    </message>
    <message>
        <source>%1 keeps full payment card numbers. Shops should only keep the last four digits.</source>
        <translation>%1 bewaart volledige nummers van betaalkaarten. Winkels horen alleen de laatste vier cijfers te bewaren.</translation>
    </message>
    <message>
        <source>That is longer than they say they keep it.</source>
        <translation>Dat is langer dan ze zeggen dat ze het bewaren.</translation>
    </message>
    <message>
        <source>That is longer than usually needed.</source>
        <translation>Dat is langer dan meestal nodig is.</translation>
    </message>
    <message>
        <source>%1 put you in the group %2.</source>
        <translation>%1 heeft je in de groep %2 gestopt.</translation>
    </message>
    <message>
        <source>%1 put you in %2 groups: %3.</source>
        <translation>%1 heeft je in %2 groepen gestopt: %3.</translation>
    </message>
    <message>
        <source>%1 put you in %2 groups, like %3.</source>
        <translation>%1 heeft je in %2 groepen gestopt, zoals %3.</translation>
    </message>
    <message>
        <source>They worked this out from your data. The law calls this profiling.</source>
        <translation>Dat hebben ze uit je gegevens bedacht. De wet noemt dit profilering.</translation>
    </message>
    <message>
        <source>You have the right to have it erased.</source>
        <translation>Je hebt het recht om het te laten wissen.</translation>
    </message>
    <message>
        <source>You have the right to object to it.</source>
        <translation>Je hebt het recht om er bezwaar tegen te maken.</translation>
    </message>
    <message>
        <source>You have the right to ask what they keep and why.</source>
        <translation>Je hebt het recht om te vragen wat ze bewaren en waarom.</translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <source>Roer could not protect the vault key.</source>
        <translation>Roer kon de sleutel van je kluis niet beveiligen.</translation>
    </message>
    <message>
        <source>The vault settings file is damaged.</source>
        <translation>Het instellingenbestand van de kluis is beschadigd.</translation>
    </message>
    <message>
        <source>This passphrase is not correct.</source>
        <translation>Deze wachtwoordzin klopt niet.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The password store of this computer is not available or said no.</source>
        <translation>De wachtwoordopslag van deze computer werkt niet of gaf geen toestemming.</translation>
    </message>
    <message>
        <source>The key is not in the password store.</source>
        <translation>De sleutel staat niet in de wachtwoordopslag.</translation>
    </message>
</context>
<context>
    <name>LetterPrinter</name>
    <message>
        <source>Roer could not save the PDF file. Choose another folder.</source>
        <translation>Roer kon het pdf-bestand niet opslaan. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>LinkAddressBox</name>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Kopieer het inlogadres</translation>
    </message>
    <message>
        <source>Copied. Paste it into the address bar of your web browser.</source>
        <translation>Gekopieerd. Plak het in de adresbalk van je webbrowser.</translation>
    </message>
    <message>
        <source>Roer could not open your web browser. Copy the sign-in address. Then paste it into a web browser on this computer.</source>
        <translation>Roer kon je webbrowser niet openen. Kopieer het inlogadres. Plak het daarna in een webbrowser op deze computer.</translation>
    </message>
    <message>
        <source>Did no browser open? Copy the sign-in address, and paste it into your web browser.</source>
        <translation>Ging er geen browser open? Kopieer het inlogadres en plak het in je webbrowser.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>You sent the request</source>
        <translation>Je verstuurde het verzoek</translation>
    </message>
    <message>
        <source>When did you send your request to %1? Roer counts the month the shop has from that day. By post, Roer counts from two days later, when it arrives.</source>
        <translation>Wanneer verstuurde je je verzoek aan %1? Vanaf die dag telt Roer de maand die de winkel heeft. Per post telt Roer vanaf twee dagen later, als de brief aankomt.</translation>
    </message>
    <message>
        <source>&amp;Day you sent it:</source>
        <translation>&amp;Dag waarop je het verstuurde:</translation>
    </message>
    <message>
        <source>How did you send it?</source>
        <translation>Hoe verstuurde je het?</translation>
    </message>
    <message>
        <source>By &amp;e-mail</source>
        <translation>Per &amp;e-mail</translation>
    </message>
    <message>
        <source>By &amp;post</source>
        <translation>Per &amp;post</translation>
    </message>
    <message>
        <source>With a &amp;form on their website</source>
        <translation>Met een &amp;formulier op hun website</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>MyDataPage</name>
    <message>
        <source>My data</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>This is the data a shop sent you, explained in plain words. Your values stay hidden until you choose to show them.</source>
        <translation>Dit zijn de gegevens die een winkel je stuurde, in gewone woorden uitgelegd. Je waarden blijven verborgen tot je ze zelf laat zien.</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Winkel:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Search all your data</source>
        <translation>Zoek in al je gegevens</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Name of a field or kind of data</source>
        <translation>Naam van een veld of soort gegevens</translation>
    </message>
    <message>
        <source>Only &amp;not recognised</source>
        <translation>Alleen &amp;niet herkend</translation>
    </message>
    <message>
        <source>&amp;Hide values</source>
        <translation>Waarden &amp;verbergen</translation>
    </message>
    <message>
        <source>S&amp;how values</source>
        <translation>Waarden &amp;tonen</translation>
    </message>
    <message>
        <source>Values are hidden so nobody can read along over your shoulder.</source>
        <translation>Waarden zijn verborgen, zodat niemand over je schouder meeleest.</translation>
    </message>
    <message>
        <source>Your data by kind</source>
        <translation>Je gegevens per soort</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Close results</source>
        <translation>Resultaten sluiten</translation>
    </message>
    <message>
        <source>Go to Retailers</source>
        <translation>Naar Winkels</translation>
    </message>
    <message>
        <source>You have no data in Roer yet. Add a shop, then import the data file they sent you.</source>
        <translation>Je hebt nog geen gegevens in Roer. Voeg een winkel toe. Importeer dan het bestand dat de winkel je stuurde.</translation>
    </message>
    <message>
        <source>You did not import data from %1 yet. Ask the shop for your data, then import the file on the Retailers page.</source>
        <translation>Je hebt nog geen gegevens van %1 geïmporteerd. Vraag de winkel om je gegevens. Importeer het bestand daarna bij Winkels.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>Search results (%1):</source>
        <translation>Zoekresultaten (%1):</translation>
    </message>
    <message>
        <source>Roer could not explain this data. %1</source>
        <translation>Roer kon deze gegevens niet uitleggen. %1</translation>
    </message>
    <message>
        <source>Explaining your data from %1…</source>
        <translation>Roer legt je gegevens van %1 uit…</translation>
    </message>
    <message>
        <source>Progress of explaining your data from %1</source>
        <translation>Voortgang van de uitleg van je gegevens van %1</translation>
    </message>
    <message>
        <source>&amp;Hide the value</source>
        <translation>Gegeven ver&amp;bergen</translation>
    </message>
    <message>
        <source>S&amp;how this value</source>
        <translation>Dit gegeven &amp;tonen</translation>
    </message>
    <message>
        <source>Shows the value you chose, for 30 seconds. Only you should look.</source>
        <translation>Toont het gegeven dat je koos, 30 seconden lang. Kijk alleen zelf.</translation>
    </message>
    <message>
        <source>Choose one value in the list first.</source>
        <translation>Kies eerst één gegeven in de lijst.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Winkel:</translation>
    </message>
    <message>
        <source>What do you want to ask?</source>
        <translation>Wat wil je vragen?</translation>
    </message>
    <message>
        <source>Also say no to advertising aimed at you</source>
        <translation>Zeg ook nee tegen reclame die op jou gericht is</translation>
    </message>
    <message>
        <source>Also say no to a profile they make of you</source>
        <translation>Zeg ook nee tegen een profiel dat ze van je maken</translation>
    </message>
    <message>
        <source>Advertising aimed at you (they must always stop)</source>
        <translation>Reclame die op jou gericht is (daar moeten ze altijd mee stoppen)</translation>
    </message>
    <message>
        <source>A profile of you, or other use for their own interest</source>
        <translation>Een profiel van jou, of ander gebruik voor hun eigen belang</translation>
    </message>
    <message>
        <source>Your &amp;reason (you may leave this empty):</source>
        <translation>Je &amp;reden (mag leeg blijven):</translation>
    </message>
    <message>
        <source>What is &amp;wrong now:</source>
        <translation>Wat nu &amp;fout is:</translation>
    </message>
    <message>
        <source>What it should &amp;be:</source>
        <translation>Wat het moet &amp;zijn:</translation>
    </message>
    <message>
        <source>For example: my address is wrong</source>
        <translation>Bijvoorbeeld: mijn adres klopt niet</translation>
    </message>
    <message>
        <source>What is it &amp;about? (empty: all your data)</source>
        <translation>&amp;Waar gaat het om? (leeg: al je gegevens)</translation>
    </message>
    <message>
        <source>Your customer &amp;number at this shop (if you know it):</source>
        <translation>Je klant&amp;nummer bij deze winkel (als je het weet):</translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
        <translation>&amp;Taal van de brief:</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Je na&amp;am:</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Je adres</translation>
    </message>
    <message>
        <source>Your a&amp;ddress:</source>
        <translation>Je a&amp;dres:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail address at this shop:</source>
        <translation>Je &amp;e-mailadres bij deze winkel:</translation>
    </message>
    <message>
        <source>Roer keeps these in your vault for your next letter. It sends them nowhere.</source>
        <translation>Roer bewaart dit in je kluis voor je volgende brief. Roer stuurt het nergens heen.</translation>
    </message>
    <message>
        <source>Make the request</source>
        <translation>Maak het verzoek</translation>
    </message>
    <message>
        <source>Roer found: %1. The letter names it. Add more if you like.</source>
        <translation>Roer vond: %1. De brief noemt dit. Vul gerust meer aan.</translation>
    </message>
    <message>
        <source>%1 is linked to Roer. Roer sends your request and checks for the answer.</source>
        <translation>%1 is gekoppeld aan Roer. Roer stuurt je verzoek en kijkt of er antwoord is.</translation>
    </message>
    <message>
        <source>Roer writes a letter for you. You send it yourself, by e-mail or by post. Roer does not add a copy of your ID. A shop may only ask for more proof if it really doubts who you are. If it insists, black out your photo and your BSN (citizen service number) on the copy.</source>
        <translation>Roer schrijft een brief voor je. Je verstuurt hem zelf, per e-mail of per post. Roer voegt geen kopie van je identiteitsbewijs toe. Een winkel mag alleen om meer bewijs vragen als hij echt twijfelt wie je bent. Houdt hij vol? Maak dan je foto en je BSN (burgerservicenummer) onleesbaar op de kopie.</translation>
    </message>
    <message>
        <source>Add a shop first, on the Retailers page.</source>
        <translation>Voeg eerst een winkel toe, op de pagina Winkels.</translation>
    </message>
    <message>
        <source>Also withdraw every consent (permission) you gave them</source>
        <translation>Trek ook elke toestemming in die je gaf</translation>
    </message>
    <message>
        <source>The letter names the field “%1” from their file.</source>
        <translation>De brief noemt het veld “%1” uit hun bestand.</translation>
    </message>
    <message>
        <source>Saved. Type a new address here only if it changed.</source>
        <translation>Bewaard. Typ hier alleen een nieuw adres als het veranderd is.</translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>Roer could not prepare the link. Please try again.</source>
        <translation>Roer kon de koppeling niet voorbereiden. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Linking took too long. Please try again.</source>
        <translation>Het koppelen duurde te lang. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This link is not from Roer.</source>
        <translation>Deze link komt niet van Roer.</translation>
    </message>
    <message>
        <source>You did not allow the link. You can close this window.</source>
        <translation>Je hebt de koppeling niet toegestaan. Je kunt dit venster sluiten.</translation>
    </message>
    <message>
        <source>The link was not allowed at the retailer.</source>
        <translation>De koppeling is bij de winkel niet toegestaan.</translation>
    </message>
    <message>
        <source>Your account is linked. You can close this window and go back to Roer.</source>
        <translation>Je account is gekoppeld. Je kunt dit venster sluiten en teruggaan naar Roer.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>What each shop knows about you, and what needs your attention.</source>
        <translation>Wat elke winkel over je weet, en waar je op moet letten.</translation>
    </message>
    <message>
        <source>Welcome to Roer</source>
        <translation>Welkom bij Roer</translation>
    </message>
    <message>
        <source>You have not added a shop yet. Add a shop, then import the data file they sent you. Here you will see what each shop knows about you.</source>
        <translation>Je hebt nog geen winkel toegevoegd. Voeg een winkel toe. Importeer dan het bestand dat de winkel je stuurde. Hier zie je daarna wat elke winkel over je weet.</translation>
    </message>
    <message>
        <source>Go to Retailers</source>
        <translation>Naar Winkels</translation>
    </message>
    <message>
        <source>See the data</source>
        <translation>Bekijk de gegevens</translation>
    </message>
    <message>
        <source>See the data of %1</source>
        <translation>Bekijk de gegevens van %1</translation>
    </message>
    <message>
        <source>No data imported yet. Ask %1 for your data, then import the file on the Retailers page.</source>
        <translation>Nog geen gegevens geïmporteerd. Vraag %1 om je gegevens. Importeer het bestand daarna bij Winkels.</translation>
    </message>
    <message>
        <source>Kinds of data found</source>
        <translation>Gevonden soorten gegevens</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Let hierop</translation>
    </message>
    <message>
        <source>Explaining your data from %1…</source>
        <translation>Roer legt je gegevens van %1 uit…</translation>
    </message>
    <message>
        <source>Progress of explaining your data from %1</source>
        <translation>Voortgang van de uitleg van je gegevens van %1</translation>
    </message>
    <message>
        <source>Roer could not explain this data. %1</source>
        <translation>Roer kon deze gegevens niet uitleggen. %1</translation>
    </message>
    <message>
        <source>Object to this profile…</source>
        <translation>Maak bezwaar tegen dit profiel…</translation>
    </message>
    <message>
        <source>Ask %1 to erase it…</source>
        <translation>Vraag %1 om het te wissen…</translation>
    </message>
    <message>
        <source>Ask %1 what they keep…</source>
        <translation>Vraag %1 wat ze bewaren…</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Nog een keer typen:</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few words that do not belong together are easy to remember and hard to guess.</source>
        <translation>Gebruik minstens %1 tekens. Een paar woorden die niet bij elkaar horen, onthoud je makkelijk. Anderen raden ze moeilijk.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Typ de wachtwoordzin nog een keer</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet hetzelfde.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Te kort: gebruik minstens %1 tekens.</translation>
    </message>
    <message>
        <source>Strength: weak. Make it longer.</source>
        <translation>Sterkte: zwak. Maak hem langer.</translation>
    </message>
    <message>
        <source>Strength: fair. A little longer makes it strong.</source>
        <translation>Sterkte: redelijk. Iets langer maakt hem sterk.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Sterkte: sterk.</translation>
    </message>
    <message>
        <source>Both passphrases are the same.</source>
        <translation>Beide wachtwoordzinnen zijn hetzelfde.</translation>
    </message>
</context>
<context>
    <name>PurposeRow</name>
    <message>
        <source>Show the letter</source>
        <translation>Toon de brief</translation>
    </message>
    <message>
        <source>Show the letter about %1</source>
        <translation>Toon de brief over %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Probeer opnieuw</translation>
    </message>
    <message>
        <source>Send %1 again</source>
        <translation>Stuur %1 opnieuw</translation>
    </message>
    <message>
        <source>On: the law requires it</source>
        <translation>Aan: de wet verplicht het</translation>
    </message>
    <message>
        <source>On: needed for your order</source>
        <translation>Aan: nodig voor je bestelling</translation>
    </message>
    <message>
        <source>%1: always on</source>
        <translation>%1: altijd aan</translation>
    </message>
    <message>
        <source>The law says they must keep this.</source>
        <translation>De wet zegt dat ze dit moeten bewaren.</translation>
    </message>
    <message>
        <source>Yes, I allow this</source>
        <translation>Ja, dit mag</translation>
    </message>
    <message>
        <source>Allow: %1</source>
        <translation>Toestaan: %1</translation>
    </message>
    <message>
        <source>How they may contact you:</source>
        <translation>Hoe ze contact met je mogen opnemen:</translation>
    </message>
    <message>
        <source>How they may contact you (choose at least one):</source>
        <translation>Hoe ze contact met je mogen opnemen (kies er minstens één):</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 voor %2</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Waar:</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Only in the store</source>
        <translation>Alleen in de winkel</translation>
    </message>
    <message>
        <source>Only online</source>
        <translation>Alleen online</translation>
    </message>
    <message>
        <source>Where this holds for %1</source>
        <translation>Waar dit geldt voor %1</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Only until a date, for %1</source>
        <translation>Alleen tot een datum, voor %1</translation>
    </message>
    <message>
        <source>End date for %1</source>
        <translation>Einddatum voor %1</translation>
    </message>
    <message>
        <source>Only while I use the app</source>
        <translation>Alleen als ik de app gebruik</translation>
    </message>
    <message>
        <source>Only while I use the app, for %1</source>
        <translation>Alleen als ik de app gebruik, voor %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Wijzigingen bewaren</translation>
    </message>
    <message>
        <source>Save changes to %1</source>
        <translation>Wijzigingen voor %1 bewaren</translation>
    </message>
    <message>
        <source>They say they may do this without asking, because it is in their own interest. This is advertising. If you object, they must stop. No exceptions (GDPR article 21).</source>
        <translation>Ze zeggen dat ze dit zonder vragen mogen, omdat het in hun eigen belang is. Dit is reclame. Maak je bezwaar, dan moeten ze stoppen. Altijd (AVG artikel 21).</translation>
    </message>
    <message>
        <source>They say they may do this without asking, because it is in their own interest. You can object (GDPR article 21). Then they must stop, unless they have very strong reasons that weigh more than yours.</source>
        <translation>Ze zeggen dat ze dit zonder vragen mogen, omdat het in hun eigen belang is. Je kunt bezwaar maken (AVG artikel 21). Dan moeten ze stoppen. Behalve als ze heel sterke redenen hebben die zwaarder wegen dan die van jou.</translation>
    </message>
    <message>
        <source>Take back my objection</source>
        <translation>Mijn bezwaar intrekken</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Bezwaar maken</translation>
    </message>
    <message>
        <source>Take back my objection to %1</source>
        <translation>Mijn bezwaar tegen %1 intrekken</translation>
    </message>
    <message>
        <source>Object to %1</source>
        <translation>Bezwaar maken tegen %1</translation>
    </message>
    <message>
        <source>Show the letter again</source>
        <translation>Toon de brief nog eens</translation>
    </message>
    <message>
        <source>You have not decided yet. It stays off.</source>
        <translation>Je hebt nog niet gekozen. Het blijft uit.</translation>
    </message>
    <message>
        <source>You have not objected.</source>
        <translation>Je hebt geen bezwaar gemaakt.</translation>
    </message>
    <message>
        <source>You took back your objection on %1.</source>
        <translation>Je hebt je bezwaar ingetrokken op %1.</translation>
    </message>
    <message>
        <source>You objected on %1.</source>
        <translation>Je hebt bezwaar gemaakt op %1.</translation>
    </message>
    <message>
        <source>Your yes ended on %1.</source>
        <translation>Je ja is gestopt op %1.</translation>
    </message>
    <message>
        <source>You said yes on %1.</source>
        <translation>Je zei ja op %1.</translation>
    </message>
    <message>
        <source>You said no on %1.</source>
        <translation>Je zei nee op %1.</translation>
    </message>
    <message>
        <source>Waiting to send.</source>
        <translation>Wacht op versturen.</translation>
    </message>
    <message>
        <source>Sent. Waiting for their answer.</source>
        <translation>Verstuurd. Wacht op hun antwoord.</translation>
    </message>
    <message>
        <source>The shop refused it: %1</source>
        <translation>De winkel heeft het geweigerd: %1</translation>
    </message>
    <message>
        <source>Needs your attention: %1</source>
        <translation>Kijk hier even naar: %1</translation>
    </message>
    <message>
        <source>Sent by you on %1.</source>
        <translation>Door jou verstuurd op %1.</translation>
    </message>
    <message>
        <source>Not sent yet. This shop has no link with Roer: send the letter yourself.</source>
        <translation>Nog niet verstuurd. Deze winkel heeft geen koppeling met Roer: stuur de brief zelf.</translation>
    </message>
    <message>
        <source>They may keep it only as long as they need it for this.</source>
        <translation>Ze mogen het alleen bewaren zolang ze het hiervoor nodig hebben.</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 weken</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>They may keep it only as long as they need it for this. They say: %1.</source>
        <translation>Ze mogen het alleen bewaren zolang ze het hiervoor nodig hebben. Zij zeggen: %1.</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>Nummer van het ontvangstbewijs: %1</translation>
    </message>
    <message>
        <source>Confirmed by the shop on %1.</source>
        <translation>Bevestigd door de winkel op %1.</translation>
    </message>
    <message>
        <source>Confirmed by the shop.</source>
        <translation>Bevestigd door de winkel.</translation>
    </message>
    <message>
        <source>Your yes is not saved yet.</source>
        <translation>Je ja is nog niet bewaard.</translation>
    </message>
    <message>
        <source>Now tick at least one way above. Then Roer saves your yes.</source>
        <translation>Vink nu hierboven minstens één manier aan. Dan bewaart Roer je ja.</translation>
    </message>
    <message>
        <source>Which ways this is for (choose at least one):</source>
        <translation>Voor welke manieren dit geldt (kies er minstens één):</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>no particular way</source>
        <translation>geen bepaalde manier</translation>
    </message>
    <message>
        <source>Your choice for &quot;%1&quot; is not confirmed by the retailer yet.</source>
        <translation>Je keuze voor "%1" is nog niet bevestigd door de winkel.</translation>
    </message>
    <message>
        <source>They still list you for &quot;%1&quot;, which you withdrew on %2.</source>
        <translation>Ze hebben je nog staan voor "%1", terwijl je dat op %2 hebt ingetrokken.</translation>
    </message>
    <message>
        <source>They still list you for &quot;%1&quot;, which ended on %2.</source>
        <translation>Ze hebben je nog staan voor "%1", terwijl dat op %2 is gestopt.</translation>
    </message>
    <message>
        <source>They still list you for &quot;%1&quot;, which you refused on %2.</source>
        <translation>Ze hebben je nog staan voor "%1", terwijl je dat op %2 hebt geweigerd.</translation>
    </message>
    <message>
        <source>You allowed &quot;%1&quot; on %2, but they do not list it.</source>
        <translation>Je gaf op %2 toestemming voor "%1", maar ze hebben het niet staan.</translation>
    </message>
    <message>
        <source>For &quot;%1&quot; they list %2. You chose %3.</source>
        <translation>Voor "%1" hebben ze %2 staan. Jij koos %3.</translation>
    </message>
    <message>
        <source>For &quot;%1&quot; they list other conditions than you chose (place or end date).</source>
        <translation>Voor "%1" hebben ze andere voorwaarden staan dan je koos (plaats of einddatum).</translation>
    </message>
    <message>
        <source>They list you for &quot;%1&quot;. You did not make this choice in Roer.</source>
        <translation>Ze hebben je staan voor "%1". Die keuze heb je niet in Roer gemaakt.</translation>
    </message>
</context>
<context>
    <name>RecordRule</name>
    <message>
        <source>One record per row</source>
        <translation>Eén regel per rij</translation>
    </message>
    <message>
        <source>One record per item in a list</source>
        <translation>Eén regel per onderdeel van een lijst</translation>
    </message>
    <message>
        <source>One record per value in a list</source>
        <translation>Eén regel per waarde in een lijst</translation>
    </message>
    <message>
        <source>One record per inner list</source>
        <translation>Eén regel per lijst in de lijst</translation>
    </message>
    <message>
        <source>One part of the file is one record</source>
        <translation>Eén deel van het bestand is één regel</translation>
    </message>
    <message>
        <source>The whole file is one record</source>
        <translation>Het hele bestand is één regel</translation>
    </message>
    <message>
        <source>Values next to lists are one record</source>
        <translation>Waarden naast lijsten zijn één regel</translation>
    </message>
    <message>
        <source>Details about the export</source>
        <translation>Gegevens over de export</translation>
    </message>
    <message>
        <source>Each row of the table in %1 is one record. Each column is a field of it.</source>
        <translation>Elke rij van de tabel in %1 is één regel. Elke kolom is een veld ervan.</translation>
    </message>
    <message>
        <source>The file %1 is a list. Each item in the list is one record.</source>
        <translation>Het bestand %1 is een lijst. Elk onderdeel van de lijst is één regel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list. Each item in it is one record. Its parts are fields, named by their path.</source>
        <translation>"%1" is een lijst. Elk onderdeel ervan is één regel. De delen ervan zijn velden, met hun pad als naam.</translation>
    </message>
    <message>
        <source>The file %1 is a list of single values. Each value is one record.</source>
        <translation>Het bestand %1 is een lijst van losse waarden. Elke waarde is één regel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list of single values, like labels. Each value is one record.</source>
        <translation>"%1" is een lijst van losse waarden, zoals labels. Elke waarde is één regel.</translation>
    </message>
    <message>
        <source>The file %1 is a list of lists. Each inner list is one record. Its columns are numbered 1, 2, 3.</source>
        <translation>Het bestand %1 is een lijst van lijsten. Elke lijst daarin is één regel. De kolommen hebben de nummers 1, 2, 3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list of lists. Each inner list is one record. Its columns are numbered 1, 2, 3.</source>
        <translation>"%1" is een lijst van lijsten. Elke lijst daarin is één regel. De kolommen hebben de nummers 1, 2, 3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one part of the file, like an account. It is one record. Lists and parts inside it are fields of that record.</source>
        <translation>"%1" is één deel van het bestand, zoals een account. Het is één regel. Lijsten en delen erin zijn velden van die regel.</translation>
    </message>
    <message>
        <source>The file %1 is one object with values of its own, like a profile. It is one record. Lists and parts inside it are fields of that record.</source>
        <translation>Het bestand %1 is één geheel met eigen waarden, zoals een profiel. Het is één regel. Lijsten en delen erin zijn velden van die regel.</translation>
    </message>
    <message>
        <source>The file %1 holds lists and also values of its own. Those values together are one record.</source>
        <translation>Het bestand %1 bevat lijsten en ook eigen waarden. Die waarden samen zijn één regel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds lists and also values of its own. Those values together are one record.</source>
        <translation>"%1" bevat lijsten en ook eigen waarden. Die waarden samen zijn één regel.</translation>
    </message>
    <message>
        <source>These are details about the export itself, like its date or version. Roer keeps them apart, as one record.</source>
        <translation>Dit zijn gegevens over de export zelf, zoals de datum of versie. Roer houdt ze apart, als één regel.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Roer reminds you until you have checked the new code.</source>
        <translation>Roer herinnert je eraan tot je de nieuwe code hebt gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>RecoveryReminder</name>
    <message>
        <source>You have not checked your recovery code yet. Without it you can lose your data.</source>
        <translation>Je hebt je herstelcode nog niet gecontroleerd. Zonder die code kun je je gegevens kwijtraken.</translation>
    </message>
    <message>
        <source>Make a new recovery code…</source>
        <translation>Maak een nieuwe herstelcode…</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
</context>
<context>
    <name>Refresh</name>
    <message>
        <source>Roer is no longer linked to your account at this retailer. Please link it again.</source>
        <translation>Roer is niet meer gekoppeld aan je account bij deze winkel. Koppel het opnieuw.</translation>
    </message>
    <message>
        <source>Roer is already fetching your data.</source>
        <translation>Roer haalt je gegevens al op.</translation>
    </message>
    <message>
        <source>This retailer has no Roer connection. Ask them for your data and import the file.</source>
        <translation>Deze winkel heeft geen koppeling met Roer. Vraag je gegevens op en importeer het bestand.</translation>
    </message>
    <message>
        <source>Link your account at this retailer first.</source>
        <translation>Koppel eerst je account bij deze winkel.</translation>
    </message>
    <message>
        <source>Roer could not get your data from the retailer. Please try again later.</source>
        <translation>Roer kon je gegevens niet ophalen bij de winkel. Probeer het later nog eens.</translation>
    </message>
    <message>
        <source>The retailer sent something that is not a copy of your data. Nothing was stored.</source>
        <translation>De winkel stuurde iets dat geen kopie van je gegevens is. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The retailer is still preparing your data. Please try again later.</source>
        <translation>De winkel is je gegevens nog aan het klaarzetten. Probeer het later nog eens.</translation>
    </message>
    <message>
        <source>The retailer has no data about you. Nothing was stored.</source>
        <translation>De winkel heeft geen gegevens over jou. Er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RefreshDialog</name>
    <message>
        <source>Refresh my data from %1</source>
        <translation>Mijn gegevens van %1 vernieuwen</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Voortgang van het vernieuwen</translation>
    </message>
    <message>
        <source>Roer is asking %1 for a copy of your data…</source>
        <translation>Roer vraagt %1 om een kopie van je gegevens…</translation>
    </message>
    <message>
        <source>Roer is storing your data in your vault…</source>
        <translation>Roer bewaart je gegevens in je kluis…</translation>
    </message>
    <message>
        <source>Roer did not get new data from %1. Your vault is unchanged.</source>
        <translation>Roer kreeg geen nieuwe gegevens van %1. Je kluis is niet veranderd.</translation>
    </message>
    <message>
        <source>Your data at %1 has not changed since the last time. Nothing was added.</source>
        <translation>Je gegevens bij %1 zijn niet veranderd sinds de vorige keer. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Your new data from %1 is in your vault. See it under My data.</source>
        <translation>Je nieuwe gegevens van %1 staan in je kluis. Je ziet ze onder Mijn gegevens.</translation>
    </message>
</context>
<context>
    <name>RequestAgendaCard</name>
    <message>
        <source>Your requests</source>
        <translation>Je verzoeken</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the request to %1</source>
        <translation>Open het verzoek aan %1</translation>
    </message>
</context>
<context>
    <name>RequestLetterDialog</name>
    <message>
        <source>Reminder to %1</source>
        <translation>Herinnering aan %1</translation>
    </message>
    <message>
        <source>Letter to %1</source>
        <translation>Brief aan %1</translation>
    </message>
    <message>
        <source>The answer is late. Send this reminder the same way you sent your request. Keep a copy: you need it if you complain to the AP later.</source>
        <translation>Het antwoord is te laat. Stuur deze herinnering op dezelfde manier als je verzoek. Bewaar een kopie: die heb je nodig als je later klaagt bij de AP.</translation>
    </message>
    <message>
        <source>Send this letter or e-mail yourself. Check your details first. Then tell Roer that you sent it, so Roer can watch the deadline.</source>
        <translation>Verstuur deze brief of e-mail zelf. Kijk eerst of je gegevens kloppen. Laat Roer daarna weten dat je hem verstuurde. Dan let Roer op de termijn.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Text of the letter:</source>
        <translation>Te&amp;kst van de brief:</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Tekst van de brief</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Open in &amp;e-mail</source>
        <translation>Open in &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation>Ik heb het ver&amp;stuurd…</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Post: %1</source>
        <translation>Post: %1</translation>
    </message>
    <message>
        <source>Roer has no address of this shop. Look on their website.</source>
        <translation>Roer heeft geen adres van deze winkel. Kijk op hun website.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Sla de brief op als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved. Print it, or add it to an e-mail.</source>
        <translation>Opgeslagen. Druk hem af, of voeg hem toe aan een e-mail.</translation>
    </message>
    <message>
        <source>Roer could not open your e-mail program. Use Copy, and paste the text into an e-mail.</source>
        <translation>Roer kon je e-mailprogramma niet openen. Kies Kopiëren en plak de tekst in een e-mail.</translation>
    </message>
    <message>
        <source>Your e-mail program has the start of the letter. Roer copied the rest: paste it where the e-mail says so.</source>
        <translation>Je e-mailprogramma heeft het begin van de brief. Roer kopieerde de rest: plak die waar de e-mail dat zegt.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into an e-mail or a form on their website.</source>
        <translation>Gekopieerd. Plak het in een e-mail of in een formulier op hun website.</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>Why they use your data</source>
        <translation>Waarvoor ze je gegevens gebruiken</translation>
    </message>
    <message>
        <source>What kinds of data they have</source>
        <translation>Welke soorten gegevens ze hebben</translation>
    </message>
    <message>
        <source>Who gets your data</source>
        <translation>Wie je gegevens krijgt</translation>
    </message>
    <message>
        <source>How long they keep it</source>
        <translation>Hoe lang ze het bewaren</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Je rechten</translation>
    </message>
    <message>
        <source>Where you can complain</source>
        <translation>Waar je kunt klagen</translation>
    </message>
    <message>
        <source>Where they got your data</source>
        <translation>Waar ze je gegevens vandaan hebben</translation>
    </message>
    <message>
        <source>Decisions by computer, and profiles</source>
        <translation>Besluiten door een computer, en profielen</translation>
    </message>
    <message>
        <source>Outside the EU</source>
        <translation>Buiten de EU</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Over: %1</translation>
    </message>
    <message>
        <source>About: all your data.</source>
        <translation>Over: al je gegevens.</translation>
    </message>
    <message>
        <source>You say no to advertising aimed at you.</source>
        <translation>Je zegt nee tegen reclame die op jou gericht is.</translation>
    </message>
    <message>
        <source>You say no to a profile they make of you.</source>
        <translation>Je zegt nee tegen een profiel dat ze van je maken.</translation>
    </message>
    <message>
        <source>Wrong now: %1</source>
        <translation>Nu fout: %1</translation>
    </message>
    <message>
        <source>Should be: %1</source>
        <translation>Moet zijn: %1</translation>
    </message>
    <message>
        <source>Your reason: %1</source>
        <translation>Je reden: %1</translation>
    </message>
    <message>
        <source>Your customer number: %1</source>
        <translation>Je klantnummer: %1</translation>
    </message>
    <message>
        <source>Sent through the shop&apos;s link with Roer.</source>
        <translation>Verstuurd via de koppeling van de winkel met Roer.</translation>
    </message>
    <message>
        <source>A letter in %1.</source>
        <translation>Een brief in het %1.</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>You made the request.</source>
        <translation>Je maakte het verzoek.</translation>
    </message>
    <message>
        <source>You sent it %1.</source>
        <translation>Je verstuurde het %1.</translation>
    </message>
    <message>
        <source>Roer sent it through the shop&apos;s link. The shop has it.</source>
        <translation>Roer verstuurde het via de koppeling van de winkel. De winkel heeft het.</translation>
    </message>
    <message>
        <source>The shop confirmed it has your request.</source>
        <translation>De winkel bevestigde dat hij je verzoek heeft.</translation>
    </message>
    <message>
        <source>The shop is working on it.</source>
        <translation>De winkel werkt eraan.</translation>
    </message>
    <message>
        <source>The shop needs more time, until %1.</source>
        <translation>De winkel heeft meer tijd nodig, tot %1.</translation>
    </message>
    <message>
        <source>That does not count: it had to say so within the first month.</source>
        <translation>Dat telt niet: dat moest hij binnen de eerste maand zeggen.</translation>
    </message>
    <message>
        <source>The shop says it is done.</source>
        <translation>De winkel zegt dat het klaar is.</translation>
    </message>
    <message>
        <source>The shop refused.</source>
        <translation>De winkel weigerde.</translation>
    </message>
    <message>
        <source>Roer stored the copy of your data.</source>
        <translation>Roer bewaarde de kopie van je gegevens.</translation>
    </message>
    <message>
        <source>You made a reminder.</source>
        <translation>Je maakte een herinnering.</translation>
    </message>
    <message>
        <source>You made a complaint to the AP.</source>
        <translation>Je maakte een klacht voor de AP.</translation>
    </message>
    <message>
        <source>You stopped the request.</source>
        <translation>Je stopte het verzoek.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Roer could not send it yet. %1</source>
        <translation>Roer kon het nog niet versturen. %1</translation>
    </message>
    <message>
        <source>The shop has a month from the day it gets your letter. Tell Roer when you sent it.</source>
        <translation>De winkel heeft een maand vanaf de dag dat je brief binnenkomt. Laat Roer weten wanneer je hem verstuurde.</translation>
    </message>
    <message>
        <source>What you asked</source>
        <translation>Wat je vroeg</translation>
    </message>
    <message>
        <source>Their reason: %1</source>
        <translation>Hun reden: %1</translation>
    </message>
    <message>
        <source>What the shop told you:</source>
        <translation>Wat de winkel je vertelde:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Show the &amp;letter</source>
        <translation>Toon de &amp;brief</translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation>Ik heb het ver&amp;stuurd…</translation>
    </message>
    <message>
        <source>The shop ans&amp;wered…</source>
        <translation>De winkel ant&amp;woordde…</translation>
    </message>
    <message>
        <source>Chec&amp;k for an answer</source>
        <translation>&amp;Kijk of er antwoord is</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Probeer opnieuw</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Zet in je a&amp;genda…</translation>
    </message>
    <message>
        <source>&amp;Reminder…</source>
        <translation>&amp;Herinnering…</translation>
    </message>
    <message>
        <source>Complaint to the &amp;AP…</source>
        <translation>Klacht bij de &amp;AP…</translation>
    </message>
    <message>
        <source>See the cop&amp;y of your data</source>
        <translation>Bekijk de kop&amp;ie van je gegevens</translation>
    </message>
    <message>
        <source>St&amp;op this request…</source>
        <translation>St&amp;op dit verzoek…</translation>
    </message>
    <message>
        <source>You also withdraw every consent (permission) you gave them.</source>
        <translation>Je trekt ook elke toestemming in die je gaf.</translation>
    </message>
    <message>
        <source>You can send a reminder. Then you can complain to the AP (the Dutch data protection authority).</source>
        <translation>Je kunt een herinnering sturen. Daarna kun je klagen bij de AP (de Nederlandse privacytoezichthouder).</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>%1 must answer your request</source>
        <translation>%1 moet je verzoek beantwoorden</translation>
    </message>
    <message>
        <source>%1. Open Roer to see if %2 answered. If not, Roer helps you send a reminder.</source>
        <translation>%1. Open Roer om te zien of %2 antwoordde. Zo niet, dan helpt Roer je een herinnering te sturen.</translation>
    </message>
    <message>
        <source>Roer could not make this folder.</source>
        <translation>Roer kon deze map niet maken.</translation>
    </message>
    <message>
        <source>Roer could not save the complaint in this folder. Choose another folder.</source>
        <translation>Roer kon de klacht niet in deze map opslaan. Kies een andere map.</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>Nog %1 dagen</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>Nog 1 dag</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <source>%1 days left. The shop must answer by %2.</source>
        <translation>Nog %1 dagen. De winkel moet uiterlijk %2 antwoorden.</translation>
    </message>
    <message>
        <source>1 day left. The shop must answer by %1.</source>
        <translation>Nog 1 dag. De winkel moet uiterlijk %1 antwoorden.</translation>
    </message>
    <message>
        <source>The shop must answer today, %1.</source>
        <translation>De winkel moet vandaag antwoorden: %1.</translation>
    </message>
    <message>
        <source>1 day late. The shop had to answer by %1.</source>
        <translation>1 dag te laat. De winkel moest uiterlijk %1 antwoorden.</translation>
    </message>
    <message>
        <source>%1 days late. The shop had to answer by %2.</source>
        <translation>%1 dagen te laat. De winkel moest uiterlijk %2 antwoorden.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>You made a letter for %1 on %2. Did you send it? Tell Roer, so it can watch the deadline.</source>
        <translation>Je maakte op %2 een brief voor %1. Heb je hem verstuurd? Laat het Roer weten. Dan let Roer op de termijn.</translation>
    </message>
    <message>
        <source>Roer could not send your request to %1. %2</source>
        <translation>Roer kon je verzoek niet naar %1 sturen. %2</translation>
    </message>
    <message>
        <source>This part of the history cannot be read.</source>
        <translation>Dit deel van de geschiedenis is niet te lezen.</translation>
    </message>
    <message>
        <source>This part of the history was changed after it was made.</source>
        <translation>Dit deel van de geschiedenis is later veranderd.</translation>
    </message>
    <message>
        <source>This part of the history does not match its place.</source>
        <translation>Dit deel van de geschiedenis past niet op zijn plek.</translation>
    </message>
    <message>
        <source>A part of the history before this one is missing or was moved.</source>
        <translation>Een eerder deel van de geschiedenis ontbreekt of is verplaatst.</translation>
    </message>
    <message>
        <source>The newest part of the history of this request is missing.</source>
        <translation>Het nieuwste deel van de geschiedenis van dit verzoek ontbreekt.</translation>
    </message>
    <message>
        <source>The shop&apos;s answer about your request was not what Roer expected. Nothing was changed.</source>
        <translation>Het antwoord van de winkel over je verzoek was niet wat Roer verwachtte. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>A copy of your data</source>
        <translation>Een kopie van je gegevens</translation>
    </message>
    <message>
        <source>Erase your data</source>
        <translation>Je gegevens laten wissen</translation>
    </message>
    <message>
        <source>Stop a use of your data</source>
        <translation>Een gebruik van je gegevens stoppen</translation>
    </message>
    <message>
        <source>Correct your data</source>
        <translation>Je gegevens laten verbeteren</translation>
    </message>
    <message>
        <source>Pause the use of your data</source>
        <translation>Het gebruik van je gegevens pauzeren</translation>
    </message>
    <message>
        <source>Your data in a file to take along</source>
        <translation>Je gegevens in een bestand om mee te nemen</translation>
    </message>
    <message>
        <source>Ask what they know about you. You get a copy of your data. They also tell you why they keep it, for how long and who gets it (Article 15).</source>
        <translation>Vraag wat ze over je weten. Je krijgt een kopie van je gegevens. Ze vertellen ook waarom ze die bewaren, hoe lang en wie ze krijgt (artikel 15).</translation>
    </message>
    <message>
        <source>Ask them to delete your data (Article 17). Some data they must keep by law, such as invoices.</source>
        <translation>Vraag ze je gegevens te wissen (artikel 17). Sommige gegevens moeten ze bewaren van de wet, zoals facturen.</translation>
    </message>
    <message>
        <source>Say no to advertising, or to a profile they make of you (Article 21). For advertising they must always stop.</source>
        <translation>Zeg nee tegen reclame, of tegen een profiel dat ze van je maken (artikel 21). Met reclame moeten ze altijd stoppen.</translation>
    </message>
    <message>
        <source>Ask them to fix data that is wrong or not complete (Article 16).</source>
        <translation>Vraag ze gegevens te verbeteren die niet kloppen of niet compleet zijn (artikel 16).</translation>
    </message>
    <message>
        <source>Ask them to keep your data but not use it for a while. For example while they check if it is right (Article 18).</source>
        <translation>Vraag ze je gegevens te bewaren, maar een tijd niet te gebruiken. Bijvoorbeeld zolang ze nagaan of ze kloppen (artikel 18).</translation>
    </message>
    <message>
        <source>Get the data you gave them in a file that a computer can read. You can take it to another shop (Article 20).</source>
        <translation>Krijg de gegevens die je ze gaf in een bestand dat een computer kan lezen. Dat kun je meenemen naar een andere winkel (artikel 20).</translation>
    </message>
    <message>
        <source>On its way to the shop</source>
        <translation>Onderweg naar de winkel</translation>
    </message>
    <message>
        <source>Letter made, not sent yet</source>
        <translation>Brief gemaakt, nog niet verstuurd</translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation>Door jou verstuurd</translation>
    </message>
    <message>
        <source>Received by the shop</source>
        <translation>Ontvangen door de winkel</translation>
    </message>
    <message>
        <source>The shop is working on it</source>
        <translation>De winkel werkt eraan</translation>
    </message>
    <message>
        <source>The shop took more time</source>
        <translation>De winkel nam meer tijd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Refused by the shop</source>
        <translation>Geweigerd door de winkel</translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation>Door jou gestopt</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>per post</translation>
    </message>
    <message>
        <source>with a form on their website</source>
        <translation>met een formulier op hun website</translation>
    </message>
    <message>
        <source>through Roer</source>
        <translation>via Roer</translation>
    </message>
    <message>
        <source>Roer does not know this shop.</source>
        <translation>Roer kent deze winkel niet.</translation>
    </message>
    <message>
        <source>Say what is wrong, and what it should be.</source>
        <translation>Zeg wat er fout is, en wat het moet zijn.</translation>
    </message>
    <message>
        <source>Choose what you object to: advertising, a profile, or both.</source>
        <translation>Kies waartegen je bezwaar maakt: reclame, een profiel, of allebei.</translation>
    </message>
    <message>
        <source>A letter can be in Dutch or in English.</source>
        <translation>Een brief kan in het Nederlands of in het Engels.</translation>
    </message>
    <message>
        <source>Give at least the first 6 characters of the request.</source>
        <translation>Geef minstens de eerste 6 tekens van het verzoek.</translation>
    </message>
    <message>
        <source>Roer does not know this request.</source>
        <translation>Roer kent dit verzoek niet.</translation>
    </message>
    <message>
        <source>More than one request starts like this. Give more of it.</source>
        <translation>Meer dan één verzoek begint zo. Geef er meer van.</translation>
    </message>
    <message>
        <source>Roer sends this request through the shop&apos;s link. You do not have to send it.</source>
        <translation>Roer stuurt dit verzoek via de koppeling van de winkel. Je hoeft het niet zelf te versturen.</translation>
    </message>
    <message>
        <source>The shop already answered this request.</source>
        <translation>De winkel heeft dit verzoek al beantwoord.</translation>
    </message>
    <message>
        <source>The date you sent it cannot be in the future.</source>
        <translation>De datum waarop je het verstuurde kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The date you sent it cannot be before you made the request.</source>
        <translation>De datum kan niet voor de dag van je verzoek liggen.</translation>
    </message>
    <message>
        <source>This request is closed.</source>
        <translation>Dit verzoek is afgesloten.</translation>
    </message>
    <message>
        <source>Tell Roer first that you sent the request.</source>
        <translation>Laat Roer eerst weten dat je het verzoek verstuurde.</translation>
    </message>
    <message>
        <source>The shop has not finished this request yet.</source>
        <translation>De winkel is nog niet klaar met dit verzoek.</translation>
    </message>
    <message>
        <source>A reminder is only for a request that is late.</source>
        <translation>Een herinnering is alleen voor een verzoek dat te laat is.</translation>
    </message>
    <message>
        <source>A complaint is for a request that is late or was refused.</source>
        <translation>Een klacht is voor een verzoek dat te laat is of geweigerd werd.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Roer could not save the file. Choose another folder.</source>
        <translation>Roer kon het bestand niet opslaan. Kies een andere map.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Ask a shop what it knows about you. Or ask it to erase, correct or stop using your data. The shop must answer within a month. Roer watches the date.</source>
        <translation>Vraag een winkel wat hij over je weet. Of vraag hem je gegevens te wissen, te verbeteren of niet meer te gebruiken. De winkel moet binnen een maand antwoorden. Roer let op de datum.</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nieuw verzoek…</translation>
    </message>
    <message>
        <source>Save the &amp;history…</source>
        <translation>Sla de &amp;geschiedenis op…</translation>
    </message>
    <message>
        <source>Save the history of your requests as proof, with check codes.</source>
        <translation>Sla de geschiedenis van je verzoeken op als bewijs, met controlecodes.</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Je verzoeken</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Nog geen verzoeken</translation>
    </message>
    <message>
        <source>You have not asked a shop anything yet. You can ask for a copy of your data, or ask them to erase it. Roer writes the letter for you, or sends it through the shop&apos;s link.</source>
        <translation>Je hebt een winkel nog niets gevraagd. Je kunt een kopie van je gegevens vragen, of vragen ze te wissen. Roer schrijft de brief voor je, of stuurt hem via de koppeling van de winkel.</translation>
    </message>
    <message>
        <source>Make your first request…</source>
        <translation>Maak je eerste verzoek…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save a calendar reminder</source>
        <translation>Sla een herinnering voor je agenda op</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Termijn %1</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Roer could not read this request.</source>
        <translation>Roer kon dit verzoek niet lezen.</translation>
    </message>
    <message>
        <source>Stop this request?</source>
        <translation>Dit verzoek stoppen?</translation>
    </message>
    <message>
        <source>Roer stops watching this request. If the shop already has it, tell them yourself that you stopped it.</source>
        <translation>Roer let dan niet meer op dit verzoek. Heeft de winkel het al? Laat hem dan zelf weten dat je stopt.</translation>
    </message>
    <message>
        <source>Stop the request</source>
        <translation>Stop het verzoek</translation>
    </message>
    <message>
        <source>Save the history of your requests</source>
        <translation>Sla de geschiedenis van je verzoeken op</translation>
    </message>
    <message>
        <source>Roer requests history.json</source>
        <translation>Roer geschiedenis verzoeken.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Roer could not read the history.</source>
        <translation>Roer kon de geschiedenis niet lezen.</translation>
    </message>
</context>
<context>
    <name>RetailerApi</name>
    <message>
        <source>The retailer&apos;s answer was not what Roer expected.</source>
        <translation>Het antwoord van de winkel was niet wat Roer verwachtte.</translation>
    </message>
    <message>
        <source>The retailer needs this for your order, so it did not accept the change.</source>
        <translation>De winkel heeft dit nodig voor je bestelling. Daarom nam de winkel de wijziging niet aan.</translation>
    </message>
    <message>
        <source>The retailer does not use this channel for this purpose.</source>
        <translation>De winkel gebruikt deze manier van contact niet voor dit doel.</translation>
    </message>
    <message>
        <source>The retailer does not know this purpose any more.</source>
        <translation>De winkel kent dit doel niet meer.</translation>
    </message>
    <message>
        <source>The retailer has this decision already, but with other details.</source>
        <translation>De winkel heeft deze keuze al, maar met andere gegevens.</translation>
    </message>
    <message>
        <source>Roer is no longer linked to your account at this retailer. Please link it again.</source>
        <translation>Roer is niet meer gekoppeld aan je account bij deze winkel. Koppel het opnieuw.</translation>
    </message>
    <message>
        <source>The retailer sent Roer to another address. Roer did not follow it.</source>
        <translation>De winkel stuurde Roer naar een ander adres. Roer is daar niet heen gegaan.</translation>
    </message>
    <message>
        <source>The retailer is busy. Roer will try again later.</source>
        <translation>De winkel is druk. Roer probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>The retailer has a problem. Roer will try again later.</source>
        <translation>De winkel heeft een storing. Roer probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>The retailer could not process this decision.</source>
        <translation>De winkel kon deze keuze niet verwerken.</translation>
    </message>
    <message>
        <source>This is not a web address Roer can use.</source>
        <translation>Dit is geen webadres dat Roer kan gebruiken.</translation>
    </message>
    <message>
        <source>This address is not secure. Roer only connects to retailers over HTTPS.</source>
        <translation>Dit adres is niet veilig. Roer maakt alleen via HTTPS contact met winkels.</translation>
    </message>
    <message>
        <source>The retailer&apos;s connection could not be checked as safe. Roer did not send anything.</source>
        <translation>Roer kon niet controleren of de verbinding met de winkel veilig is. Roer heeft niets verstuurd.</translation>
    </message>
    <message>
        <source>The retailer did not answer in time.</source>
        <translation>De winkel antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>Roer could not reach the retailer. Check your internet connection.</source>
        <translation>Roer kon de winkel niet bereiken. Controleer je internetverbinding.</translation>
    </message>
    <message>
        <source>The retailer&apos;s settings point to another website. Roer does not trust them.</source>
        <translation>De instellingen van de winkel wijzen naar een andere website. Roer vertrouwt ze niet.</translation>
    </message>
    <message>
        <source>The retailer did not accept the link. Please try linking again.</source>
        <translation>De winkel nam de koppeling niet aan. Probeer opnieuw te koppelen.</translation>
    </message>
    <message>
        <source>The retailer&apos;s answer is too large. Roer did not store it.</source>
        <translation>Het antwoord van de winkel is te groot. Roer heeft het niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RetailerExplainer</name>
    <message>
        <source>Explaining was stopped.</source>
        <translation>Het uitleggen is gestopt.</translation>
    </message>
</context>
<context>
    <name>Retailers</name>
    <message>
        <source>The list of known retailers is missing.</source>
        <translation>De lijst met bekende winkels ontbreekt.</translation>
    </message>
    <message>
        <source>The list of known retailers is damaged.</source>
        <translation>De lijst met bekende winkels is beschadigd.</translation>
    </message>
    <message>
        <source>Please give the retailer a name.</source>
        <translation>Geef de winkel een naam.</translation>
    </message>
    <message>
        <source>This name is too long.</source>
        <translation>Deze naam is te lang.</translation>
    </message>
    <message>
        <source>You already have a retailer with this name.</source>
        <translation>Je hebt al een winkel met deze naam.</translation>
    </message>
    <message>
        <source>This retailer does not exist.</source>
        <translation>Deze winkel bestaat niet.</translation>
    </message>
</context>
<context>
    <name>RetailersPage</name>
    <message>
        <source>Retailers</source>
        <translation>Winkels</translation>
    </message>
    <message>
        <source>The shops that have data about you. Ask a shop for your data, then import the file they send you.</source>
        <translation>De winkels die gegevens over je hebben. Vraag een winkel om je gegevens. Importeer dan het bestand dat je krijgt.</translation>
    </message>
    <message>
        <source>&amp;Add retailer…</source>
        <translation>Winkel &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Import a data export…</source>
        <translation>Gegevensbestand &amp;importeren…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>No shops yet</source>
        <translation>Nog geen winkels</translation>
    </message>
    <message>
        <source>Add a shop, then import the data file they sent you. Roer keeps it encrypted on this computer and explains it in plain words.</source>
        <translation>Voeg een winkel toe. Importeer dan het bestand dat de winkel je stuurde. Roer bewaart het versleuteld op deze computer en legt het in gewone woorden uit.</translation>
    </message>
    <message>
        <source>Add your first shop…</source>
        <translation>Je eerste winkel toevoegen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation>Privacy-e-mail</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Laatste import</translation>
    </message>
    <message>
        <source>Your retailers</source>
        <translation>Je winkels</translation>
    </message>
    <message>
        <source>Tip: drag the files from a shop onto this page to import them for the selected shop.</source>
        <translation>Tip: sleep de bestanden van een winkel naar deze pagina. Roer importeert ze dan voor de gekozen winkel.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>%1 was added. Now import the data file they sent you.</source>
        <translation>%1 is toegevoegd. Importeer nu het bestand dat de winkel je stuurde.</translation>
    </message>
    <message>
        <source>Rename retailer</source>
        <translation>Naam van winkel wijzigen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Nieuwe naam voor %1:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>Remove %1 from Roer?

Roer deletes all data you imported from %1 from your vault, and the corrections you made. You cannot undo this.

%1 itself keeps its own copy. To have that deleted, send the shop a request.</source>
        <translation>%1 uit Roer verwijderen?

Roer wist alle gegevens die je van %1 hebt geïmporteerd uit je kluis. Ook je correcties worden gewist. Je kunt dit niet terugdraaien.

%1 houdt zelf een eigen kopie. Wil je die laten wissen? Stuur de winkel dan een verzoek.</translation>
    </message>
    <message>
        <source>Remove and delete data</source>
        <translation>Verwijderen en gegevens wissen</translation>
    </message>
    <message>
        <source>%1 and all its data were removed from Roer.</source>
        <translation>%1 en alle gegevens ervan zijn uit Roer verwijderd.</translation>
    </message>
    <message>
        <source>New data from %1 is in your vault. See it under My data.</source>
        <translation>Nieuwe gegevens van %1 staan in je kluis. Bekijk ze bij Mijn gegevens.</translation>
    </message>
    <message>
        <source>&amp;Link account…</source>
        <translation>Account &amp;koppelen…</translation>
    </message>
    <message>
        <source>Sign in at the shop. Then Roer can fetch your data and send your choices.</source>
        <translation>Log in bij de winkel. Dan kan Roer je gegevens ophalen en je keuzes sturen.</translation>
    </message>
    <message>
        <source>Stop linking</source>
        <translation>Stop met koppelen</translation>
    </message>
    <message>
        <source>Un&amp;link…</source>
        <translation>&amp;Ontkoppelen…</translation>
    </message>
    <message>
        <source>Roer stops talking to this shop for you. Your choices and history stay.</source>
        <translation>Roer praat dan niet meer met deze winkel voor jou. Je keuzes en geschiedenis blijven.</translation>
    </message>
    <message>
        <source>Refresh my &amp;data</source>
        <translation>Mijn &amp;gegevens vernieuwen</translation>
    </message>
    <message>
        <source>Fetch a new copy of your data from this shop.</source>
        <translation>Haal een nieuwe kopie van je gegevens op bij deze winkel.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>No Roer link</source>
        <translation>Geen Roer-koppeling</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>Your browser opens the sign-in page of %1. Sign in there and allow Roer. Then come back here.</source>
        <translation>Je browser opent de inlogpagina van %1. Log daar in en geef Roer toestemming. Kom daarna hier terug.</translation>
    </message>
    <message>
        <source>Linking your account did not work. %1</source>
        <translation>Je account koppelen is niet gelukt. %1</translation>
    </message>
    <message>
        <source>Your account at %1 is linked. You can now refresh your data.</source>
        <translation>Je account bij %1 is gekoppeld. Je kunt nu je gegevens vernieuwen.</translation>
    </message>
    <message>
        <source>Linking stopped. Nothing was changed.</source>
        <translation>Koppelen gestopt. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Unlink %1?</source>
        <translation>%1 ontkoppelen?</translation>
    </message>
    <message>
        <source>Unlink your account at %1?

Roer removes its sign-in from this computer. It can then no longer fetch your data or send your choices to %1 directly.

Your choices, their history and the data you already have stay in your vault. You can link again at any time.</source>
        <translation>Je account bij %1 ontkoppelen?

Roer haalt zijn inlog weg van deze computer. Roer kan dan geen gegevens meer ophalen en geen keuzes meer direct naar %1 sturen.

Je keuzes, hun geschiedenis en je gegevens blijven in je kluis. Je kunt altijd opnieuw koppelen.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <source>Your account at %1 is no longer linked.</source>
        <translation>Je account bij %1 is niet meer gekoppeld.</translation>
    </message>
    <message>
        <source>All imp&amp;orts…</source>
        <translation>&amp;Alle imports…</translation>
    </message>
    <message>
        <source>See every import of this shop&apos;s data, and delete a wrong one.</source>
        <translation>Zie elke import van de gegevens van deze winkel. Wis een verkeerde.</translation>
    </message>
    <message>
        <source>The import was deleted.</source>
        <translation>De import is gewist.</translation>
    </message>
</context>
<context>
    <name>SearchIndexNote</name>
    <message>
        <source>Roer is still preparing the search. Some of your data is not found yet.</source>
        <translation>Roer is het zoeken nog aan het voorbereiden. Een deel van je gegevens wordt nog niet gevonden.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Lock &amp;Roer after:</source>
        <translation>&amp;Roer vergrendelen na:</translation>
    </message>
    <message>
        <source>1 minute without use</source>
        <translation>1 minuut niet gebruikt</translation>
    </message>
    <message>
        <source>%1 minutes without use</source>
        <translation>%1 minuten niet gebruikt</translation>
    </message>
    <message>
        <source>When Roer is locked, nobody can see your data without unlocking it first.</source>
        <translation>Als Roer vergrendeld is, kan niemand je gegevens zien zonder Roer eerst te ontgrendelen.</translation>
    </message>
    <message>
        <source>Your vault</source>
        <translation>Je kluis</translation>
    </message>
    <message>
        <source>Your data is kept, encrypted, in this &amp;folder:</source>
        <translation>Je gegevens staan versleuteld in deze &amp;map:</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <source>How Roer is unlocked</source>
        <translation>Hoe Roer ontgrendeld wordt</translation>
    </message>
    <message>
        <source>Roer is unlocked with the password store of this computer.</source>
        <translation>Roer wordt ontgrendeld met de wachtwoordopslag van deze computer.</translation>
    </message>
    <message>
        <source>Roer is unlocked with your passphrase.</source>
        <translation>Roer wordt ontgrendeld met je wachtwoordzin.</translation>
    </message>
    <message>
        <source>Use a passphrase instead…</source>
        <translation>Een wachtwoordzin gebruiken…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Use the password store instead</source>
        <translation>De wachtwoordopslag gebruiken</translation>
    </message>
    <message>
        <source>Done. From now on you open Roer with your new passphrase.</source>
        <translation>Klaar. Vanaf nu open je Roer met je nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>Saving the key in the password store of this computer…</source>
        <translation>De sleutel wordt in de wachtwoordopslag van deze computer bewaard…</translation>
    </message>
    <message>
        <source>Done. Roer now uses the password store of this computer.</source>
        <translation>Klaar. Roer gebruikt nu de wachtwoordopslag van deze computer.</translation>
    </message>
    <message>
        <source>The password store of this computer cannot be used right now. Your passphrase still works.</source>
        <translation>De wachtwoordopslag van deze computer werkt nu niet. Je wachtwoordzin werkt nog steeds.</translation>
    </message>
    <message>
        <source>You opened Roer with your recovery code. If you forgot your passphrase, choose a new one here.</source>
        <translation>Je hebt Roer geopend met je herstelcode. Ben je je wachtwoordzin vergeten? Kies hier dan een nieuwe.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>With your recovery code you can always open your data. Lost it? Make a new one. The old code then stops working.</source>
        <translation>Met je herstelcode kun je je gegevens altijd openen. Kwijt? Maak een nieuwe. De oude code werkt dan niet meer.</translation>
    </message>
    <message>
        <source>You have not checked your recovery code yet. Without it you can lose your data. Make a new code and write it down.</source>
        <translation>Je hebt je herstelcode nog niet gecontroleerd. Zonder die code kun je je gegevens kwijtraken. Maak een nieuwe code en schrijf hem op.</translation>
    </message>
    <message>
        <source>Make a new recovery code…</source>
        <translation>Maak een nieuwe herstelcode…</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <source>Your old recovery code will stop working. Make a new one?</source>
        <translation>Je oude herstelcode werkt dan niet meer. Wil je een nieuwe maken?</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Maak een nieuwe code</translation>
    </message>
    <message>
        <source>Done. Keep your new recovery code in a safe place.</source>
        <translation>Klaar. Bewaar je nieuwe herstelcode op een veilige plek.</translation>
    </message>
    <message>
        <source>Put the key back in the password store</source>
        <translation>Zet de sleutel terug in de wachtwoordopslag</translation>
    </message>
    <message>
        <source>The password store of this computer cannot be used right now. Choose a passphrase, or try again later.</source>
        <translation>De wachtwoordopslag van deze computer werkt nu niet. Kies een wachtwoordzin, of probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>You opened Roer with your recovery code, because the password store did not give the key. Put the key back in the password store, or choose a passphrase.</source>
        <translation>Je hebt Roer geopend met je herstelcode, omdat de wachtwoordopslag de sleutel niet gaf. Zet de sleutel terug in de wachtwoordopslag, of kies een wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>SetupIntroPage</name>
    <message>
        <source>Your data, your choice</source>
        <translation>Jouw gegevens, jouw keuze</translation>
    </message>
    <message>
        <source>What Roer does</source>
        <translation>Wat Roer doet</translation>
    </message>
    <message>
        <source>It keeps a copy of the data that shops have about you.</source>
        <translation>Roer bewaart een kopie van de gegevens die winkels over je hebben.</translation>
    </message>
    <message>
        <source>It explains that data in plain words.</source>
        <translation>Roer legt die gegevens uit in gewone woorden.</translation>
    </message>
    <message>
        <source>It sends your choices to shops, but only when you ask it to.</source>
        <translation>Roer stuurt je keuzes naar winkels, maar alleen als jij dat vraagt.</translation>
    </message>
    <message>
        <source>What Roer never does</source>
        <translation>Wat Roer nooit doet</translation>
    </message>
    <message>
        <source>It never sends anything anywhere unless you ask it to.</source>
        <translation>Roer stuurt nooit iets ergens heen als jij dat niet vraagt.</translation>
    </message>
    <message>
        <source>It does not track you and does not collect statistics.</source>
        <translation>Roer volgt je niet en verzamelt geen statistieken.</translation>
    </message>
    <message>
        <source>Your data stays on this computer, locked with a secret key (encrypted).</source>
        <translation>Je gegevens blijven op deze computer, op slot met een geheime sleutel (versleuteld).</translation>
    </message>
</context>
<context>
    <name>SetupLanguagePage</name>
    <message>
        <source>Welcome to Roer</source>
        <translation>Welkom bij Roer</translation>
    </message>
    <message>
        <source>Roer helps you see what shops know about you. You decide what they may do with your data.</source>
        <translation>Roer laat je zien wat winkels over je weten. Jij bepaalt wat ze met je gegevens mogen doen.</translation>
    </message>
</context>
<context>
    <name>SetupRecoveryPage</name>
    <message>
        <source>Write down your recovery code</source>
        <translation>Schrijf je herstelcode op</translation>
    </message>
    <message>
        <source>With this code you can always open your data, even if you lose your passphrase or your computer&apos;s password store. Roer shows it only once. Keep it on paper, in a safe place.</source>
        <translation>Met deze code kun je je gegevens altijd openen, ook als je je wachtwoordzin of de wachtwoordopslag van je computer kwijtraakt. Roer laat de code maar één keer zien. Bewaar hem op papier, op een veilige plek.</translation>
    </message>
    <message>
        <source>Your recovery code:</source>
        <translation>Je herstelcode:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Roer empties the clipboard again after two minutes.</source>
        <translation>Roer maakt het klembord na twee minuten weer leeg.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Copied. Roer empties the clipboard again after two minutes.</source>
        <translation>Gekopieerd. Roer maakt het klembord na twee minuten weer leeg.</translation>
    </message>
    <message>
        <source>Print your recovery code</source>
        <translation>Je herstelcode afdrukken</translation>
    </message>
    <message>
        <source>Roer recovery code</source>
        <translation>Herstelcode voor Roer</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Afgedrukt op %1.</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>Dat klopt.</translation>
    </message>
    <message>
        <source>The recovery code, typed again</source>
        <translation>De herstelcode, nog een keer getypt</translation>
    </message>
    <message>
        <source>Type all 8 groups. Small letters and no dashes are fine.</source>
        <translation>Typ alle 8 groepen. Kleine letters en geen streepjes mag ook.</translation>
    </message>
    <message>
        <source>That is not the code yet. Look again at each group.</source>
        <translation>Dat is de code nog niet. Kijk nog eens naar elke groep.</translation>
    </message>
    <message>
        <source>To check that you wrote it down, type the whole code a&amp;gain:</source>
        <translation>Typ de hele &amp;code nog een keer. Zo weet je zeker dat je hem goed opschreef:</translation>
    </message>
</context>
<context>
    <name>SetupUnlockPage</name>
    <message>
        <source>How do you want to unlock Roer?</source>
        <translation>Hoe wil je Roer ontgrendelen?</translation>
    </message>
    <message>
        <source>Roer locks your data with a secret key. Choose where that key is kept.</source>
        <translation>Roer zet je gegevens op slot met een geheime sleutel. Kies waar die sleutel bewaard wordt.</translation>
    </message>
    <message>
        <source>With the password store of this computer (recommended)</source>
        <translation>Met de wachtwoordopslag van deze computer (aangeraden)</translation>
    </message>
    <message>
        <source>Your computer keeps the key safe for you. You only need to log in to your computer.</source>
        <translation>Je computer bewaart de sleutel veilig voor je. Je hoeft alleen in te loggen op je computer.</translation>
    </message>
    <message>
        <source>With a passphrase that I choose</source>
        <translation>Met een wachtwoordzin die ik zelf kies</translation>
    </message>
    <message>
        <source>You type it each time you open Roer. Nobody can get it back for you if you forget it.</source>
        <translation>Je typt hem elke keer als je Roer opent. Vergeet je hem, dan kan niemand hem voor je terughalen.</translation>
    </message>
    <message>
        <source>The password store of this computer cannot be used right now. Please choose a passphrase instead.</source>
        <translation>De wachtwoordopslag van deze computer werkt nu niet. Kies daarom een wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Je kluis wordt gemaakt…</translation>
    </message>
    <message>
        <source>Roer is making a locked place for your data on this computer. This can take a few seconds.</source>
        <translation>Roer maakt op deze computer een afgesloten plek voor je gegevens. Dit kan een paar seconden duren.</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Kluis maken</translation>
    </message>
    <message>
        <source>&amp;Start using Roer</source>
        <translation>&amp;Roer gaan gebruiken</translation>
    </message>
</context>
<context>
    <name>ShowPassphraseBox</name>
    <message>
        <source>Sho&amp;w passphrase</source>
        <translation>Wachtwoordzin &amp;laten zien</translation>
    </message>
</context>
<context>
    <name>SnapshotExplainer</name>
    <message>
        <source>Not recognised</source>
        <translation>Niet herkend</translation>
    </message>
    <message>
        <source>Roer does not know what this is. You can ask the shop:</source>
        <translation>Roer weet niet wat dit is. Je kunt het de winkel vragen:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What %1 knows about you</source>
        <translation>Wat %1 over je weet</translation>
    </message>
    <message>
        <source>You chose this yourself.</source>
        <translation>Dit heb je zelf gekozen.</translation>
    </message>
    <message>
        <source>This field is empty in every record. It holds nothing about you.</source>
        <translation>Dit veld is in elke regel leeg. Er staat niets over jou in.</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>SummaryButton</name>
    <message>
        <source>Summary to take &amp;home</source>
        <translation>Samenvatting voor &amp;thuis</translation>
    </message>
    <message>
        <source>Save or print what each shop has, what you chose and what is still open. Without your personal values.</source>
        <translation>Bewaar of print wat elke winkel heeft, wat je koos en wat nog openstaat. Zonder je persoonlijke gegevens.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rinten…</translation>
    </message>
    <message>
        <source>Roer is still explaining your data. Try again in a moment.</source>
        <translation>Roer legt je gegevens nog uit. Probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>Roer summary %1</source>
        <translation>Roer-samenvatting %1</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>De samenvatting opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved. Print it or keep it with your papers.</source>
        <translation>Opgeslagen. Print hem of bewaar hem bij je papieren.</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>What shops know about you, and what you decided</source>
        <translation>Wat winkels over je weten, en wat je besloot</translation>
    </message>
    <message>
        <source>Made with Roer on %1. It shows kinds of data, never the data itself.</source>
        <translation>Gemaakt met Roer op %1. Er staat in wat voor gegevens het zijn, nooit de gegevens zelf.</translation>
    </message>
    <message>
        <source>You have not added a shop to Roer yet.</source>
        <translation>Je hebt nog geen winkel aan Roer toegevoegd.</translation>
    </message>
    <message>
        <source>What the shop has about you</source>
        <translation>Wat de winkel over je heeft</translation>
    </message>
    <message>
        <source>Roer has no data from this shop yet.</source>
        <translation>Roer heeft nog geen gegevens van deze winkel.</translation>
    </message>
    <message>
        <source>Roer did not recognise the kinds of data yet.</source>
        <translation>Roer herkende nog niet wat voor gegevens het zijn.</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Je keuzes</translation>
    </message>
    <message>
        <source>Your open requests</source>
        <translation>Je open verzoeken</translation>
    </message>
    <message>
        <source>How to change this later</source>
        <translation>Zo verander je dit later</translation>
    </message>
    <message>
        <source>Open Roer. Go to Consents to change a choice. Roer sends your new choice to the shop.</source>
        <translation>Open Roer. Ga naar Toestemmingen om een keuze te veranderen. Roer stuurt je nieuwe keuze naar de winkel.</translation>
    </message>
    <message>
        <source>Go to Requests to ask a shop for a copy of your data, or to erase it. By law the shop must answer within one month.</source>
        <translation>Ga naar Verzoeken om een winkel om een kopie van je gegevens te vragen, of om ze te wissen. De wet zegt dat de winkel binnen een maand moet antwoorden.</translation>
    </message>
    <message>
        <source>You may change your mind at any time. A choice you take back counts from that moment.</source>
        <translation>Je mag altijd van gedachten veranderen. Een keuze die je terugneemt, telt vanaf dat moment.</translation>
    </message>
    <message>
        <source>You have not made a choice for this shop yet.</source>
        <translation>Je hebt voor deze winkel nog geen keuze gemaakt.</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Waarvoor</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Je keuze</translation>
    </message>
    <message>
        <source>Sent to the shop?</source>
        <translation>Naar de winkel gestuurd?</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Via: %1</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>Geen open verzoeken.</translation>
    </message>
    <message>
        <source>The answer was due on %1. The shop is late.</source>
        <translation>Het antwoord moest er op %1 zijn. De winkel is te laat.</translation>
    </message>
    <message>
        <source>The shop must answer by %1.</source>
        <translation>De winkel moet uiterlijk %1 antwoorden.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>That is not the right passphrase or code. Check for typing errors and Caps Lock, then try again.</source>
        <translation>Dat is niet de goede wachtwoordzin of code. Let op typfouten en Caps Lock, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Roer cannot reach the password store of this computer. Try again, or use your recovery code.</source>
        <translation>Roer kan de wachtwoordopslag van deze computer niet bereiken. Probeer het opnieuw, of gebruik je herstelcode.</translation>
    </message>
    <message>
        <source>Your data file seems to be damaged. Roer did not change it. Ask for help before you try anything else.</source>
        <translation>Je gegevensbestand lijkt beschadigd. Roer heeft het niet veranderd. Vraag om hulp voordat je iets anders probeert.</translation>
    </message>
    <message>
        <source>Roer could not open your data.</source>
        <translation>Roer kon je gegevens niet openen.</translation>
    </message>
    <message>
        <source>Roer is locked</source>
        <translation>Roer is vergrendeld</translation>
    </message>
    <message>
        <source>Your data is locked. The key is in the password store of this computer.</source>
        <translation>Je gegevens zijn op slot. De sleutel staat in de wachtwoordopslag van deze computer.</translation>
    </message>
    <message>
        <source>Your data is locked. Type your passphrase to open it.</source>
        <translation>Je gegevens zijn op slot. Typ je wachtwoordzin om ze te openen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you started using Roer. Dashes and spaces do not matter.</source>
        <translation>Typ de herstelcode die je hebt opgeschreven toen je met Roer begon. Streepjes en spaties maken niet uit.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Herstelcode:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Use the password store</source>
        <translation>De wachtwoordopslag gebruiken</translation>
    </message>
    <message>
        <source>Use my passphrase</source>
        <translation>Mijn wachtwoordzin gebruiken</translation>
    </message>
    <message>
        <source>Use recovery code</source>
        <translation>Herstelcode gebruiken</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Bezig met ontgrendelen…</translation>
    </message>
    <message>
        <source>Roer cannot find the key in the password store of this computer. Is the password store locked? Then unlock it and try again. Or use your recovery code.</source>
        <translation>Roer vindt de sleutel niet in de wachtwoordopslag van deze computer. Zit de wachtwoordopslag op slot? Maak hem dan open en probeer het opnieuw. Of gebruik je herstelcode.</translation>
    </message>
</context>
<context>
    <name>ValueKind</name>
    <message>
        <source>a name</source>
        <translation>een naam</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>een adres</translation>
    </message>
    <message>
        <source>a gender</source>
        <translation>een geslacht</translation>
    </message>
    <message>
        <source>a customer number or other code</source>
        <translation>een klantnummer of andere code</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>een plaats</translation>
    </message>
    <message>
        <source>a search</source>
        <translation>een zoekopdracht</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>een bericht</translation>
    </message>
    <message>
        <source>a health detail</source>
        <translation>een gegeven over je gezondheid</translation>
    </message>
    <message>
        <source>a way to pay</source>
        <translation>een manier van betalen</translation>
    </message>
    <message>
        <source>a payment card</source>
        <translation>een betaalkaart</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>een webadres</translation>
    </message>
    <message>
        <source>a way of moving</source>
        <translation>een manier van reizen</translation>
    </message>
    <message>
        <source>something you watched</source>
        <translation>iets wat je bekeek</translation>
    </message>
    <message>
        <source>a language</source>
        <translation>een taal</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>een leeg gegeven</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <source>a bank account number (IBAN)</source>
        <translation>een rekeningnummer (IBAN)</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>een betaalkaartnummer</translation>
    </message>
    <message>
        <source>a citizen service number (BSN)</source>
        <translation>een burgerservicenummer (BSN)</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>een telefoonnummer</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>een postcode</translation>
    </message>
    <message>
        <source>an internet address (IP address)</source>
        <translation>een internetadres (IP-adres)</translation>
    </message>
    <message>
        <source>a place on the map</source>
        <translation>een plek op de kaart</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>een geboortedatum</translation>
    </message>
    <message>
        <source>a date in %1</source>
        <translation>een datum in %1</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja of nee</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>een tekst</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault was made by a newer version of Roer. Please update Roer.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Roer. Werk Roer bij.</translation>
    </message>
    <message>
        <source>Roer could not update the vault.</source>
        <translation>Roer kon de kluis niet bijwerken.</translation>
    </message>
    <message>
        <source>The vault file is damaged.</source>
        <translation>Het kluisbestand is beschadigd.</translation>
    </message>
    <message>
        <source>Roer could not write to the disk. Is the disk full?</source>
        <translation>Roer kon niet naar de schijf schrijven. Is de schijf vol?</translation>
    </message>
    <message>
        <source>The vault could not save this change.</source>
        <translation>De kluis kon deze wijziging niet bewaren.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder.</source>
        <translation>Er staat al een kluis in deze map.</translation>
    </message>
    <message>
        <source>The vault file is missing.</source>
        <translation>Het kluisbestand ontbreekt.</translation>
    </message>
    <message>
        <source>Roer cannot open the vault file.</source>
        <translation>Roer kan het kluisbestand niet openen.</translation>
    </message>
    <message>
        <source>This Roer build has no encryption. Roer will not open your vault with it, to keep your data safe.</source>
        <translation>Deze versie van Roer heeft geen versleuteling. Roer opent je kluis er daarom niet mee. Zo blijven je gegevens veilig.</translation>
    </message>
    <message>
        <source>This key does not open the vault.</source>
        <translation>Deze sleutel opent de kluis niet.</translation>
    </message>
    <message>
        <source>The vault file is damaged. Roer has not changed it. Restore a backup of the vault folder.</source>
        <translation>Het kluisbestand is beschadigd. Roer heeft er niets aan veranderd. Zet een reservekopie van de kluismap terug.</translation>
    </message>
    <message>
        <source>Roer could not update the encryption of your vault. Your vault is unchanged.</source>
        <translation>Roer kon de versleuteling van je kluis niet bijwerken. Je kluis is niet veranderd.</translation>
    </message>
    <message>
        <source>The vault key has the wrong length.</source>
        <translation>De sleutel van de kluis heeft niet de goede lengte.</translation>
    </message>
    <message>
        <source>The vault key could not be applied.</source>
        <translation>Roer kon de sleutel van de kluis niet gebruiken.</translation>
    </message>
    <message>
        <source>This vault uses newer encryption than this Roer build supports. Please update Roer.</source>
        <translation>Deze kluis gebruikt nieuwere versleuteling dan deze versie van Roer kent. Werk Roer bij.</translation>
    </message>
    <message>
        <source>The vault settings file is damaged.</source>
        <translation>Het instellingenbestand van de kluis is beschadigd.</translation>
    </message>
</context>
<context>
    <name>VaultDescriptor</name>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Er staat geen kluis in deze map.</translation>
    </message>
    <message>
        <source>Roer cannot read the vault settings file.</source>
        <translation>Roer kan het instellingenbestand van de kluis niet lezen.</translation>
    </message>
    <message>
        <source>The vault settings file is damaged.</source>
        <translation>Het instellingenbestand van de kluis is beschadigd.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Roer. Please update Roer.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Roer. Werk Roer bij.</translation>
    </message>
    <message>
        <source>Roer could not save the vault settings file.</source>
        <translation>Roer kon het instellingenbestand van de kluis niet bewaren.</translation>
    </message>
</context>
<context>
    <name>VaultManager</name>
    <message>
        <source>Unlock the vault first.</source>
        <translation>Open eerst de kluis.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Kies een wachtwoordzin van minstens %1 tekens.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder.</source>
        <translation>Er staat al een kluis in deze map.</translation>
    </message>
    <message>
        <source>Roer cannot create the vault folder.</source>
        <translation>Roer kan de kluismap niet maken.</translation>
    </message>
    <message>
        <source>A recovery code has 8 groups of 4 letters and digits.</source>
        <translation>Een herstelcode heeft 8 groepjes van 4 letters en cijfers.</translation>
    </message>
    <message>
        <source>This recovery code is not correct.</source>
        <translation>Deze herstelcode klopt niet.</translation>
    </message>
    <message>
        <source>Roer cannot use the password store of this computer. Choose a passphrase instead.</source>
        <translation>Roer kan de wachtwoordopslag van deze computer niet gebruiken. Kies daarom een wachtwoordzin.</translation>
    </message>
    <message>
        <source>This vault is unlocked with the password store.</source>
        <translation>Deze kluis gaat open met de wachtwoordopslag.</translation>
    </message>
    <message>
        <source>Roer cannot find the key of this vault in the password store. Is the password store locked? Then unlock it and try again. Or use your recovery code.</source>
        <translation>Roer vindt de sleutel van deze kluis niet in de wachtwoordopslag. Zit de wachtwoordopslag op slot? Maak hem dan open en probeer het opnieuw. Of gebruik je herstelcode.</translation>
    </message>
    <message>
        <source>Roer cannot reach the password store of this computer, or it said no. Try again, or use your recovery code.</source>
        <translation>Roer kan de wachtwoordopslag van deze computer niet bereiken, of die gaf geen toestemming. Probeer het opnieuw, of gebruik je herstelcode.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Retailers</source>
        <translation>Winkels</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Parts of Roer</source>
        <translation>Onderdelen van Roer</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Lock Roer now (%1)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+L</extracomment>
        <translation>Roer nu vergrendelen (%1)</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+3</extracomment>
        <translation>Sneltoets: %1</translation>
    </message>
    <message>
        <source>Show the guide</source>
        <translation>Toon de gids</translation>
    </message>
    <message>
        <source>Step by step from adding a shop to sending your first choice.</source>
        <translation>Stap voor stap van een winkel toevoegen tot je eerste keuze versturen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Your own encrypted copy of what shops know about you.</source>
        <translation>Je eigen versleutelde kopie van wat winkels over je weten.</translation>
    </message>
    <message>
        <source>Use the vault in folder &lt;dir&gt;.</source>
        <translation>De kluis in map &lt;map&gt; gebruiken.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Show Roer in this language: nl or en.</source>
        <translation>Roer in deze taal tonen: nl of en.</translation>
    </message>
</context>
<context>
    <name>roer-cli</name>
    <message>
        <source>Cannot read the passphrase file.</source>
        <translation>Kan het bestand met de wachtwoordzin niet lezen.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Run &quot;roer-cli init&quot; first.</source>
        <translation>Er staat geen kluis in %1. Gebruik eerst "roer-cli init".</translation>
    </message>
    <message>
        <source>This vault needs its passphrase. Use --passphrase-file or ROER_PASSPHRASE.</source>
        <translation>Deze kluis heeft een wachtwoordzin nodig. Gebruik --passphrase-file of ROER_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Unknown option for init: %1</source>
        <translation>Onbekende optie voor init: %1</translation>
    </message>
    <message>
        <source>Your vault is ready in %1.</source>
        <translation>Je kluis staat klaar in %1.</translation>
    </message>
    <message>
        <source>Your recovery code (shown only now):</source>
        <translation>Je herstelcode (je ziet hem alleen nu):</translation>
    </message>
    <message>
        <source>Write it down and keep it safe. With it you can always open your vault.</source>
        <translation>Schrijf hem op en bewaar hem goed. Hiermee kun je je kluis altijd openen.</translation>
    </message>
    <message>
        <source>Unknown option for status: %1</source>
        <translation>Onbekende optie voor status: %1</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <source>Unlocked with: your passphrase</source>
        <translation>Opent met: je wachtwoordzin</translation>
    </message>
    <message>
        <source>Encryption: SQLCipher %1, pages of %2 bytes</source>
        <translation>Versleuteling: SQLCipher %1, pagina's van %2 bytes</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversie: %1</translation>
    </message>
    <message>
        <source>Give a command. See roer-cli --help.</source>
        <translation>Geef een opdracht. Zie roer-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command: %1. See roer-cli --help.</source>
        <translation>Onbekende opdracht: %1. Zie roer-cli --help.</translation>
    </message>
    <message>
        <source>Unlocked with: the password store of this computer</source>
        <translation>Opent met: de wachtwoordopslag van deze computer</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Onbekend argument: %1</translation>
    </message>
    <message>
        <source>Use: consent set --retailer NAME --purpose ID --state given|withdrawn</source>
        <translation>Gebruik: consent set --retailer NAAM --purpose ID --state given|withdrawn</translation>
    </message>
    <message>
        <source>The state must be given, refused or withdrawn.</source>
        <translation>De keuze moet given, refused of withdrawn zijn.</translation>
    </message>
    <message>
        <source>Unknown channel. Use: email, sms, phone, post, app, in-store.</source>
        <translation>Onbekende manier. Gebruik: email, sms, phone, post, app, in-store.</translation>
    </message>
    <message>
        <source>Give the date as YYYY-MM-DD.</source>
        <translation>Geef de datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Use --where in-store, online or anywhere.</source>
        <translation>Gebruik --where in-store, online of anywhere.</translation>
    </message>
    <message>
        <source>Use --letter nl or --letter en.</source>
        <translation>Gebruik --letter nl of --letter en.</translation>
    </message>
    <message>
        <source>Saved your choice. Record: %1</source>
        <translation>Je keuze is bewaard. Vastlegging: %1</translation>
    </message>
    <message>
        <source>This retailer has no Roer connection. Send this letter or e-mail yourself:</source>
        <translation>Deze winkel heeft geen koppeling met Roer. Stuur deze brief of e-mail zelf:</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Aan: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Onderwerp: %1</translation>
    </message>
    <message>
        <source>This retailer has no Roer connection. Use --letter nl or --letter en to get a letter to send.</source>
        <translation>Deze winkel heeft geen koppeling met Roer. Gebruik --letter nl of --letter en voor een brief die je kunt sturen.</translation>
    </message>
    <message>
        <source>Send it now with: roer-cli outbox send</source>
        <translation>Verstuur het nu met: roer-cli outbox send</translation>
    </message>
    <message>
        <source>Roer could not read the vault.</source>
        <translation>Roer kon de kluis niet lezen.</translation>
    </message>
    <message>
        <source>needed for your order</source>
        <translation>nodig voor je bestelling</translation>
    </message>
    <message>
        <source>Check: no record was changed or removed.</source>
        <translation>Controle: er is niets veranderd of weggehaald.</translation>
    </message>
    <message>
        <source>Warning: some records were changed or removed after they were made.</source>
        <translation>Let op: sommige vastleggingen zijn later veranderd of weggehaald.</translation>
    </message>
    <message>
        <source>Use: consent set|list|history ...</source>
        <translation>Gebruik: consent set|list|history ...</translation>
    </message>
    <message>
        <source>Unknown option for data: %1</source>
        <translation>Onbekende optie voor data: %1</translation>
    </message>
    <message>
        <source>Usage: data --retailer NAME --json [--records]</source>
        <translation>Gebruik: data --retailer NAAM --json [--records]</translation>
    </message>
    <message>
        <source>There is no retailer with this name.</source>
        <translation>Er is geen winkel met deze naam.</translation>
    </message>
    <message>
        <source>Nothing imported yet for %1.</source>
        <translation>Nog niets geïmporteerd voor %1.</translation>
    </message>
    <message>
        <source>%1, imported %2</source>
        <translation>%1, geïmporteerd op %2</translation>
    </message>
    <message>
        <source>  %1: %2 records</source>
        <translation>  %1: %2 regels</translation>
    </message>
    <message>
        <source>Unknown option for explain: %1</source>
        <translation>Onbekende optie voor explain: %1</translation>
    </message>
    <message>
        <source>--lang takes nl or en</source>
        <translation>--lang kan nl of en zijn</translation>
    </message>
    <message>
        <source>Say which retailer with --retailer NAME.</source>
        <translation>Zeg welke winkel je bedoelt met --retailer NAAM.</translation>
    </message>
    <message>
        <source>There is no retailer called %1 in your vault.</source>
        <translation>Er staat geen winkel met de naam %1 in je kluis.</translation>
    </message>
    <message>
        <source>You have not imported any data from %1 yet.</source>
        <translation>Je hebt nog geen gegevens van %1 ingelezen.</translation>
    </message>
    <message>
        <source>Pay attention:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <source>Why they probably have it: %1.</source>
        <translation>Waarom ze het waarschijnlijk hebben: %1.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>De optie %1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>Unknown option for import: %1</source>
        <translation>Onbekende optie voor import: %1</translation>
    </message>
    <message>
        <source>Usage: import --retailer NAME FILE...</source>
        <translation>Gebruik: import --retailer NAAM BESTAND...</translation>
    </message>
    <message>
        <source>There is no retailer with this name. Add it with &quot;retailer add&quot; first.</source>
        <translation>Er is geen winkel met deze naam. Voeg de winkel eerst toe met "retailer add".</translation>
    </message>
    <message>
        <source>Roer could not read the password file.</source>
        <translation>Roer kon het bestand met het wachtwoord niet lezen.</translation>
    </message>
    <message>
        <source>Give the password with --password-file FILE.</source>
        <translation>Geef het wachtwoord met --password-file BESTAND.</translation>
    </message>
    <message>
        <source>You imported these files before. Nothing was added.</source>
        <translation>Je hebt deze bestanden al eerder geïmporteerd. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Imported %1 files: %2 records, %3 values.</source>
        <translation>%1 bestanden geïmporteerd: %2 regels, %3 waarden.</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Niet gelezen: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Let op: %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 gone, %4 changed.</source>
        <translation>%1: %2 nieuw, %3 weg, %4 veranderd.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation>--wait verwacht een aantal seconden.</translation>
    </message>
    <message>
        <source>Use: outbox list|send ...</source>
        <translation>Gebruik: outbox list|send ...</translation>
    </message>
    <message>
        <source>Unknown option for retailer add: %1</source>
        <translation>Onbekende optie voor retailer add: %1</translation>
    </message>
    <message>
        <source>This retailer is not in the list of known retailers.</source>
        <translation>Deze winkel staat niet in de lijst met bekende winkels.</translation>
    </message>
    <message>
        <source>Give one name. Put quotes around a name with spaces.</source>
        <translation>Geef één naam. Zet aanhalingstekens om een naam met spaties.</translation>
    </message>
    <message>
        <source>Usage: retailer add NAME [--website URL] [--email ADDRESS] [--api URL]</source>
        <translation>Gebruik: retailer add NAAM [--website URL] [--email ADRES] [--api URL]</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Het API-adres moet beginnen met https://.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 is toegevoegd.</translation>
    </message>
    <message>
        <source>Unknown option for retailer list: %1</source>
        <translation>Onbekende optie voor retailer list: %1</translation>
    </message>
    <message>
        <source>Usage: retailer remove NAME --yes</source>
        <translation>Gebruik: retailer remove NAAM --yes</translation>
    </message>
    <message>
        <source>This removes the retailer and all its data from the vault. Add --yes to confirm.</source>
        <translation>Dit haalt de winkel en al zijn gegevens uit je kluis. Voeg --yes toe om te bevestigen.</translation>
    </message>
    <message>
        <source>Removed %1 and all its data.</source>
        <translation>%1 en alle gegevens zijn verwijderd.</translation>
    </message>
    <message>
        <source>Usage: retailer rename NAME NEW-NAME</source>
        <translation>Gebruik: retailer rename NAAM NIEUWE-NAAM</translation>
    </message>
    <message>
        <source>Use: retailer link NAME</source>
        <translation>Gebruik: retailer link NAAM</translation>
    </message>
    <message>
        <source>Open this address in your browser to link your account:</source>
        <translation>Open dit adres in je browser om je account te koppelen:</translation>
    </message>
    <message>
        <source>Linking took too long. Please try again.</source>
        <translation>Het koppelen duurde te lang. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Your account at %1 is linked.</source>
        <translation>Je account bij %1 is gekoppeld.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Onbekende optie: %1</translation>
    </message>
    <message>
        <source>Link your account first: roer-cli retailer link &quot;%1&quot;</source>
        <translation>Koppel eerst je account: roer-cli retailer link "%1"</translation>
    </message>
    <message>
        <source>Roer could not read the link with this retailer from the keychain.</source>
        <translation>Roer kon de koppeling met deze winkel niet uit de sleutelhanger lezen.</translation>
    </message>
    <message>
        <source>The retailer did not answer in time.</source>
        <translation>De winkel antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>Usage: retailer add|list|rename|remove|directory|link|refresh|unlink ...</source>
        <translation>Gebruik: retailer add|list|rename|remove|directory|link|refresh|unlink ...</translation>
    </message>
    <message>
        <source>Use: retailer refresh NAME [--json]</source>
        <translation>Gebruik: retailer refresh NAAM [--json]</translation>
    </message>
    <message>
        <source>Your data at %1 has not changed. Nothing was added.</source>
        <translation>Je gegevens bij %1 zijn niet veranderd. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Fetched your data from %1: %2 files, %3 records.</source>
        <translation>Je gegevens van %1 zijn opgehaald: %2 bestanden, %3 records.</translation>
    </message>
    <message>
        <source>Fetched your data from %1: %2 records; %3 new, %4 gone, %5 changed.</source>
        <translation>Je gegevens van %1 zijn opgehaald: %2 records; %3 nieuw, %4 weg, %5 veranderd.</translation>
    </message>
    <message>
        <source>Use: retailer unlink NAME</source>
        <translation>Gebruik: retailer unlink NAAM</translation>
    </message>
    <message>
        <source>Your account at %1 was not linked.</source>
        <translation>Je account bij %1 was niet gekoppeld.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>De sleutelhanger antwoordde niet op tijd.</translation>
    </message>
    <message>
        <source>Your account at %1 is no longer linked. Your choices and history stay.</source>
        <translation>Je account bij %1 is niet meer gekoppeld. Je keuzes en geschiedenis blijven bewaard.</translation>
    </message>
    <message>
        <source>Roer does not know this retailer.</source>
        <translation>Roer kent deze winkel niet.</translation>
    </message>
    <message>
        <source>Use: request new --retailer NAME --kind KIND ...</source>
        <translation>Gebruik: request new --retailer NAAM --kind SOORT ...</translation>
    </message>
    <message>
        <source>Use --kind access, erasure, objection, rectification, restriction or portability.</source>
        <translation>Gebruik --kind access, erasure, objection, rectification, restriction of portability.</translation>
    </message>
    <message>
        <source>Use --object marketing, profiling or both.</source>
        <translation>Gebruik --object marketing, profiling of both.</translation>
    </message>
    <message>
        <source>Saved your request. Request: %1</source>
        <translation>Je verzoek is bewaard. Verzoek: %1</translation>
    </message>
    <message>
        <source>Get the letter with: roer-cli request letter %1. After you sent it: roer-cli request mark-sent %1</source>
        <translation>Haal de brief op met: roer-cli request letter %1. Als je hem verstuurd hebt: roer-cli request mark-sent %1</translation>
    </message>
    <message>
        <source>Use: request list [--retailer NAME]</source>
        <translation>Gebruik: request list [--retailer NAAM]</translation>
    </message>
    <message>
        <source>You have not made a request yet.</source>
        <translation>Je hebt nog geen verzoek gemaakt.</translation>
    </message>
    <message>
        <source>Use: request show ID</source>
        <translation>Gebruik: request show ID</translation>
    </message>
    <message>
        <source>Their reason: %1</source>
        <translation>Hun reden: %1</translation>
    </message>
    <message>
        <source>Use: request mark-sent ID [--on YYYY-MM-DD] [--by email|post|web-form]</source>
        <translation>Gebruik: request mark-sent ID [--on JJJJ-MM-DD] [--by email|post|web-form]</translation>
    </message>
    <message>
        <source>Use --by email, post or web-form.</source>
        <translation>Gebruik --by email, post of web-form.</translation>
    </message>
    <message>
        <source>Use: request answer ID --status received|in_progress|extended|completed|refused [--on DATE] [--until DATE] [--reason TEXT]</source>
        <translation>Gebruik: request answer ID --status received|in_progress|extended|completed|refused [--on DATUM] [--until DATUM] [--reason TEKST]</translation>
    </message>
    <message>
        <source>Use --status received, in_progress, extended, completed or refused.</source>
        <translation>Gebruik --status received, in_progress, extended, completed of refused.</translation>
    </message>
    <message>
        <source>Use: request cancel ID</source>
        <translation>Gebruik: request cancel ID</translation>
    </message>
    <message>
        <source>Use: request history [--out FILE]</source>
        <translation>Gebruik: request history [--out BESTAND]</translation>
    </message>
    <message>
        <source>Roer could not write this file.</source>
        <translation>Roer kon dit bestand niet schrijven.</translation>
    </message>
    <message>
        <source>Saved. Check: nothing in the history was changed or removed.</source>
        <translation>Opgeslagen. Controle: niets in de geschiedenis is veranderd of verwijderd.</translation>
    </message>
    <message>
        <source>Saved. Warning: some of the history was changed or removed after it was made.</source>
        <translation>Opgeslagen. Let op: een deel van de geschiedenis is later veranderd of verwijderd.</translation>
    </message>
    <message>
        <source>Use: request new|list|show|mark-sent|answer|cancel|history|letter|complaint|calendar ...</source>
        <translation>Gebruik: request new|list|show|mark-sent|answer|cancel|history|letter|complaint|calendar ...</translation>
    </message>
    <message>
        <source>Use: request letter ID [--reminder] [--letter-language nl|en]</source>
        <translation>Gebruik: request letter ID [--reminder] [--letter-language nl|en]</translation>
    </message>
    <message>
        <source>Use --letter-language nl or en.</source>
        <translation>Gebruik --letter-language nl of en.</translation>
    </message>
    <message>
        <source>Use: request complaint ID --out FOLDER</source>
        <translation>Gebruik: request complaint ID --out MAP</translation>
    </message>
    <message>
        <source>The complaint is ready in %1. It is in Dutch: the AP works in Dutch. Read it, fill in what is missing, and send it with the attachments. The AP wants proof that you asked the shop first.</source>
        <translation>De klacht staat klaar in %1. Lees hem, vul aan wat ontbreekt en stuur hem met de bijlagen. De AP wil bewijs dat je het eerst aan de winkel vroeg.</translation>
    </message>
    <message>
        <source>Use: request calendar ID [--out FILE.ics]</source>
        <translation>Gebruik: request calendar ID [--out BESTAND.ics]</translation>
    </message>
    <message>
        <source>This request has no deadline yet: tell Roer first that you sent it.</source>
        <translation>Dit verzoek heeft nog geen termijn: laat Roer eerst weten dat je het verstuurde.</translation>
    </message>
    <message>
        <source>Rights requests:</source>
        <translation>Verzoeken:</translation>
    </message>
    <message>
        <source>Cannot read the recovery code file.</source>
        <translation>Kan het bestand met de herstelcode niet lezen.</translation>
    </message>
    <message>
        <source>To open it with your recovery code: --recovery-code-file FILE.</source>
        <translation>Openen met je herstelcode: --recovery-code-file BESTAND.</translation>
    </message>
    <message>
        <source>Usage: vault passphrase --new-passphrase-file FILE</source>
        <translation>Gebruik: vault passphrase --new-passphrase-file BESTAND</translation>
    </message>
    <message>
        <source>Your vault now opens with the new passphrase. The old one no longer works.</source>
        <translation>Je kluis gaat nu open met de nieuwe wachtwoordzin. De oude werkt niet meer.</translation>
    </message>
    <message>
        <source>Usage: vault recovery-code [--json]</source>
        <translation>Gebruik: vault recovery-code [--json]</translation>
    </message>
    <message>
        <source>Your new recovery code (shown only now):</source>
        <translation>Je nieuwe herstelcode (je ziet hem alleen nu):</translation>
    </message>
    <message>
        <source>Write it down and keep it safe. Your old recovery code no longer works.</source>
        <translation>Schrijf hem op en bewaar hem goed. Je oude herstelcode werkt niet meer.</translation>
    </message>
    <message>
        <source>Usage: vault keychain</source>
        <translation>Gebruik: vault keychain</translation>
    </message>
    <message>
        <source>The key of your vault is in the password store of this computer again.</source>
        <translation>De sleutel van je kluis staat weer in de wachtwoordopslag van deze computer.</translation>
    </message>
    <message>
        <source>Usage: vault passphrase|recovery-code|keychain ...</source>
        <translation>Gebruik: vault passphrase|recovery-code|keychain ...</translation>
    </message>
    <message>
        <source>Imported 1 file: %2 records, %3 values.</source>
        <translation>1 bestand geïmporteerd: %2 regels, %3 waarden.</translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation>een nieuwe kluis maken</translation>
    </message>
    <message>
        <source>show where the vault is and how it is unlocked</source>
        <translation>laten zien waar de kluis staat en hoe hij opengaat</translation>
    </message>
    <message>
        <source>add, list, rename, remove, link or refresh retailers (add|list|rename|remove|directory|link|unlink|refresh)</source>
        <translation>winkels toevoegen, tonen, hernoemen, verwijderen, koppelen of vernieuwen (add|list|rename|remove|directory|link|unlink|refresh)</translation>
    </message>
    <message>
        <source>import export files of a retailer: import --retailer NAME FILE...</source>
        <translation>exportbestanden van een winkel importeren: import --retailer NAAM BESTAND...</translation>
    </message>
    <message>
        <source>show the latest imported data of a retailer: data --retailer NAME --json</source>
        <translation>de laatst geïmporteerde gegevens van een winkel tonen: data --retailer NAAM --json</translation>
    </message>
    <message>
        <source>explain what a retailer knows about you (--retailer NAME [--json])</source>
        <translation>uitleggen wat een winkel over je weet (--retailer NAAM [--json])</translation>
    </message>
    <message>
        <source>set, list or show the history of your consent choices</source>
        <translation>je toestemmingen instellen, tonen of hun geschiedenis laten zien</translation>
    </message>
    <message>
        <source>list or send the decisions waiting for delivery</source>
        <translation>de keuzes tonen of versturen die nog verstuurd moeten worden</translation>
    </message>
    <message>
        <source>change how the vault opens (passphrase|recovery-code|keychain)</source>
        <translation>veranderen hoe de kluis opengaat (passphrase|recovery-code|keychain)</translation>
    </message>
    <message>
        <source>rights requests: new|list|show|mark-sent|answer|cancel|history|letter|complaint|calendar</source>
        <translation>verzoeken over je rechten: new|list|show|mark-sent|answer|cancel|history|letter|complaint|calendar</translation>
    </message>
    <message>
        <source>Roer command line</source>
        <translation>Roer op de opdrachtregel</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>Vault folder.</source>
        <translation>Map van de kluis.</translation>
    </message>
    <message>
        <source>Language: nl or en.</source>
        <translation>Taal: nl of en.</translation>
    </message>
    <message>
        <source>Read the vault passphrase from FILE.</source>
        <translation>Lees de wachtwoordzin van de kluis uit FILE.</translation>
    </message>
    <message>
        <source>Open the vault with the recovery code in FILE (when the keychain or the passphrase fails).</source>
        <translation>Open de kluis met de herstelcode in FILE (als de wachtwoordopslag of de wachtwoordzin niet werkt).</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Wat Roer moet doen.</translation>
    </message>
</context>
</TS>
