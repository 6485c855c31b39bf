#pragma once

#include "RequestTypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// What a request asks for, beyond its kind. Personal values (a wrong address, the customer
// number) live only in the vault and in what the customer sends or saves themselves.
struct RequestDetails
{
    QString scope;                 // what it is about, in the customer's words; empty: all my data
    QStringList categories;        // DPV categories it points at (from an alert or My data)
    QString fieldPath;             // a field from My data ("orders.json › address"), if any
    bool withdrawConsents = false; // erasure: also withdraw every consent (Art. 7(3))
    Requests::ObjectTo objectTo = Requests::ObjectTo::Nothing; // erasure and objection
    QString reason;         // objection to profiling, restriction: the customer's own reason
    QString wrongValue;     // rectification: what is wrong now
    QString correctValue;   // rectification: what it should be
    QString customerNumber; // the customer's number at the shop, so they find the right person

    QJsonObject toJson() const;
    static RequestDetails fromJson(const QJsonObject &object);
    bool operator==(const RequestDetails &) const = default;
};
