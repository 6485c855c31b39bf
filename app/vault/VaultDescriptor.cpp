#include "VaultDescriptor.h"

#include "VaultPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

QString VaultDescriptor::unlockName(Unlock unlock)
{
    return unlock == Unlock::Keychain ? QStringLiteral("keychain") : QStringLiteral("passphrase");
}

Result<VaultDescriptor> VaultDescriptor::load(const QString &directory)
{
    QFile file(VaultPaths::descriptorFile(directory));
    if (!file.exists())
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("VaultDescriptor",
                                                       "There is no vault in this folder."));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate(
                               "VaultDescriptor", "Roer cannot read the vault settings file."));
    const QByteArray bytes = file.read(1 << 20);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(ErrorCode::VaultDamaged,
                           QCoreApplication::translate("VaultDescriptor",
                                                       "The vault settings file is damaged."));

    const QJsonObject o = doc.object();
    VaultDescriptor d;
    d.format = o.value(QStringLiteral("format")).toInt(0);
    if (d.format < 1 || d.format > kFormatVersion)
        return Error::make(
            ErrorCode::UnsupportedFormat,
            QCoreApplication::translate(
                "VaultDescriptor",
                "This vault was made by a newer version of Roer. Please update Roer."));
    d.vaultId = o.value(QStringLiteral("vault_id")).toString();
    d.createdAt =
        QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    d.cipher = CipherSettings::fromJson(o.value(QStringLiteral("cipher")).toObject());
    d.keyCheck = o.value(QStringLiteral("key_check")).toString().toLatin1();
    const QString unlock = o.value(QStringLiteral("unlock")).toString();
    if (unlock == QLatin1String("keychain"))
        d.unlock = Unlock::Keychain;
    else if (unlock == QLatin1String("passphrase"))
        d.unlock = Unlock::Passphrase;
    else
        return Error::make(ErrorCode::VaultDamaged,
                           QCoreApplication::translate("VaultDescriptor",
                                                       "The vault settings file is damaged."));
    d.passphraseWrap = o.value(QStringLiteral("passphrase_wrap")).toObject();
    d.recoveryWrap = o.value(QStringLiteral("recovery_wrap")).toObject();
    d.recoveryConfirmed = o.value(QStringLiteral("recovery_confirmed")).toBool(true);
    if (d.vaultId.isEmpty() || d.keyCheck.size() != 64)
        return Error::make(ErrorCode::VaultDamaged,
                           QCoreApplication::translate("VaultDescriptor",
                                                       "The vault settings file is damaged."));
    return d;
}

Result<void> VaultDescriptor::save(const QString &directory) const
{
    QJsonObject o{{QStringLiteral("format"), format},
                  {QStringLiteral("vault_id"), vaultId},
                  {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("cipher"), cipher.toJson()},
                  {QStringLiteral("key_check"), QString::fromLatin1(keyCheck)},
                  {QStringLiteral("unlock"), unlockName(unlock)}};
    if (!passphraseWrap.isEmpty())
        o.insert(QStringLiteral("passphrase_wrap"), passphraseWrap);
    if (!recoveryWrap.isEmpty())
        o.insert(QStringLiteral("recovery_wrap"), recoveryWrap);
    o.insert(QStringLiteral("recovery_confirmed"), recoveryConfirmed);

    QSaveFile file(VaultPaths::descriptorFile(directory));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate(
                               "VaultDescriptor", "Roer could not save the vault settings file."));
    return {};
}
