#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>

// A QNetworkReply that hands out a canned answer (status, headers, body) from memory, so the
// real RetailerApiClient code parses fuzzed answers without a socket. It finishes on the next
// event loop turn, after the client has connected to it, as a network reply does.
class FuzzReply : public QNetworkReply
{
    Q_OBJECT
public:
    FuzzReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, int status,
              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
              QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();

    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_aborted = false;
};
