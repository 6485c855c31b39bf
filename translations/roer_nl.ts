<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <translation>Dit wachtwoord klopt niet.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keychain of this computer is not available or said no.</source>
        <translation>De sleutelhanger van deze computer werkt niet of gaf geen toestemming.</translation>
    </message>
    <message>
        <source>The key is not in the keychain.</source>
        <translation>De sleutel staat niet in de sleutelhanger.</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>This part of Roer is not ready yet. It will show %1</source>
        <translation>Dit deel van Roer is nog niet klaar. Hier komt straks %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>a short summary: which shops have your data, what you allowed them to do, and what still needs your attention.</source>
        <translation>een korte samenvatting: welke winkels je gegevens hebben, wat je ze hebt toegestaan en waar je nog iets mee moet doen.</translation>
    </message>
    <message>
        <source>Retailers</source>
        <translation>Winkels</translation>
    </message>
    <message>
        <source>the shops you added, and how to get your data from each of them.</source>
        <translation>een lijst van de winkels die je hebt toegevoegd, en hoe je bij elke winkel je gegevens opvraagt.</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>the data that shops keep about you, explained in plain words.</source>
        <translation>welke gegevens winkels over je bewaren, uitgelegd in gewone woorden.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>what you allow each shop to do with your data. You will be able to change it there.</source>
        <translation>wat je elke winkel toestaat met je gegevens. Je kunt het daar ook veranderen.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <source>the requests you sent to shops, for example to delete your data, and their answers.</source>
        <translation>welke verzoeken je naar winkels hebt gestuurd, bijvoorbeeld om je gegevens te wissen, en hun antwoorden.</translation>
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
        <source>To check that you wrote it down, type the &amp;last group of the code:</source>
        <translation>Typ de &amp;laatste groep van de code, zo weten we dat je hem hebt opgeschreven:</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Laatste groep van de herstelcode</translation>
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
        <source>The last group is the part after the last dash.</source>
        <translation>De laatste groep is het stuk na het laatste streepje.</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>Dat klopt.</translation>
    </message>
    <message>
        <source>That is not the last group yet. Look again at the code.</source>
        <translation>Dat is nog niet de laatste groep. Kijk nog eens naar de code.</translation>
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
        <source>The key is missing from the password store of this computer. Use your recovery code to open your data.</source>
        <translation>De sleutel staat niet meer in de wachtwoordopslag van deze computer. Gebruik je herstelcode om je gegevens te openen.</translation>
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
        <translation>Kies een wachtwoord van minstens %1 tekens.</translation>
    </message>
    <message>
        <source>There is already a vault in this folder.</source>
        <translation>Er staat al een kluis in deze map.</translation>
    </message>
    <message>
        <source>Roer cannot use the keychain of this computer. Choose a passphrase instead.</source>
        <translation>Roer kan de sleutelhanger van deze computer niet gebruiken. Kies daarom een wachtwoord.</translation>
    </message>
    <message>
        <source>Roer cannot create the vault folder.</source>
        <translation>Roer kan de kluismap niet maken.</translation>
    </message>
    <message>
        <source>The key of this vault is not in the keychain. Use your recovery code.</source>
        <translation>De sleutel van deze kluis staat niet in de sleutelhanger. Gebruik je herstelcode.</translation>
    </message>
    <message>
        <source>This vault is unlocked with the keychain.</source>
        <translation>Deze kluis gaat open met de sleutelhanger.</translation>
    </message>
    <message>
        <source>A recovery code has 8 groups of 4 letters and digits.</source>
        <translation>Een herstelcode heeft 8 groepjes van 4 letters en cijfers.</translation>
    </message>
    <message>
        <source>This recovery code is not correct.</source>
        <translation>Deze herstelcode klopt niet.</translation>
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
        <translation>Kan het bestand met het wachtwoord niet lezen.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Run &quot;roer-cli init&quot; first.</source>
        <translation>Er staat geen kluis in %1. Gebruik eerst "roer-cli init".</translation>
    </message>
    <message>
        <source>This vault needs its passphrase. Use --passphrase-file or ROER_PASSPHRASE.</source>
        <translation>Deze kluis heeft een wachtwoord nodig. Gebruik --passphrase-file of ROER_PASSPHRASE.</translation>
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
        <source>Unlocked with: the keychain of this computer</source>
        <translation>Opent met: de sleutelhanger van deze computer</translation>
    </message>
    <message>
        <source>Unlocked with: your passphrase</source>
        <translation>Opent met: je wachtwoord</translation>
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
</context>
</TS>
