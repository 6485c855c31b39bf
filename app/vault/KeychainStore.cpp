#include "KeychainStore.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

namespace {

const QString kService = QStringLiteral("Roer");

Error unavailable()
{
    return Error::make(ErrorCode::KeychainUnavailable,
                       QCoreApplication::translate(
                           "KeychainStore",
                           "The password store of this computer is not available or said no."));
}

Error errorFor(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error::make(ErrorCode::KeychainNoEntry,
                           QCoreApplication::translate("KeychainStore",
                                                       "The key is not in the password store."));
    // QtKeychain's own text may name paths; it is logged, not shown, and holds no secret.
    qCWarning(lcKeychain) << "keychain error" << int(job.error()) << job.errorString();
    return unavailable();
}

// Runs a job with a timeout. Jobs have no parent: libsecret may call back after the store is
// gone, so a job must live until it finishes (it deletes itself then). `finish` is called exactly
// once: with the job when it finished, or with nullptr when the timeout came first (the late job is
// then ignored).
void runJob(QKeychain::Job *job, int timeoutMs, QObject *context,
            std::function<void(QKeychain::Job *)> finish)
{
    auto pending = std::make_shared<bool>(true);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [pending, finish](QKeychain::Job *j) {
        if (std::exchange(*pending, false))
            finish(j);
    });
    QTimer::singleShot(timeoutMs, context, [pending, finish] {
        if (std::exchange(*pending, false)) {
            qCWarning(lcKeychain) << "keychain did not answer in time";
            finish(nullptr);
        }
    });
    job->start();
}

