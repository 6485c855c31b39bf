#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// What the sandbox answers to one request, independent of the QtHttpServer version.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Close the connection without answering (fault injection "drop after commit").
    bool dropConnection = false;

    static HttpReply json(int status, const QJsonObject &object)
    {
        HttpReply r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return r;
    }

    // The protocol's error shape: {"error": {"code": ..., "message": ...}}.
    static HttpReply error(int status, const QString &code, const QString &message)
    {
        return json(status,
                    QJsonObject{{QStringLiteral("error"),
                                 QJsonObject{{QStringLiteral("code"), code},
                                             {QStringLiteral("message"), message}}}});
    }

    static HttpReply text(int status, const QByteArray &contentType, const QByteArray &body)
    {
        HttpReply r;
        r.status = status;
        r.contentType = contentType;
        r.body = body;
        return r;
    }

    HttpReply &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};
