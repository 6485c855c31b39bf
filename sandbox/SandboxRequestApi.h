#pragma once

#include "HttpReply.h"
#include "SandboxRequest.h"

#include <functional>

class SandboxStore;

// The requests endpoints of the protocol (docs/protocol §7), under the scope "requests":
//   POST /v1/requests                  make a request (Idempotency-Key required)
//   GET  /v1/requests                  all requests of the customer
//   GET  /v1/requests/{id}             one request: status, deadline, reason
//   GET  /v1/requests/{id}/result      access and portability: the copy of the data
class SandboxRequestApi
{
public:
    using ExportDocument = std::function<QJsonObject(const QString &customerId)>;
    SandboxRequestApi(SandboxStore &store, ExportDocument exportDocument);

    // `afterCommit` as in SandboxApi: a committed or replayed POST may lose its answer.
    HttpReply handle(const QString &customerId, const SandboxRequest &request,
                     const std::function<void(HttpReply &)> &afterCommit);

    // Validates a POST body; an error reply, or status 0.
    static HttpReply validate(const QJsonObject &body);

private:
    HttpReply create(const QString &customerId, const SandboxRequest &request);
    HttpReply result(const QString &customerId, const QString &requestId) const;

    SandboxStore &m_store;
    ExportDocument m_exportDocument;
};