template<typename T>
Result<T> waitFor(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    QEventLoop loop;
    std::optional<Result<T>> out;
    start([&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

} // namespace

KeychainStore::KeychainStore(QObject *parent) : QObject(parent) {}

void KeychainStore::readEntry(const QString &account, std::function<void(Result<SecureBytes>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(account);
    runJob(job, m_timeoutMs, this, [done](QKeychain::Job *j) {
        if (!j)
            return done(unavailable());
        if (j->error() != QKeychain::NoError)
            return done(errorFor(*j));
        QByteArray data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        done(SecureBytes::takeFrom(data));
    });
}

void KeychainStore::writeEntry(const QString &account, const SecureBytes &secret,
                               std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(account);
    QByteArray data(secret.constChar(), qsizetype(secret.size()));
    job->setBinaryData(data);
    wipe(data);
    runJob(job, m_timeoutMs, this, [done](QKeychain::Job *j) {
        if (!j)
            return done(unavailable());
        if (j->error() != QKeychain::NoError)
            return done(errorFor(*j));
        done({});
    });
}

void KeychainStore::removeEntry(const QString &account, std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(account);
    runJob(job, m_timeoutMs, this, [done](QKeychain::Job *j) {
        if (!j)
            return done(unavailable());
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return done(errorFor(*j));
        done({});
    });
}

// The split parts of `manifest`, from part `from` on, removed one after the other. Errors are
// only logged: a part left over holds one piece of an old secret in the keychain, no more.
void KeychainStore::removeParts(const QString &account, const KeychainSplit::Manifest &manifest,
                                int from, std::function<void()> done)
{
    if (from >= manifest.parts)
        return done();
    removeEntry(KeychainSplit::partAccount(account, manifest.generation, from),
                [this, account, manifest, from, done](Result<void> r) {
                    if (!r)
                        qCWarning(lcKeychain) << "an old part of a split secret stays";
                    removeParts(account, manifest, from + 1, done);
                });
}

void KeychainStore::readParts(const QString &account, const KeychainSplit::Manifest &manifest,
                              int n, std::shared_ptr<SecureBytes> whole,
                              std::function<void(Result<SecureBytes>)> done)
{
    if (n == manifest.parts) {
        if (!KeychainSplit::matches(manifest, *whole)) {
            qCWarning(lcKeychain) << "a split secret is incomplete";
            return done(unavailable());
        }
        return done(std::move(*whole));
    }
    readEntry(KeychainSplit::partAccount(account, manifest.generation, n),
              [this, account, manifest, n, whole, done](Result<SecureBytes> part) {
                  if (!part) {
                      qCWarning(lcKeychain) << "a part of a split secret is missing";
                      return done(unavailable());
                  }
                  SecureBytes joined(whole->size() + part->size());
                  std::copy(whole->data(), whole->data() + whole->size(), joined.data());
                  std::copy(part->data(), part->data() + part->size(),
                            joined.data() + whole->size());
                  *whole = std::move(joined);
                  readParts(account, manifest, n + 1, whole, done);
              });
}

void KeychainStore::writeParts(const QString &account, std::shared_ptr<const SecureBytes> value,
                               const QString &generation, int n,
                               std::function<void(Result<void>)> done)
{
    if (n == KeychainSplit::partCount(*value)) {
        // The manifest last: until it is written, the entry still names the old value.
        QByteArray manifest = KeychainSplit::manifestFor(*value, generation);
        return writeEntry(account, SecureBytes::takeFrom(manifest), done);
    }
    writeEntry(KeychainSplit::partAccount(account, generation, n), KeychainSplit::part(*value, n),
               [this, account, value, generation, n, done](Result<void> r) {
                   if (!r)
                       return done(r);
                   writeParts(account, value, generation, n + 1, done);
               });
}

void KeychainStore::read(const QString &account, std::function<void(Result<SecureBytes>)> done)
{
    readEntry(account, [this, account, done](Result<SecureBytes> entry) {
        if (!entry)
            return done(std::move(entry));
        const auto manifest = KeychainSplit::parseManifest(
            QByteArray::fromRawData(entry->constChar(), qsizetype(entry->size())));
        if (!manifest)
            return done(std::move(entry));
        readParts(account, *manifest, 0, std::make_shared<SecureBytes>(), done);
    });
}

void KeychainStore::write(const QString &account, const SecureBytes &secret,
                          std::function<void(Result<void>)> done)
{
    auto value = std::make_shared<const SecureBytes>(secret.copy());
    // The entry as it is now: a manifest there names parts to remove once the new value is in.
    readEntry(account, [this, account, value, done](Result<SecureBytes> old) {
        if (!old && old.error().code != ErrorCode::KeychainNoEntry)
            return done(old.error()); // unavailable or denied: writing would fail the same way
        std::optional<KeychainSplit::Manifest> oldParts;
        if (old)
            oldParts = KeychainSplit::parseManifest(
                QByteArray::fromRawData(old->constChar(), qsizetype(old->size())));
        auto finish = [this, account, oldParts, done](Result<void> written) {
            if (!written || !oldParts)
                return done(written);
            removeParts(account, *oldParts, 0, [done] { done({}); });
        };
        if (!KeychainSplit::needsSplit(*value))
            return writeEntry(account, *value, finish);
        writeParts(account, value, KeychainSplit::newGeneration(), 0, finish);
    });
}

void KeychainStore::remove(const QString &account, std::function<void(Result<void>)> done)
{
    readEntry(account, [this, account, done](Result<SecureBytes> entry) {
        std::optional<KeychainSplit::Manifest> parts;
        if (entry)
            parts = KeychainSplit::parseManifest(
                QByteArray::fromRawData(entry->constChar(), qsizetype(entry->size())));
        removeEntry(account, [this, account, parts, done](Result<void> r) {
            if (!r || !parts)
                return done(r);
            removeParts(account, *parts, 0, [done] { done({}); });
        });
    });
}

Result<SecureBytes> KeychainStore::readBlocking(const QString &account)
{
    return waitFor<SecureBytes>([&](auto done) { read(account, done); });
}

Result<void> KeychainStore::writeBlocking(const QString &account, const SecureBytes &secret)
{
    return waitFor<void>([&](auto done) { write(account, secret, done); });
}

Result<void> KeychainStore::removeBlocking(const QString &account)
{
    return waitFor<void>([&](auto done) { remove(account, done); });
}
