#pragma once

#include "HttpReply.h"
#include "SandboxRequest.h"
#include "SandboxRequestApi.h"

#include <functional>

class SandboxStore;

// The protocol itself: discovery and everything under /v1/. Stateless apart from the store.
class SandboxApi
{
public:
    explicit SandboxApi(SandboxStore &store);

    HttpReply discovery(const SandboxRequest &request) const;
    // Any /v1/ request. `afterCommit` is called when a PUT committed or replayed a decision,
    // just before the answer; it may turn the answer into a dropped connection.
    HttpReply handleV1(const SandboxRequest &request,
                       const std::function<void(HttpReply &)> &afterCommit);

    // What GET /v1/export answers (and the result of an access request builds on).
    QJsonObject exportDocument(const QString &customerId) const;

private:
    HttpReply putConsent(const QString &customerId, const QString &purposeId,
                         const SandboxRequest &request);
    // Validates a decision body against a purpose; returns an error reply or status 0.
    HttpReply validateDecision(const QJsonObject &purpose, const QJsonObject &body) const;

    SandboxStore &m_store;
    SandboxRequestApi m_requests;
};
