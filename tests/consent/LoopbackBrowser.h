#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <optional>

// The "browser" of the account-linking tests: opens the retailer's authorize URL (the
// sandbox approves at once in test mode) and follows its redirect to Roer's loopback
// listener, as the customer's browser would. Replies are owned by `network`.
inline void openLikeABrowser(QNetworkAccessManager &network, const QUrl &url,
                             const std::optional<QSslConfiguration> &ssl = std::nullopt)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (ssl)
        request.setSslConfiguration(*ssl);
    QNetworkReply *reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [&network, reply] {
        reply->deleteLater();
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (location.isValid())
            network.get(QNetworkRequest(reply->url().resolved(location)))->setParent(&network);
    });
}
