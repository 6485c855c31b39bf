#include "ConsentRecord.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

QByteArray ConsentRecord::genesisHash()
{
    return QByteArray(64, '0');
}

QString ConsentRecord::timeString(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray ConsentRecord::canonicalJson() const
{
    // QJsonObject keeps its keys sorted and Compact writes no spaces, so the same record
    // always gives the same bytes. Only strings, booleans and arrays: no floating point.
    const QJsonObject ctx{
        {QStringLiteral("until"),
         context.until.isValid() ? context.until.toString(Qt::ISODate) : QString()},
        {QStringLiteral("where"), Consent::placeId(context.place)},
        {QStringLiteral("while_using_app"), context.whileUsingApp},
    };
    QJsonObject o{
        {QStringLiteral("schema"), QLatin1String(kSchema)},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("previous_record_id"), previousRecordId},
        {QStringLiteral("time"), timeString(time)},
        {QStringLiteral("controller"),
         QJsonObject{{QStringLiteral("name"), controllerName},
                     {QStringLiteral("website"), controllerWebsite}}},
        {QStringLiteral("purpose"),
         QJsonObject{{QStringLiteral("id"), purposeId},
                     {QStringLiteral("dpv"), dpvPurpose},
                     {QStringLiteral("title"), purposeTitle}}},
        {QStringLiteral("legal_basis"), legalBasis},
        {QStringLiteral("data_categories"), QJsonArray::fromStringList(dataCategories)},
        {QStringLiteral("method"), method},
        {QStringLiteral("delivery"), delivery},
        {QStringLiteral("state"), Consent::stateDpv(state)},
        {QStringLiteral("channels"), QJsonArray::fromStringList(channels)},
        {QStringLiteral("context"), ctx},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject ConsentRecord::toJson() const
{
    QJsonObject o = QJsonDocument::fromJson(canonicalJson()).object();
    o.insert(QStringLiteral("previous_hash"), QString::fromLatin1(previousHash));
    o.insert(QStringLiteral("hash"), QString::fromLatin1(hash));
    return o;
}

QByteArray ConsentRecord::hashOf(const QByteArray &canonical, const QByteArray &previousHash)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(canonical);
    h.addData(previousHash);
    return h.result().toHex();
}

QByteArray ConsentRecord::computeHash() const
{
    return hashOf(canonicalJson(), previousHash);
}

bool ConsentRecord::fromCanonicalJson(const QByteArray &json, ConsentRecord &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    if (o[QLatin1String("schema")].toString() != QLatin1String(kSchema))
        return false;
    r.recordId = o[QLatin1String("record_id")].toString();
    r.previousRecordId = o[QLatin1String("previous_record_id")].toString();
    r.time = QDateTime::fromString(o[QLatin1String("time")].toString(), Qt::ISODateWithMs);
    const QJsonObject controller = o[QLatin1String("controller")].toObject();
    r.controllerName = controller[QLatin1String("name")].toString();
    r.controllerWebsite = controller[QLatin1String("website")].toString();
    const QJsonObject purpose = o[QLatin1String("purpose")].toObject();
    r.purposeId = purpose[QLatin1String("id")].toString();
    r.dpvPurpose = purpose[QLatin1String("dpv")].toString();
    r.purposeTitle = purpose[QLatin1String("title")].toString();
    r.legalBasis = o[QLatin1String("legal_basis")].toString();
    r.dataCategories.clear();
    for (const QJsonValue &v : o[QLatin1String("data_categories")].toArray())
        r.dataCategories.append(v.toString());
    r.method = o[QLatin1String("method")].toString();
    r.delivery = o[QLatin1String("delivery")].toString();
    r.state = Consent::stateFromId(o[QLatin1String("state")].toString())
                  .value_or(Consent::State::Unknown);
    r.channels.clear();
    for (const QJsonValue &v : o[QLatin1String("channels")].toArray())
        r.channels.append(v.toString());
    const QJsonObject ctx = o[QLatin1String("context")].toObject();
    r.context.until = QDate::fromString(ctx[QLatin1String("until")].toString(), Qt::ISODate);
    r.context.place = Consent::placeFromId(ctx[QLatin1String("where")].toString())
                          .value_or(Consent::Place::Anywhere);
    r.context.whileUsingApp = ctx[QLatin1String("while_using_app")].toBool();
    return !r.recordId.isEmpty();
}
