#include "KeychainStore.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

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

void KeychainStore::read(const QString &account, std::function<void(Result<SecureBytes>)> done)
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

void KeychainStore::write(const QString &account, const SecureBytes &secret,
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

void KeychainStore::remove(const QString &account, std::function<void(Result<void>)> done)
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
