#include "RequestDetails.h"

#include <QJsonArray>

QJsonObject RequestDetails::toJson() const
{
    // Only what is set, so the stored and hashed forms stay short and stable.
    QJsonObject o;
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("scope", scope);
    if (!categories.isEmpty())
        o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(categories));
    put("field_path", fieldPath);
    if (withdrawConsents)
        o.insert(QStringLiteral("withdraw_consents"), true);
    put("object_to", Requests::objectToId(objectTo));
    put("reason", reason);
    put("wrong_value", wrongValue);
    put("correct_value", correctValue);
    put("customer_number", customerNumber);
    return o;
}

RequestDetails RequestDetails::fromJson(const QJsonObject &o)
{
    RequestDetails d;
    d.scope = o.value(QLatin1String("scope")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("categories")).toArray())
        d.categories.append(v.toString());
    d.fieldPath = o.value(QLatin1String("field_path")).toString();
    d.withdrawConsents = o.value(QLatin1String("withdraw_consents")).toBool();
    d.objectTo = Requests::objectToFromId(o.value(QLatin1String("object_to")).toString())
                     .value_or(Requests::ObjectTo::Nothing);
    d.reason = o.value(QLatin1String("reason")).toString();
    d.wrongValue = o.value(QLatin1String("wrong_value")).toString();
    d.correctValue = o.value(QLatin1String("correct_value")).toString();
    d.customerNumber = o.value(QLatin1String("customer_number")).toString();
    return d;
}
