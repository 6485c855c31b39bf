#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// One HTTP request as the sandbox logic sees it, copied out of QHttpServerRequest so the
// logic does not depend on the QtHttpServer version.
struct SandboxRequest
{
    QByteArray method; // "GET", "PUT", ...
    QString path;      // decoded path, e.g. "/v1/consents/direct-marketing"
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Origin the client used to reach us ("http://127.0.0.1:8470"), for absolute URLs.
    QString origin;

    // Case-insensitive header lookup (HTTP field names are case-insensitive).
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};
