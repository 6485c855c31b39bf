#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>

// A network access manager whose every request gets the same canned answer (a FuzzReply).
class FuzzNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    void setAnswer(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                   const QByteArray &body);
    int requestCount() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    int m_status = 200;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    int m_requests = 0;
};
