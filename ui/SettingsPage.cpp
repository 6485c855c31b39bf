#include "SettingsPage.h"

#include "AutoLock.h"
#include "ChangePassphraseDialog.h"
#include "HelpDeskMode.h"
#include "HelpDeskSettings.h"
#include "LanguageManager.h"
#include "MessageBox.h"
#include "RecoveryCodeDialog.h"
#include "Style.h"
#include "UiSettings.h"
#include "core/Logging.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace {
// In help-desk mode the home folder is "~": its path may hold the customer's name.
QString shownFolder(const QString &directory)
{
    const QString home = QDir::homePath();
    if (!HelpDeskMode::instance().isOn() || !directory.startsWith(home + QLatin1Char('/')))
        return directory;
    return QStringLiteral("~") + directory.mid(home.size());
}
} // namespace

SettingsPage::SettingsPage(VaultManager *manager, LanguageManager *languages, AutoLock *autoLock,
                           QWidget *parent)
    : QWidget(parent), m_manager(manager), m_languages(languages), m_autoLock(autoLock),
      m_title(new QLabel(this)), m_generalTitle(new QLabel(this)),
      m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_autoLockLabel(new QLabel(this)), m_autoLockTime(new QComboBox(this)),
      m_autoLockNote(new QLabel(this)), m_vaultTitle(new QLabel(this)),
      m_folderLabel(new QLabel(this)), m_folder(new QLineEdit(this)),
      m_showFolder(new QPushButton(this)), m_unlockTitle(new QLabel(this)),
      m_unlockMethod(new QLabel(this)), m_changePassphrase(new QPushButton(this)),
      m_useKeychain(new QPushButton(this)), m_recoveryTitle(new QLabel(this)),
      m_recoveryText(new QLabel(this)), m_renewRecovery(new QPushButton(this)),
      m_status(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    Style::makeTitle(m_title);
    Style::makeSubtitle(m_generalTitle);
    Style::makeSubtitle(m_vaultTitle);
    Style::makeSubtitle(m_unlockTitle);
    Style::makeNote(m_autoLockNote);
    Style::makeBody(m_unlockMethod);
    Style::makeSubtitle(m_recoveryTitle);
    Style::makeBody(m_recoveryText);
    m_recoveryText->setObjectName(QStringLiteral("recoveryText"));
    m_renewRecovery->setObjectName(QStringLiteral("renewRecoveryButton"));
    Style::makeNote(m_status);
    Style::makeError(m_error);
    m_status->hide();
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_autoLockTime->setObjectName(QStringLiteral("autoLockCombo"));
    m_folder->setObjectName(QStringLiteral("vaultFolder"));
    m_showFolder->setObjectName(QStringLiteral("showFolderButton"));
    m_unlockMethod->setObjectName(QStringLiteral("unlockMethod"));
    m_changePassphrase->setObjectName(QStringLiteral("changePassphraseButton"));
    m_useKeychain->setObjectName(QStringLiteral("useKeychainButton"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_languageLabel->setBuddy(m_language);
    m_autoLockLabel->setBuddy(m_autoLockTime);
    m_folderLabel->setBuddy(m_folder);
    m_folder->setReadOnly(true);

    for (const QString &language : LanguageManager::supportedLanguages())
        m_language->addItem(LanguageManager::nativeName(language), language);
    for (const int minutes : UiSettings::kAutoLockChoices)
        m_autoLockTime->addItem(QString(), minutes);

    m_language->setMinimumWidth(280);
    m_autoLockTime->setMinimumWidth(280);
    // A grid rather than a form layout: labels centred on their combo box.
    auto *general = new QGridLayout;
    general->setHorizontalSpacing(Style::kSpacing);
    general->setVerticalSpacing(Style::kSpacing);
    general->addWidget(m_languageLabel, 0, 0, Qt::AlignVCenter);
    general->addWidget(m_language, 0, 1);
    general->addWidget(m_autoLockLabel, 1, 0, Qt::AlignVCenter);
    general->addWidget(m_autoLockTime, 1, 1);
    general->addWidget(m_autoLockNote, 2, 0, 1, 3);
    general->setColumnStretch(2, 1);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_showFolder);

    auto *unlockButtons = new QHBoxLayout;
    unlockButtons->addWidget(m_changePassphrase);
    unlockButtons->addWidget(m_useKeychain);
    unlockButtons->addStretch(1);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("settingsContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(Style::kPageMargin, Style::kPageMargin, Style::kPageMargin,
                               Style::kPageMargin);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_generalTitle);
    layout->addLayout(general);
    layout->addSpacing(Style::kSpacing);
    layout->addWidget(m_vaultTitle);
    layout->addWidget(m_folderLabel);
    layout->addLayout(folderRow);
    layout->addSpacing(Style::kSpacing);
    layout->addWidget(m_unlockTitle);
    layout->addWidget(m_unlockMethod);
    layout->addLayout(unlockButtons);
    layout->addSpacing(Style::kSpacing);
    layout->addWidget(m_recoveryTitle);
    layout->addWidget(m_recoveryText);
    auto *recoveryButtons = new QHBoxLayout;
    recoveryButtons->addWidget(m_renewRecovery);
    recoveryButtons->addStretch(1);
    layout->addLayout(recoveryButtons);
    layout->addSpacing(Style::kSpacing);
    layout->addWidget(new HelpDeskSettings(content));
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);

    // Scrolls on small screens rather than squeezing the text.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setStyleSheet(QStringLiteral("QScrollArea, QWidget#settingsContent "
                                         "{ background: transparent; }"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_language, &QComboBox::activated, this, &SettingsPage::languageSelected);
    connect(m_autoLockTime, &QComboBox::activated, this, &SettingsPage::autoLockSelected);
    connect(m_showFolder, &QPushButton::clicked, this, &SettingsPage::showFolder);
    connect(m_changePassphrase, &QPushButton::clicked, this, &SettingsPage::changePassphrase);
    connect(m_useKeychain, &QPushButton::clicked, this, &SettingsPage::switchToKeychain);
    connect(m_renewRecovery, &QPushButton::clicked, this, &SettingsPage::renewRecoveryCode);
    connect(m_manager, &VaultManager::locked, this, [this] { m_repairKeychain = false; });
    connect(&HelpDeskMode::instance(), &HelpDeskMode::changed, this, &SettingsPage::refresh);
    retranslateUi();
    refresh();
}

