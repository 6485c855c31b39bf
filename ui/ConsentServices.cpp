#include "ConsentServices.h"

#include "consent/DataRefresher.h"
#include "consent/OutboxSender.h"
#include "consent/RetailerAccounts.h"
#include "core/Logging.h"
#include "vault/KeychainStore.h"
#include "vault/VaultManager.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QUrl>

namespace {
std::function<void(const QUrl &)> g_urlOpener;
} // namespace

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

void ConsentServices::setUrlOpener(std::function<void(const QUrl &)> opener)
{
    g_urlOpener = std::move(opener);
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
    // Decisions the customer made earlier and that are still waiting go out now.
    m_sender->start();
    return true;
}

void ConsentServices::drop()
{
    ++m_generation;
    m_linking = false;
    if (m_sender)
        m_sender->stop();
    m_refresher.reset();
    m_sender.reset();
    m_accounts.reset();
    m_vault = nullptr;
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
        [](const QUrl &url) {
            if (g_urlOpener)
                g_urlOpener(url);
            else
                QDesktopServices::openUrl(url);
        },
        [this, generation, attempt, retailerId, done = std::move(done)](Result<void> result) {
            if (generation != m_generation || attempt != m_linkAttempt)
                return; // the vault locked, or the link was cancelled
            m_linking = false;
            qCInfo(lcUi) << "linking finished" << result.ok();
            done(result);
            if (result)
                emit linkChanged(retailerId);
        });
}

void ConsentServices::cancelLink()
{
    ++m_linkAttempt;
    m_linking = false;
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
