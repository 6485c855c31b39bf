#pragma once

#include "RightsRequest.h"

#include <QByteArray>
#include <QDateTime>

// A calendar file (iCalendar, RFC 5545) with the deadline of a request as an all-day event
// and a reminder on the morning of that day, so the customer is reminded while Roer is
// closed; no background service is needed. The event carries the shop's name and the kind of
// request only, never personal values. Texts in the language of Roer's screens.
namespace CalendarFile {
// Empty when the request has no running deadline (not sent yet, or closed).
QByteArray forRequest(const RightsRequest &request, const QDateTime &now);
// RFC 5545 text escaping and line folding (75 octets, CRLF, never inside a UTF-8 character).
QByteArray escape(const QString &text);
QByteArray fold(const QByteArray &line);
} // namespace CalendarFile
