<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <source>The keychain of this computer is not available or said no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not in the keychain.</source>
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
    <name>PlaceholderPage</name>
    <message>
        <source>This part of Roer is not ready yet. It will show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short summary: which shops have your data, what you allowed them to do, and what still needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shops you added, and how to get your data from each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data that shops keep about you, explained in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you allow each shop to do with your data. You will be able to change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requests you sent to shops, for example to delete your data, and their answers.</source>
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
        <source>To check that you wrote it down, type the &amp;last group of the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
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
        <source>The last group is the part after the last dash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the last group yet. Look again at the code.</source>
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
        <source>The key is missing from the password store of this computer. Use your recovery code to open your data.</source>
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
        <source>Roer cannot use the keychain of this computer. Choose a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roer cannot create the vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of this vault is not in the keychain. Use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is unlocked with the keychain.</source>
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
        <source>Unlocked with: the keychain of this computer</source>
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
</context>
</TS>
