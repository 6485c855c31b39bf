<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddRetailerDialog</name>
    <message>
        <source>Add a retailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search for a shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shops Roer knows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the list? Use “Type it yourself”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the name of the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This website address does not look right. Example: https://www.example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address does not look right. Example: privacy@example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a website, e-mail address or postal address, so Roer knows how to reach the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a shop from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not read its list of shops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or website, for example Picnic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roer link address (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the shop gave you an address for Roer. It starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop in the list matches “%1”. Use “Type it yourself”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Roer link address must start with https:// and name a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did %1 answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;confirmed that they have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are &amp;working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They need &amp;more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When did they tell you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They said &amp;until when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Their reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Their reason (if they gave one):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Roer could not read its list of explanations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Use a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on you type this passphrase to open Roer. Your recovery code stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase. Your recovery code stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint to the AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AP is the Dutch data protection authority. It checks if shops keep to the privacy law. This complaint is in Dutch, because the AP works in Dutch. The AP wants proof that you asked the shop first. Roer adds your request, your reminder and the history. Add the shop&apos;s answer yourself, if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text of the complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save with attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the AP&apos;s &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complaint in a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complaint as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Add the attachments when you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into the AP&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not open your web browser. Go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AP&apos;s form is open in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Sent by you on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed after it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record does not match its place in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record before this one is missing or was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest record of this choice is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer does not know this retailer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This retailer does not list this purpose. Refresh the list of purposes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer needs this for your order. You cannot switch it off here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer does not know this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one way they may contact you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer does not use this way of contact for this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision to send by letter for this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended (date passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the retailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the retailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send by letter or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent (you may say no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for your order or contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own interest (you may object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This retailer has no Roer connection. You can send your choices by letter or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentHistory</name>
    <message>
        <source>All ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while you use the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent choices for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by Roer on %1. It lists every choice you made, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: no record was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: some records were changed or removed after they were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each record has a check code. It is made from the record and the code before it. So nobody can change a record without it showing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <source>Your history with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every choice you made, oldest first. Roer links each choice to the one before it, so nobody can change the list unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to contact you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;page to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not made any choices for this shop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history is complete. Nobody changed it. Roer checked 1 choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history is complete. Nobody changed it. Roer checked %1 choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history was changed outside Roer. Do not trust it without checking. Problems found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your history as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your history as a page to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not save the file. Choose another place and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your history to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>Needed for your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They rely on their own interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop needs this data to sell and deliver what you buy, or the law requires it. You cannot switch it off. They may keep it only as long as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They may only do this if you say yes. Nothing is on until you switch it on. You can say no again at any time, just as easily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do this without asking you first. You have the right to object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a shop on the Retailers page first. Then you can decide here what it may do with your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can receive your choices directly. Link your account first. Then Roer shows what they use your data for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer is asking %1 what they use your data for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is linked. Roer sends your choices to %1 directly and keeps the receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no link with Roer. Roer writes a letter or e-mail for each choice. You send it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: letter not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 decision waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decisions waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 letter still to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 letters still to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your choices have been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the list of choices still on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which choices are still on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens the sign-in page of %1. Sign in there and allow Roer. Then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking your account did not work. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 what they have on record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not ask them. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same choices on record as you made. Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has something different on record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each shop may do with your data. Roer saves your choice first and then sends it. It never switches anything on for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the shop&apos;s sign-in page in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;with the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the shop which choices it has on record and compares them with yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not made a choice yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionStore</name>
    <message>
        <source>Roer does not know this kind of data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTreeModel</name>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionLetterDialog</name>
    <message>
        <source>Letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no link with Roer. Send this letter or e-mail yourself. Fill in your name first. Then tell Roer you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text of the letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer empties the clipboard again after two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryStatusButton</name>
    <message>
        <source>1 choice needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 choices need your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 choice waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 choices waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Consents page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Consents to see which choices these are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainService</name>
    <message>
        <source>This shop is no longer in Roer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Copied. Paste it in an e-mail to the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this the wrong kind of data? Choose the right one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the shop probably keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason the law allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind of data or a field on the left. Roer explains it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: %1. Values: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long they may keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer does not know what these fields are. Choose one to see the question you can ask the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Roer thinks so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this one record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to correct it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a request to the shop to correct this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to erase it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a request to the shop to erase this data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldClassifier</name>
    <message>
        <source>%1 of %2 values look like e-mail addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values are valid bank account numbers (IBAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values are valid payment card numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values pass the check for a citizen service number (BSN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values look like phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values look like Dutch postcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values look like internet addresses (IP addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values look like GPS coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values look like GPS coordinates written as whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values look like a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values look like postal addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field name says the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is part of &quot;%1&quot;, which usually holds: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields called &quot;%1&quot; usually hold: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is in the file &quot;%1&quot;, which is about: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer does not recognise this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the field &quot;%1&quot; in the file &quot;%2&quot;, and why do you keep it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values are ways to pay, like iDEAL or a credit card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values show a payment card by its last digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values are searches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values are videos you watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values are places on a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values are web addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values name a device or system, like Android.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values are words of the file format, like &quot;Feature&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values are a language and country, like nl-NL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 values are ways of moving, like walking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sits next to fields like &quot;%1&quot;, about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a date or time in a record about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is an amount in a record about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is part of &quot;%1&quot;, which holds guesses about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; holds guesses about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a place in a record about %1, not your home address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a place among your own details: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All its values are zero. It holds no real date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Add the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shop that has your data. Roer knows many shops and their privacy address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Retailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the file the shop sent you. Or link your account, if the shop offers that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what the shop knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer explains each kind of data. It also says why the shop keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to My data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say per purpose if the shop may use your data. You can choose per channel, like e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer sends it to the shop. Is the shop not linked? Then Roer writes a letter, and you tell Roer when you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents shows what reached the shop, and the shop&apos;s receipt. Roer keeps it as proof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent your first choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You went through the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. You can change your choice at any time. The Overview can print a summary to take home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You skipped some steps. Choose &quot;Show the guide&quot; to go through them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: step %1 of %2</source>
        <extracomment>%1 is the step&apos;s number, %2 the number of steps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can start it again from the sidebar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDeskBand</name>
    <message>
        <source>Help-desk mode is on. Roer hides your personal values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;ve help-desk mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDeskSettings</name>
    <message>
        <source>Help desk and reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does someone from a shop help you? Then switch on help-desk mode. Roer shows what kind of value it is, for example &quot;an e-mail address&quot;. You can still show one value to yourself. Roer remembers this choice for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes all text and buttons in Roer bigger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDeskSwitch</name>
    <message>
        <source>&amp;Help-desk mode: hide my personal values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For when someone from a shop&apos;s help desk helps you. Roer then shows what kind of value it is, not the value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not in UTF-8. Roer read it as Windows-1252 (Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Roer skipped %n line(s) of text before the column names.</source>
        <translation>
            <numerusform>Roer skipped %n line of text before the column names.</numerusform>
            <numerusform>Roer skipped %n lines of text before the column names.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line in this file is longer than %1 MB. Roer stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON file is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON file has extra text after the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some text was not valid UTF-8. Roer replaced those characters with �.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One record in this file is too large. Roer stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON file is nested too deeply. Roer stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not write the import into the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is nested too deeply. Roer stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This XML file is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file is split over several parts. Roer cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file has too many files in it. Roer stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file contains a file path that points outside the archive. Roer does not trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file contains a link to another file. Roer does not trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file has overlapping parts. Roer does not trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file in the ZIP uses a compression method Roer cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file uses an encryption Roer cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file is protected with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password does not open the ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not prepare the search over your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to keep in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ZIP files are nested too deeply. Roer stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is protected with an encryption Roer cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file uses a compression method Roer cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: This file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: A ZIP file inside the ZIP file is too large. Roer stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer cannot read PDF files. It keeps the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer cannot read web pages (HTML). It keeps the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: This is not a data export. It looks like a program, a picture or another kind of file. Roer did not import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file of data. Roer keeps it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer does not know this kind of file. It keeps the file as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not unpack this ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in this ZIP unpacks to far more data than it says. Roer stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in this ZIP is packed suspiciously tightly (a &quot;ZIP bomb&quot;). Roer stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import is already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not open this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a data export. It looks like a program, a picture or another kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the files you got from %1. You can also drag them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer is reading your files. Nothing leaves your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export files (*.zip *.csv *.json *.js *.xml *.txt *.pdf *.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file is protected with a password. The retailer often sends it in a separate e-mail. Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You imported these files before. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since your last import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 gone, %4 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in this import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer did not import these files. Your vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files are imported. Roer is preparing the search over them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search does not cover all of this data yet. Roer finishes this later, on the My data page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files read: %1. Records: %2. Values: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: new file. Records: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since your last import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer leaves out the files with a warning sign. It imports the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left out: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read. Records: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Imports of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer shows your newest import. Is it wrong? Delete it. Then Roer shows the import before it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no imports of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer deletes the data of this import from your vault. You cannot undo this. Your choices and requests stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer then shows the import of %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only import of %1. Roer then has no data of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the import of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightBuilder</name>
    <message>
        <source>1 purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your location once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your location %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 thing you played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 things you played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page you looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages you looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 workout or measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workouts or measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 bank account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bank account numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 payment card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payment cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 internet address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 internet addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 group or guess about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups or guesses about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 different values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than a year ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than %1 years ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still keeps data from %2 about %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps data about %2. The law protects this kind of data extra strongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps your citizen service number (BSN). Shops are almost never allowed to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps a trail of %2 places where you were. It shows your daily life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps full payment card numbers. Shops should only keep the last four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is longer than they say they keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is longer than usually needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put you in the group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put you in %2 groups: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put you in %2 groups, like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They worked this out from your data. The law calls this profiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the right to have it erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the right to object to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the right to ask what they keep and why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <source>Roer could not protect the vault key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault settings file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The password store of this computer is not available or said no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not in the password store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPrinter</name>
    <message>
        <source>Roer could not save the PDF file. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkAddressBox</name>
    <message>
        <source>Copy the sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into the address bar of your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not open your web browser. Copy the sign-in address. Then paste it into a web browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did no browser open? Copy the sign-in address, and paste it into your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>You sent the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did you send your request to %1? Roer counts the month the shop has from that day. By post, Roer counts from two days later, when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day you sent it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you send it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a &amp;form on their website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDataPage</name>
    <message>
        <source>My data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the data a shop sent you, explained in plain words. Your values stay hidden until you choose to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a field or kind of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are hidden so nobody can read along over your shoulder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Retailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no data in Roer yet. Add a shop, then import the data file they sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not import data from %1 yet. Ask the shop for your data, then import the file on the Retailers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not explain this data. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining your data from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of explaining your data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the value you chose, for 30 seconds. Only you should look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one value in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to ask?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also say no to advertising aimed at you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also say no to a profile they make of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising aimed at you (they must always stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile of you, or other use for their own interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;reason (you may leave this empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is &amp;wrong now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it should &amp;be:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my address is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it &amp;about? (empty: all your data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customer &amp;number at this shop (if you know it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;e-mail address at this shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer keeps these in your vault for your next letter. It sends them nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer found: %1. The letter names it. Add more if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is linked to Roer. Roer sends your request and checks for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer writes a letter for you. You send it yourself, by e-mail or by post. Roer does not add a copy of your ID. A shop may only ask for more proof if it really doubts who you are. If it insists, black out your photo and your BSN (citizen service number) on the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a shop first, on the Retailers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also withdraw every consent (permission) you gave them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter names the field “%1” from their file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Type a new address here only if it changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuth</name>
    <message>
        <source>Roer could not prepare the link. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking took too long. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not from Roer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not allow the link. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not allowed at the retailer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is linked. You can close this window and go back to Roer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each shop knows about you, and what needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Roer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not added a shop yet. Add a shop, then import the data file they sent you. Here you will see what each shop knows about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Retailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data imported yet. Ask %1 for your data, then import the file on the Retailers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of data found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining your data from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of explaining your data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not explain this data. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object to this profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to erase it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 what they keep…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few words that do not belong together are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak. Make it longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair. A little longer makes it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both passphrases are the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeRow</name>
    <message>
        <source>Show the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the letter about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: the law requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: needed for your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: always on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law says they must keep this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they may contact you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they may contact you (choose at least one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this holds for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only until a date, for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while I use the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while I use the app, for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They say they may do this without asking, because it is in their own interest. This is advertising. If you object, they must stop. No exceptions (GDPR article 21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They say they may do this without asking, because it is in their own interest. You can object (GDPR article 21). Then they must stop, unless they have very strong reasons that weigh more than yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back my objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back my objection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the letter again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not decided yet. It stays off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not objected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You took back your objection on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You objected on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your yes ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said yes on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said no on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. Waiting for their answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by you on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet. This shop has no link with Roer: send the letter yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They may keep it only as long as they need it for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They may keep it only as long as they need it for this. They say: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the shop on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your yes is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now tick at least one way above. Then Roer saves your yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which ways this is for (choose at least one):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>no particular way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice for &quot;%1&quot; is not confirmed by the retailer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They still list you for &quot;%1&quot;, which you withdrew on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They still list you for &quot;%1&quot;, which ended on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They still list you for &quot;%1&quot;, which you refused on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You allowed &quot;%1&quot; on %2, but they do not list it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &quot;%1&quot; they list %2. You chose %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &quot;%1&quot; they list other conditions than you chose (place or end date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They list you for &quot;%1&quot;. You did not make this choice in Roer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRule</name>
    <message>
        <source>One record per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One record per item in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One record per value in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One record per inner list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One part of the file is one record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is one record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values next to lists are one record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details about the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row of the table in %1 is one record. Each column is a field of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a list. Each item in the list is one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list. Each item in it is one record. Its parts are fields, named by their path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a list of single values. Each value is one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list of single values, like labels. Each value is one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a list of lists. Each inner list is one record. Its columns are numbered 1, 2, 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list of lists. Each inner list is one record. Its columns are numbered 1, 2, 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one part of the file, like an account. It is one record. Lists and parts inside it are fields of that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is one object with values of its own, like a profile. It is one record. Lists and parts inside it are fields of that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds lists and also values of its own. Those values together are one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds lists and also values of its own. Those values together are one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are details about the export itself, like its date or version. Roer keeps them apart, as one record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer reminds you until you have checked the new code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryReminder</name>
    <message>
        <source>You have not checked your recovery code yet. Without it you can lose your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refresh</name>
    <message>
        <source>Roer is no longer linked to your account at this retailer. Please link it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer is already fetching your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This retailer has no Roer connection. Ask them for your data and import the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link your account at this retailer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not get your data from the retailer. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer sent something that is not a copy of your data. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer is still preparing your data. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer has no data about you. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshDialog</name>
    <message>
        <source>Refresh my data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer is asking %1 for a copy of your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer is storing your data in your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer did not get new data from %1. Your vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data at %1 has not changed since the last time. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new data from %1 is in your vault. See it under My data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestAgendaCard</name>
    <message>
        <source>Your requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the request to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLetterDialog</name>
    <message>
        <source>Reminder to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is late. Send this reminder the same way you sent your request. Keep a copy: you need it if you complain to the AP later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this letter or e-mail yourself. Check your details first. Then tell Roer that you sent it, so Roer can watch the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text of the letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer has no address of this shop. Look on their website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Print it, or add it to an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not open your e-mail program. Use Copy, and paste the text into an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail program has the start of the letter. Roer copied the rest: paste it where the e-mail says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into an e-mail or a form on their website.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <source>Why they use your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kinds of data they have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long they keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you can complain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they got your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions by computer, and profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: all your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You say no to advertising aimed at you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You say no to a profile they make of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should be: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customer number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent through the shop&apos;s link with Roer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent it %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer sent it through the shop&apos;s link. The shop has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop confirmed it has your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is working on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop needs more time, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not count: it had to say so within the first month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop says it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer stored the copy of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made a complaint to the AP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not send it yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop has a month from the day it gets your letter. Tell Roer when you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the shop told you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;sent it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop ans&amp;wered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to the &amp;AP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the cop&amp;y of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op this request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You also withdraw every consent (permission) you gave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can send a reminder. Then you can complain to the AP (the Dutch data protection authority).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <source>%1 must answer your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Open Roer to see if %2 answered. If not, Roer helps you send a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not make this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not save the complaint in this folder. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left. The shop must answer by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left. The shop must answer by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop must answer today, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day late. The shop had to answer by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days late. The shop had to answer by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made a letter for %1 on %2. Did you send it? Tell Roer, so it can watch the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not send your request to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the history cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the history was changed after it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the history does not match its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the history before this one is missing or was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest part of the history of this request is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s answer about your request was not what Roer expected. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a use of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the use of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data in a file to take along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what they know about you. You get a copy of your data. They also tell you why they keep it, for how long and who gets it (Article 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them to delete your data (Article 17). Some data they must keep by law, such as invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say no to advertising, or to a profile they make of you (Article 21). For advertising they must always stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them to fix data that is wrong or not complete (Article 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them to keep your data but not use it for a while. For example while they check if it is right (Article 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the data you gave them in a file that a computer can read. You can take it to another shop (Article 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its way to the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter made, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop is working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop took more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a form on their website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through Roer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer does not know this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is wrong, and what it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what you object to: advertising, a profile, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter can be in Dutch or in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least the first 6 characters of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer does not know this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one request starts like this. Give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer sends this request through the shop&apos;s link. You do not have to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop already answered this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date you sent it cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date you sent it cannot be before you made the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Roer first that you sent the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop has not finished this request yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder is only for a request that is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint is for a request that is late or was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Roer could not save the file. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a shop what it knows about you. Or ask it to erase, correct or stop using your data. The shop must answer within a month. Roer watches the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the history of your requests as proof, with check codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not asked a shop anything yet. You can ask for a copy of your data, or ask them to erase it. Roer writes the letter for you, or sends it through the shop&apos;s link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your first request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a calendar reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not read this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer stops watching this request. If the shop already has it, tell them yourself that you stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the history of your requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer requests history.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not read the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetailerApi</name>
    <message>
        <source>The retailer&apos;s answer was not what Roer expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer needs this for your order, so it did not accept the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer does not use this channel for this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer does not know this purpose any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer has this decision already, but with other details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer is no longer linked to your account at this retailer. Please link it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer sent Roer to another address. Roer did not follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer is busy. Roer will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer has a problem. Roer will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer could not process this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address Roer can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not secure. Roer only connects to retailers over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer&apos;s connection could not be checked as safe. Roer did not send anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not reach the retailer. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer&apos;s settings point to another website. Roer does not trust them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer did not accept the link. Please try linking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer&apos;s answer is too large. Roer did not store it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetailerExplainer</name>
    <message>
        <source>Explaining was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retailers</name>
    <message>
        <source>The list of known retailers is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of known retailers is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the retailer a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a retailer with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This retailer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetailersPage</name>
    <message>
        <source>Retailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shops that have data about you. Ask a shop for your data, then import the file they send you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add retailer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a data export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shops yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a shop, then import the data file they sent you. Roer keeps it encrypted on this computer and explains it in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your retailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: drag the files from a shop onto this page to import them for the selected shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added. Now import the data file they sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename retailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Roer?

Roer deletes all data you imported from %1 from your vault, and the corrections you made. You cannot undo this.

%1 itself keeps its own copy. To have that deleted, send the shop a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove and delete data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and all its data were removed from Roer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data from %1 is in your vault. See it under My data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at the shop. Then Roer can fetch your data and send your choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop linking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer stops talking to this shop for you. Your choices and history stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh my &amp;data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a new copy of your data from this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Roer link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens the sign-in page of %1. Sign in there and allow Roer. Then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking your account did not work. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account at %1 is linked. You can now refresh your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink your account at %1?

Roer removes its sign-in from this computer. It can then no longer fetch your data or send your choices to %1 directly.

Your choices, their history and the data you already have stay in your vault. You can link again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account at %1 is no longer linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All imp&amp;orts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every import of this shop&apos;s data, and delete a wrong one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndexNote</name>
    <message>
        <source>Roer is still preparing the search. Some of your data is not found yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;Roer after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Roer is locked, nobody can see your data without unlocking it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is kept, encrypted, in this &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Roer is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer is unlocked with the password store of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer is unlocked with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a passphrase instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the password store instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. From now on you open Roer with your new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the password store of this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Roer now uses the password store of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store of this computer cannot be used right now. Your passphrase still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened Roer with your recovery code. If you forgot your passphrase, choose a new one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your recovery code you can always open your data. Lost it? Make a new one. The old code then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not checked your recovery code yet. Without it you can lose your data. Make a new code and write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old recovery code will stop working. Make a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Keep your new recovery code in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the key back in the password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store of this computer cannot be used right now. Choose a passphrase, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened Roer with your recovery code, because the password store did not give the key. Put the key back in the password store, or choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupIntroPage</name>
    <message>
        <source>Your data, your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Roer does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps a copy of the data that shops have about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It explains that data in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sends your choices to shops, but only when you ask it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Roer never does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It never sends anything anywhere unless you ask it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not track you and does not collect statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays on this computer, locked with a secret key (encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupLanguagePage</name>
    <message>
        <source>Welcome to Roer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer helps you see what shops know about you. You decide what they may do with your data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupRecoveryPage</name>
    <message>
        <source>Write down your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this code you can always open your data, even if you lose your passphrase or your computer&apos;s password store. Roer shows it only once. Keep it on paper, in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer empties the clipboard again after two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Roer empties the clipboard again after two minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code, typed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type all 8 groups. Small letters and no dashes are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the code yet. Look again at each group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check that you wrote it down, type the whole code a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupUnlockPage</name>
    <message>
        <source>How do you want to unlock Roer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer locks your data with a secret key. Choose where that key is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the password store of this computer (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer keeps the key safe for you. You only need to log in to your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a passphrase that I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You type it each time you open Roer. Nobody can get it back for you if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store of this computer cannot be used right now. Please choose a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer is making a locked place for your data on this computer. This can take a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start using Roer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowPassphraseBox</name>
    <message>
        <source>Sho&amp;w passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotExplainer</name>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer does not know what this is. You can ask the shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 knows about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose this yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is empty in every record. It holds nothing about you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryButton</name>
    <message>
        <source>Summary to take &amp;home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or print what each shop has, what you chose and what is still open. Without your personal values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer is still explaining your data. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Print it or keep it with your papers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>What shops know about you, and what you decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Roer on %1. It shows kinds of data, never the data itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not added a shop to Roer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the shop has about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer has no data from this shop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer did not recognise the kinds of data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to change this later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Roer. Go to Consents to change a choice. Roer sends your new choice to the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Requests to ask a shop for a copy of your data, or to erase it. By law the shop must answer within one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may change your mind at any time. A choice you take back counts from that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not made a choice for this shop yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the shop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was due on %1. The shop is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop must answer by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>That is not the right passphrase or code. Check for typing errors and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer cannot reach the password store of this computer. Try again, or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file seems to be damaged. Roer did not change it. Ask for help before you try anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not open your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is locked. The key is in the password store of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is locked. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you started using Roer. Dashes and spaces do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer cannot find the key in the password store of this computer. Is the password store locked? Then unlock it and try again. Or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueKind</name>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer number or other code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a health detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a way to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a way of moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something you watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank account number (IBAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a citizen service number (BSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internet address (IP address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault was made by a newer version of Roer. Please update Roer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not update the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not write to the disk. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not save this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer cannot open the vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Roer build has no encryption. Roer will not open your vault with it, to keep your data safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged. Roer has not changed it. Restore a backup of the vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not update the encryption of your vault. Your vault is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault uses newer encryption than this Roer build supports. Please update Roer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault settings file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultDescriptor</name>
    <message>
        <source>There is no vault in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer cannot read the vault settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault settings file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Roer. Please update Roer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not save the vault settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultManager</name>
    <message>
        <source>Unlock the vault first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer cannot create the vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code has 8 groups of 4 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery code is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer cannot use the password store of this computer. Choose a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is unlocked with the password store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer cannot find the key of this vault in the password store. Is the password store locked? Then unlock it and try again. Or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer cannot reach the password store of this computer, or it said no. Try again, or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of Roer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Roer now (%1)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+L</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step by step from adding a shop to sending your first choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Your own encrypted copy of what shops know about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the vault in folder &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Roer in this language: nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roer-cli</name>
    <message>
        <source>Cannot read the passphrase file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in %1. Run &quot;roer-cli init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault needs its passphrase. Use --passphrase-file or ROER_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for init: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is ready in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code (shown only now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down and keep it safe. With it you can always open your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked with: your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: SQLCipher %1, pages of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a command. See roer-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1. See roer-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked with: the password store of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: consent set --retailer NAME --purpose ID --state given|withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state must be given, refused or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel. Use: email, sms, phone, post, app, in-store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --where in-store, online or anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --letter nl or --letter en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your choice. Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This retailer has no Roer connection. Send this letter or e-mail yourself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This retailer has no Roer connection. Use --letter nl or --letter en to get a letter to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it now with: roer-cli outbox send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not read the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed for your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: no record was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: some records were changed or removed after they were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: consent set|list|history ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: data --retailer NAME --json [--records]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no retailer with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, imported %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for explain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes nl or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which retailer with --retailer NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no retailer called %1 in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not imported any data from %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they probably have it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: import --retailer NAME FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no retailer with this name. Add it with &quot;retailer add&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not read the password file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password with --password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You imported these files before. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 files: %2 records, %3 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 gone, %4 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: outbox list|send ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for retailer add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This retailer is not in the list of known retailers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one name. Put quotes around a name with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailer add NAME [--website URL] [--email ADDRESS] [--api URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option for retailer list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailer remove NAME --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes the retailer and all its data from the vault. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and all its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailer rename NAME NEW-NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: retailer link NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser to link your account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking took too long. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account at %1 is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link your account first: roer-cli retailer link &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not read the link with this retailer from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retailer did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retailer add|list|rename|remove|directory|link|refresh|unlink ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: retailer refresh NAME [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data at %1 has not changed. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched your data from %1: %2 files, %3 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched your data from %1: %2 records; %3 new, %4 gone, %5 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: retailer unlink NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account at %1 was not linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account at %1 is no longer linked. Your choices and history stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer does not know this retailer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: request new --retailer NAME --kind KIND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --kind access, erasure, objection, rectification, restriction or portability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --object marketing, profiling or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your request. Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the letter with: roer-cli request letter %1. After you sent it: roer-cli request mark-sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: request list [--retailer NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not made a request yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: request show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: request mark-sent ID [--on YYYY-MM-DD] [--by email|post|web-form]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --by email, post or web-form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: request answer ID --status received|in_progress|extended|completed|refused [--on DATE] [--until DATE] [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --status received, in_progress, extended, completed or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: request cancel ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: request history [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer could not write this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Check: nothing in the history was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Warning: some of the history was changed or removed after it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: request new|list|show|mark-sent|answer|cancel|history|letter|complaint|calendar ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: request letter ID [--reminder] [--letter-language nl|en]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --letter-language nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: request complaint ID --out FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is ready in %1. It is in Dutch: the AP works in Dutch. Read it, fill in what is missing, and send it with the attachments. The AP wants proof that you asked the shop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: request calendar ID [--out FILE.ics]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has no deadline yet: tell Roer first that you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recovery code file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open it with your recovery code: --recovery-code-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vault passphrase --new-passphrase-file FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault now opens with the new passphrase. The old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vault recovery-code [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code (shown only now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down and keep it safe. Your old recovery code no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vault keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of your vault is in the password store of this computer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vault passphrase|recovery-code|keychain ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 file: %2 records, %3 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show where the vault is and how it is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, rename, remove, link or refresh retailers (add|list|rename|remove|directory|link|unlink|refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import export files of a retailer: import --retailer NAME FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the latest imported data of a retailer: data --retailer NAME --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain what a retailer knows about you (--retailer NAME [--json])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, list or show the history of your consent choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or send the decisions waiting for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change how the vault opens (passphrase|recovery-code|keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rights requests: new|list|show|mark-sent|answer|cancel|history|letter|complaint|calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the vault passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault with the recovery code in FILE (when the keychain or the passphrase fails).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
