#include "CipherSettings.h"

CipherSettings CipherSettings::forLibraryMajor(int major)
{
    CipherSettings s;
    s.libraryMajor = major;
    if (major >= 4) {
        s.hmacAlgorithm = QStringLiteral("HMAC_SHA512");
        s.kdfAlgorithm = QStringLiteral("PBKDF2_HMAC_SHA512");
        s.kdfIterations = 256000;
    }
    return s;
}

QJsonObject CipherSettings::toJson() const
{
    return {{QStringLiteral("sqlcipher_major"), libraryMajor},
            {QStringLiteral("page_size"), pageSize},
            {QStringLiteral("hmac_algorithm"), hmacAlgorithm},
            {QStringLiteral("kdf_algorithm"), kdfAlgorithm},
            {QStringLiteral("kdf_iter"), kdfIterations}};
}

CipherSettings CipherSettings::fromJson(const QJsonObject &json)
{
    CipherSettings s = forLibraryMajor(json.value(QStringLiteral("sqlcipher_major")).toInt(3));
    s.pageSize = json.value(QStringLiteral("page_size")).toInt(s.pageSize);
    s.hmacAlgorithm = json.value(QStringLiteral("hmac_algorithm")).toString(s.hmacAlgorithm);
    s.kdfAlgorithm = json.value(QStringLiteral("kdf_algorithm")).toString(s.kdfAlgorithm);
    s.kdfIterations = json.value(QStringLiteral("kdf_iter")).toInt(s.kdfIterations);
    return s;
}