void SettingsPage::refresh()
{
    m_language->setCurrentIndex(m_language->findData(m_languages->language()));
    m_autoLockTime->setCurrentIndex(m_autoLockTime->findData(UiSettings::autoLockMinutes()));
    m_folder->setText(QDir::toNativeSeparators(shownFolder(m_manager->directory())));
    const auto descriptor = m_manager->descriptor();
    m_isKeychain = descriptor && descriptor->unlock == VaultDescriptor::Unlock::Keychain;
    m_useKeychain->setVisible(!m_isKeychain || m_repairKeychain);
    m_recoveryConfirmed = m_manager->isRecoveryCodeConfirmed();
    retranslateUi();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void SettingsPage::hideEvent(QHideEvent *event)
{
    // A message belongs to the moment it was shown.
    setStatus(QString(), false);
    QWidget::hideEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_generalTitle->setText(tr("General"));
    m_languageLabel->setText(tr("&Language:"));
    m_autoLockLabel->setText(tr("Lock &Roer after:"));
    for (int i = 0; i < m_autoLockTime->count(); ++i) {
        const int minutes = m_autoLockTime->itemData(i).toInt();
        m_autoLockTime->setItemText(i,
                                    minutes == 1 ? tr("1 minute without use")
                                                 : tr("%1 minutes without use").arg(minutes));
    }
    m_autoLockNote->setText(tr("When Roer is locked, nobody can see your data "
                               "without unlocking it first."));
    m_vaultTitle->setText(tr("Your vault"));
    m_folderLabel->setText(tr("Your data is kept, encrypted, in this &folder:"));
    m_showFolder->setText(tr("Show folder"));
    m_unlockTitle->setText(tr("How Roer is unlocked"));
    m_unlockMethod->setText(m_isKeychain ? tr("Roer is unlocked with the password store of this "
                                              "computer.")
                                         : tr("Roer is unlocked with your passphrase."));
    m_changePassphrase->setText(m_isKeychain ? tr("Use a passphrase instead…")
                                             : tr("Change passphrase…"));
    m_useKeychain->setText(m_isKeychain ? tr("Put the key back in the password store")
                                        : tr("Use the password store instead"));
    m_recoveryTitle->setText(tr("Recovery code"));
    m_recoveryText->setText(m_recoveryConfirmed
                                ? tr("With your recovery code you can always open your "
                                     "data. Lost it? Make a new one. The old code then "
                                     "stops working.")
                                : tr("You have not checked your recovery code yet. "
                                     "Without it you can lose your data. Make a new code "
                                     "and write it down."));
    m_renewRecovery->setText(tr("Make a new recovery code…"));
}

void SettingsPage::languageSelected(int index)
{
    m_languages->setLanguage(m_language->itemData(index).toString());
}

void SettingsPage::autoLockSelected(int index)
{
    const int minutes = m_autoLockTime->itemData(index).toInt();
    UiSettings::setAutoLockMinutes(minutes);
    m_autoLock->setIdleMinutes(minutes);
}

void SettingsPage::showFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_manager->directory()));
}

