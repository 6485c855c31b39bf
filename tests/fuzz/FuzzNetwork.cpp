#include "FuzzNetwork.h"

#include "FuzzReply.h"

void FuzzNetwork::setAnswer(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QByteArray &body)
{
    m_status = status;
    m_headers = headers;
    m_body = body;
}

QNetworkReply *FuzzNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                          QIODevice *outgoingData)
{
    Q_UNUSED(outgoingData)
    ++m_requests;
    return new FuzzReply(op, request, m_status, m_headers, m_body, this);
}
