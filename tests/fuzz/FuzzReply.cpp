#include "FuzzReply.h"

#include <QTimer>

#include <cstring>

FuzzReply::FuzzReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                     int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                     const QByteArray &body, QObject *parent)
    : QNetworkReply(parent), m_body(body)
{
    setOperation(op);
    setRequest(request);
    setUrl(request.url());
    // 0: no HTTP answer at all (connection refused); otherwise an HTTP status.
    if (status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        for (const auto &h : headers)
            setRawHeader(h.first, h.second);
        if (status >= 400)
            setError(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP error"));
    } else {
        setError(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
    }
    open(QIODevice::ReadOnly);
    QTimer::singleShot(0, this, &FuzzReply::deliver);
}

void FuzzReply::deliver()
{
    if (m_aborted)
        return;
    emit metaDataChanged();
    if (!m_body.isEmpty()) {
        emit readyRead();
        emit downloadProgress(m_body.size(), m_body.size());
    }
    if (m_aborted)
        return;
    setFinished(true);
    emit finished();
}

void FuzzReply::abort()
{
    if (m_aborted || isFinished())
        return;
    m_aborted = true;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
    setFinished(true);
    emit finished();
}

qint64 FuzzReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FuzzReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, m_body.size() - m_offset);
    if (n <= 0)
        return m_aborted || isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}
