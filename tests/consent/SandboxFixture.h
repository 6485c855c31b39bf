#pragma once

#include "LoopbackBrowser.h"

#include "ConsentTestUtil.h"
#include "SandboxProcess.h"

#include "consent/Outbox.h"
#include "consent/OutboxSender.h"
#include "consent/RetailerAccounts.h"
#include "consent/RetailerApiClient.h"
#include "vault/KeychainStore.h"

#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

// A vault with one retailer pointing at a running sandbox, its linked account (real OAuth with
// PKCE against the sandbox, tokens in the real test keychain) and an OutboxSender.
struct SandboxFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
    qint64 retailerId = 0;
    QNetworkAccessManager network;
    KeychainStore keychain;
    std::unique_ptr<RetailerAccounts> accounts;
    std::unique_ptr<OutboxSender> sender;
    std::optional<QSslConfiguration> ssl;

    bool setUp(const QString &apiAddress,
               std::optional<QSslConfiguration> sslConfiguration = std::nullopt)
    {
        ssl = sslConfiguration;
        vault = ConsentTestUtil::makeVault(dir.path());
        if (!vault)
            return false;
        retailerId = ConsentTestUtil::addRetailer(*vault, QStringLiteral("Zandbak"), apiAddress);
        accounts = std::make_unique<RetailerAccounts>(*vault, &keychain, &network);
        sender = std::make_unique<OutboxSender>(*vault, &network);
        if (ssl) {
            accounts->setSslConfiguration(*ssl);
            sender->setSslConfiguration(*ssl);
        }
        sender->setTokenFetcher(accounts->tokenFetcher());
        sender->setBackoff(10, 200);
        return retailerId != 0;
    }

    void openInBrowser(const QUrl &url) { openLikeABrowser(network, url, ssl); }

    Result<void> link()
    {
        std::optional<Result<void>> result;
        accounts->link(
            retailerId, [this](const QUrl &url) { openInBrowser(url); },
            [&](Result<void> r) { result = r; });
        if (!QTest::qWaitFor([&]() { return result.has_value(); }, 20000))
            return Error::make(ErrorCode::Generic, QStringLiteral("link timed out"));
        return *result;
    }

    RetailerApiClient *client()
    {
        auto *c = new RetailerApiClient(&network, &network);
        if (ssl)
            c->setSslConfiguration(*ssl);
        (void)c->setAddress(ConsentStore(*vault).retailer(retailerId)->apiBase);
        QByteArray token;
        bool got = false;
        accounts->accessToken(retailerId, false, [&](QByteArray t) {
            token = t;
            got = true;
        });
        (void)QTest::qWaitFor([&]() { return got; }, 10000);
        c->setAccessToken(token);
        return c;
    }

    Result<void> fetchPurposes()
    {
        std::optional<Result<QList<RetailerPurpose>>> result;
        client()->fetchPurposes([&](Result<QList<RetailerPurpose>> r) { result = r; });
        if (!QTest::qWaitFor([&]() { return result.has_value(); }, 10000))
            return Error::make(ErrorCode::Generic, QStringLiteral("timed out"));
        if (!*result)
            return result->error();
        return ConsentStore(*vault).savePurposes(retailerId, **result);
    }

    Result<QList<RemoteConsent>> fetchConsents()
    {
        std::optional<Result<QList<RemoteConsent>>> result;
        client()->fetchConsents([&](Result<QList<RemoteConsent>> r) { result = r; });
        if (!QTest::qWaitFor([&]() { return result.has_value(); }, 10000))
            return Error::make(ErrorCode::Generic, QStringLiteral("timed out"));
        return *result;
    }

    int pending() { return Outbox(*vault).pendingCount().value(); }

    // One pass of the sender, waiting until nothing is in flight.
    bool step()
    {
        sender->sendDue();
        return QTest::qWaitFor([&]() { return sender->inFlight() == 0; }, 20000);
    }

    // Sends until nothing is pending, letting `stepMs` of (fake) time pass between passes.
    bool drain(FakeClock &clock, int maxRounds = 200, qint64 stepMs = 1000)
    {
        for (int i = 0; i < maxRounds && pending() > 0; ++i) {
            if (!step())
                return false;
            if (pending() > 0)
                clock.advanceMs(stepMs);
        }
        return pending() == 0;
    }
};
