#include "KeyWrap.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <memory>

namespace {

constexpr int kSaltSize = 16;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

Error cryptoError()
{
    return Error::make(ErrorCode::Generic,
                       QCoreApplication::translate("KeyWrap",
                                                   "Roer could not protect the vault key."));
}

// The secret as UTF-8 in a buffer that is wiped afterwards.
SecureBytes utf8(const QString &secret)
{
    QByteArray bytes = secret.normalized(QString::NormalizationForm_C).toUtf8();
    return SecureBytes::takeFrom(bytes);
}

Result<SecureBytes> stretch(const QString &secret, const QByteArray &salt, int iterations)
{
    const SecureBytes password = utf8(secret);
    SecureBytes out(32);
    if (PKCS5_PBKDF2_HMAC(password.constChar(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(out.size()), out.data())
        != 1)
        return cryptoError();
    return out;
}

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

} // namespace

namespace KeyWrap {

Result<QJsonObject> wrap(const SecureBytes &key, const QString &secret, const QString &vaultId)
{
    const SecureBytes saltBytes = SecureBytes::random(kSaltSize);
    const SecureBytes nonceBytes = SecureBytes::random(kNonceSize);
    const QByteArray salt(saltBytes.constChar(), kSaltSize);
    const QByteArray nonce(nonceBytes.constChar(), kNonceSize);
    auto wrappingKey = stretch(secret, salt, kIterations);
    if (!wrappingKey)
        return wrappingKey.error();

    const QByteArray aad = vaultId.toUtf8();
    QByteArray ciphertext(qsizetype(key.size()), Qt::Uninitialized);
    QByteArray tag(kTagSize, Qt::Uninitialized);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, wrappingKey->data(),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
            != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                             reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
            != 1
        || EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(ciphertext.data()), &len,
                             key.data(), int(key.size()))
            != 1
        || EVP_EncryptFinal_ex(ctx.get(), nullptr, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1)
        return cryptoError();

    return QJsonObject{{QStringLiteral("kdf"), QStringLiteral("PBKDF2-HMAC-SHA256")},
                       {QStringLiteral("iterations"), kIterations},
                       {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                       {QStringLiteral("cipher"), QStringLiteral("AES-256-GCM")},
                       {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                       {QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64())},
                       {QStringLiteral("tag"), QString::fromLatin1(tag.toBase64())}};
}

Result<SecureBytes> unwrap(const QJsonObject &wrapped, const QString &secret,
                           const QString &vaultId)
{
    const auto field = [&](const char *name) {
        return QByteArray::fromBase64(wrapped.value(QLatin1String(name)).toString().toLatin1());
    };
    const QByteArray salt = field("salt"), nonce = field("nonce"), ciphertext = field("ciphertext"),
                     tag = field("tag");
    const int iterations = wrapped.value(QStringLiteral("iterations")).toInt();
    if (wrapped.value(QStringLiteral("kdf")).toString() != QLatin1String("PBKDF2-HMAC-SHA256")
        || wrapped.value(QStringLiteral("cipher")).toString() != QLatin1String("AES-256-GCM")
        || iterations < 100000 || iterations > 10000000 || salt.size() != kSaltSize
        || nonce.size() != kNonceSize || tag.size() != kTagSize || ciphertext.size() != 32)
        return Error::make(ErrorCode::VaultDamaged,
                           QCoreApplication::translate("KeyWrap",
                                                       "The vault settings file is damaged."));

    auto wrappingKey = stretch(secret, salt, iterations);
    if (!wrappingKey)
        return wrappingKey.error();
    const QByteArray aad = vaultId.toUtf8();
    SecureBytes key(std::size_t(ciphertext.size()));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    QByteArray tagCopy = tag;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, wrappingKey->data(),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
            != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                             reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
            != 1
        || EVP_DecryptUpdate(ctx.get(), key.data(), &len,
                             reinterpret_cast<const unsigned char *>(ciphertext.constData()),
                             int(ciphertext.size()))
            != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tagCopy.data()) != 1)
        return cryptoError();
    if (EVP_DecryptFinal_ex(ctx.get(), nullptr, &len) != 1)
        return Error::make(ErrorCode::WrongPassphrase,
                           QCoreApplication::translate("KeyWrap",
                                                       "This passphrase is not correct."));
    return key;
}

} // namespace KeyWrap
