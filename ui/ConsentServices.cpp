#include "ConsentServices.h"

#include "UrlOpener.h"
#include "consent/Clock.h"
#include "consent/DataRefresher.h"
#include "consent/OutboxSender.h"
#include "consent/RetailerAccounts.h"
#include "core/Logging.h"
#include "requests/RequestOutbox.h"
#include "requests/RequestSender.h"
#include "vault/KeychainStore.h"
#include "vault/VaultManager.h"

#include <QNetworkAccessManager>
#include <QUrl>

ConsentServices::ConsentServices(VaultManager *manager, QObject *parent)
    : QObject(parent), m_manager(manager), m_network(new QNetworkAccessManager(this)),
      m_keychain(new KeychainStore(this))
{
    // The sender and the accounts hold the vault: they let go while it is still open.
    connect(m_manager, &VaultManager::aboutToLock, this, &ConsentServices::drop);
}

ConsentServices::~ConsentServices()
{
    drop();
}

bool ConsentServices::ensure()
{
    Vault *vault = m_manager->vault();
    if (vault == m_vault)
        return vault != nullptr;
    drop();
    if (!vault)
        return false;
    m_vault = vault;
    m_accounts = std::make_unique<RetailerAccounts>(*vault, m_keychain, m_network);
    m_sender = std::make_unique<OutboxSender>(*vault, m_network);
    m_sender->setTokenFetcher(m_accounts->tokenFetcher());
    m_refresher = std::make_unique<DataRefresher>(*vault, m_accounts.get(), m_network);
    connect(m_sender.get(), &OutboxSender::deliveryChanged, this,
            &ConsentServices::deliveryChanged);
    connect(m_sender.get(), &OutboxSender::idle, this, &ConsentServices::deliveryChanged);
    m_requestSender = std::make_unique<RequestSender>(*vault, m_network);
    m_requestSender->setTokenFetcher(m_accounts->tokenFetcher());
    connect(m_requestSender.get(), &RequestSender::requestChanged, this,
            &ConsentServices::requestChanged);
    // Decisions and requests the customer made earlier and that still wait go out now, and
    // Roer asks the shops about the open requests.
    m_sender->start();
    m_requestSender->start();
    return true;
}

void ConsentServices::drop()
{
    ++m_generation;
    m_linking = false;
    if (m_sender)
        m_sender->stop();
    if (m_requestSender)
        m_requestSender->stop();
    m_refresher.reset();
    m_requestSender.reset();
    m_sender.reset();
    m_accounts.reset();
    m_vault = nullptr;
}

void ConsentServices::sendRequests()
{
    if (!ensure())
        return;
    m_requestSender->sendDue();
    // An erasure that withdraws every consent put those withdrawals in the consent outbox.
    m_sender->sendDue();
}

void ConsentServices::checkRequests()
{
    if (ensure())
        m_requestSender->followUp();
}

void ConsentServices::retryRequest(const QString &requestId)
{
    if (!ensure())
        return;
    // "Try again" after "needs attention": the same Idempotency-Key, due now.
    if (auto entry = RequestOutbox(*m_vault).forRequest(requestId); entry && *entry)
        (void)RequestOutbox(*m_vault).retryNow((*entry)->id, Clock::instance().nowMs());
    m_requestSender->sendDue();
}

bool ConsentServices::isLinked(qint64 retailerId)
{
    return ensure() && m_accounts->isLinked(retailerId);
}

void ConsentServices::link(qint64 retailerId, std::function<void(Result<void>)> done)
{
    if (!ensure())
        return;
    const int generation = m_generation;
    const int attempt = ++m_linkAttempt;
    m_linking = true;
    m_accounts->link(
        retailerId,
        [this](const QUrl &url) {
            const bool opened = UrlOpener::open(url);
            if (!opened)
                qCInfo(lcUi) << "no browser opened for account linking";
            emit linkAddress(url, opened);
        },
        [this, generation, attempt, retailerId, done = std::move(done)](Result<void> result) {
            if (generation != m_generation || attempt != m_linkAttempt)
                return; // the vault locked, or the link was cancelled
            m_linking = false;
            qCInfo(lcUi) << "linking finished" << result.ok();
            emit linkEnded();
            done(result);
            if (result)
                emit linkChanged(retailerId);
        });
}

void ConsentServices::cancelLink()
{
    ++m_linkAttempt;
    m_linking = false;
    emit linkEnded();
}

void ConsentServices::unlink(qint64 retailerId, std::function<void(Result<void>)> done)
{
    if (!ensure())
        return;
    const int generation = m_generation;
    m_accounts->unlink(retailerId,
                       [this, generation, retailerId, done = std::move(done)](Result<void> result) {
                           if (generation != m_generation)
                               return;
                           done(result);
                           if (result)
                               emit linkChanged(retailerId);
                       });
}