void SettingsPage::changePassphrase()
{
    setStatus(QString(), false);
    ChangePassphraseDialog dialog(m_manager, m_isKeychain, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    setStatus(tr("Done. From now on you open Roer with your new passphrase."), false);
}

void SettingsPage::switchToKeychain()
{
    setStatus(tr("Saving the key in the password store of this computer…"), false);
    m_useKeychain->setEnabled(false);
    QPointer<SettingsPage> self(this);
    m_manager->switchToKeychain([self](Result<void> result) {
        if (!self)
            return;
        self->m_useKeychain->setEnabled(true);
        self->refresh();
        if (result) {
            self->m_repairKeychain = false;
            self->refresh();
            self->setStatus(tr("Done. Roer now uses the password store of this computer."), false);
        } else {
            qCWarning(lcUi) << "Switch to keychain failed, code" << int(result.error().code);
            const bool unavailable = result.error().code == ErrorCode::KeychainUnavailable;
            self->setStatus(!unavailable ? result.error().message
                                : self->m_isKeychain
                                ? tr("The password store of this computer cannot be used right "
                                     "now. Choose a passphrase, or try again later.")
                                : tr("The password store of this computer cannot be used "
                                     "right now. Your passphrase still works."),
                            true);
        }
    });
}

void SettingsPage::suggestNewPassphrase()
{
    refresh();
    if (m_isKeychain) {
        // The password store did not give the key (locked, broken or emptied). The same key
        // can go back into it, or the customer chooses a passphrase; never a new key.
        m_repairKeychain = true;
        refresh();
        setStatus(tr("You opened Roer with your recovery code, because the password store did "
                     "not give the key. Put the key back in the password store, or choose a "
                     "passphrase."),
                  false);
        m_useKeychain->setFocus();
        return;
    }
    setStatus(tr("You opened Roer with your recovery code. If you forgot your passphrase, "
                 "choose a new one here."),
              false);
    m_changePassphrase->setFocus();
}

void SettingsPage::renewRecoveryCode()
{
    setStatus(QString(), false);
    if (m_recoveryConfirmed
        && !MessageBox::confirm(this, tr("New recovery code"),
                                tr("Your old recovery code will stop working. "
                                   "Make a new one?"),
                                tr("Make a new code")))
        return;
    // Wrapping the key takes about a second.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QString> code = m_manager->renewRecoveryCode();
    QApplication::restoreOverrideCursor();
    if (!code) {
        qCWarning(lcUi) << "Recovery code not renewed, code" << int(code.error().code);
        setStatus(code.error().message, true);
        return;
    }
    refresh();
    emit recoveryCodeChanged();
    // open(), not exec(): the dialog is modal for the window without a nested event loop,
    // so a lock (which rejects open dialogs) unwinds cleanly.
    auto *dialog = new RecoveryCodeDialog(m_manager, *code, this);
    code->fill(QLatin1Char('0'));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        refresh();
        emit recoveryCodeChanged();
        if (result == QDialog::Accepted)
            setStatus(tr("Done. Keep your new recovery code in a safe place."), false);
    });
    dialog->open();
}

void SettingsPage::setStatus(const QString &text, bool isError)
{
    Style::setMessage(m_status, isError ? QString() : text);
    Style::setMessage(m_error, isError ? text : QString());
}
