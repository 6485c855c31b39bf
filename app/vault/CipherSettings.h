#pragma once

#include <QJsonObject>
#include <QString>

// The SQLCipher settings a vault file was written with. SQLCipher 3.x and 4.x use different
// defaults and a 4.x build cannot read a 3.x file unless told these; they are recorded in the
// vault descriptor when the vault is created.
struct CipherSettings
{
    int libraryMajor = 3;
    int pageSize = 4096;
    QString hmacAlgorithm = QStringLiteral("HMAC_SHA1");
    QString kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA1");
    int kdfIterations = 64000;

    // The defaults of the SQLCipher major version Roer is linked with (page size always 4 KiB).
    static CipherSettings forLibraryMajor(int major);

    QJsonObject toJson() const;
    static CipherSettings fromJson(const QJsonObject &json);
    bool operator==(const CipherSettings &other) const = default;
};
