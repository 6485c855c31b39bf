#pragma once

#include "RequestAnswer.h"
#include "RightsRequest.h"
#include "core/Result.h"

#include <QJsonObject>

// The requests part of the retailer protocol (docs/protocol/README.md §7): the body Roer
// sends with POST /v1/requests, and what it reads from the retailer's answers. Strict about
// what it reads: an answer of another shape is an error, never a guess.
namespace RequestProtocol {

QJsonObject body(const RightsRequest &request);
// The answer to POST /v1/requests (201) or GET /v1/requests/{id}, for request `id`.
Result<RequestAnswer> answer(const QJsonObject &object, const QString &requestId);
// The "access_information" of a result: the Art. 15(1) answers, per item per language.
// Empty when the result has none; an error when it is there but not of the documented shape.
Result<QJsonObject> accessInformation(const QJsonObject &result);
// The Art. 15(1)/(2) items in the order of the law, as used in the protocol and letters.
const QStringList &accessItems();

} // namespace RequestProtocol
