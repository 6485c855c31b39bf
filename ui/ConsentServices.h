#pragma once

#include "core/Result.h"

#include <QObject>

#include <functional>
#include <memory>

class DataRefresher;
class KeychainStore;
class OutboxSender;
class QNetworkAccessManager;
class QUrl;
class RequestSender;
class RetailerAccounts;
class Vault;
class VaultManager;

// The consent services of the open vault, shared by the Retailers and Consents pages and the
// delivery status area: one RetailerAccounts (one token cache: a rotated refresh token must
// not be used twice), one OutboxSender, one RequestSender (rights requests), one DataRefresher,
// and the linking flow through the system browser. They are made when the vault opens and let go of
// it on aboutToLock.
class ConsentServices : public QObject
{
    Q_OBJECT
public:
    explicit ConsentServices(VaultManager *manager, QObject *parent = nullptr);
    ~ConsentServices() override;

    // Makes the services for the open vault (again after a lock); false while locked.
    bool ensure();
    void drop();
    RetailerAccounts *accounts() const { return m_accounts.get(); }
    OutboxSender *sender() const { return m_sender.get(); }
    RequestSender *requestSender() const { return m_requestSender.get(); }
    DataRefresher *refresher() const { return m_refresher.get(); }
    QNetworkAccessManager *network() const { return m_network; }

    // Rights requests: send what waits, ask the shops about the open ones, try one again.
    void sendRequests();
    void checkRequests();
    void retryRequest(const QString &requestId);

    bool isLinked(qint64 retailerId);
    bool isLinking() const { return m_linking; }
    // Links through the system browser (RetailerAccounts::link). `done` is not called when the
    // link is cancelled or the vault locks first.
    void link(qint64 retailerId, std::function<void(Result<void>)> done);
    void cancelLink();
    void unlink(qint64 retailerId, std::function<void(Result<void>)> done);

signals:
    // The outbox changed: a delivery moved on, or the sender went idle.
    void deliveryChanged();
    // A rights request moved on: delivered, or the retailer's answer came in.
    void requestChanged(const QString &requestId);
    void linkChanged(qint64 retailerId);
    // Account linking: the sign-in address, and whether a browser opened it (without one the
    // customer copies it); then the end of that attempt (done, failed or cancelled).
    void linkAddress(const QUrl &url, bool opened);
    void linkEnded();

private:
    VaultManager *m_manager;
    QNetworkAccessManager *m_network;
    KeychainStore *m_keychain;
    Vault *m_vault = nullptr;
    std::unique_ptr<RetailerAccounts> m_accounts;
    std::unique_ptr<OutboxSender> m_sender;
    std::unique_ptr<RequestSender> m_requestSender;
    std::unique_ptr<DataRefresher> m_refresher;
    int m_generation = 0; // one per opened vault: late answers of an old one are ignored
    int m_linkAttempt = 0;
    bool m_linking = false;
};
