#include "RetailerPurpose.h"

#include "ConsentTypes.h"

#include <QJsonArray>

namespace {
QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        if (v.isString())
            out.append(v.toString());
    return out;
}

// Texts come either as {"en": ..., "nl": ...} or as a plain string.
void readTexts(const QJsonValue &value, QString &en, QString &nl)
{
    if (value.isObject()) {
        en = value[QLatin1String("en")].toString();
        nl = value[QLatin1String("nl")].toString();
    } else if (value.isString()) {
        en = value.toString();
    }
}
} // namespace

QString RetailerPurpose::title(const QString &language) const
{
    if (language.startsWith(QLatin1String("nl")) && !titleNl.isEmpty())
        return titleNl;
    return titleEn.isEmpty() ? (titleNl.isEmpty() ? id : titleNl) : titleEn;
}

QString RetailerPurpose::description(const QString &language) const
{
    if (language.startsWith(QLatin1String("nl")) && !descriptionNl.isEmpty())
        return descriptionNl;
    return descriptionEn.isEmpty() ? descriptionNl : descriptionEn;
}

bool RetailerPurpose::isConsentBased() const
{
    return Consent::normaliseLegalBasis(legalBasis) == QLatin1String("dpv:Consent");
}

bool RetailerPurpose::isLegitimateInterest() const
{
    return Consent::normaliseLegalBasis(legalBasis) == QLatin1String("dpv:LegitimateInterest");
}

bool RetailerPurpose::isDirectMarketing() const
{
    return dpvPurpose.contains(QLatin1String("Marketing"), Qt::CaseInsensitive)
        || id.contains(QLatin1String("marketing"), Qt::CaseInsensitive);
}

QJsonObject RetailerPurpose::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("dpv_purpose"), dpvPurpose},
        {QStringLiteral("title"),
         QJsonObject{{QStringLiteral("en"), titleEn}, {QStringLiteral("nl"), titleNl}}},
        {QStringLiteral("description"),
         QJsonObject{{QStringLiteral("en"), descriptionEn}, {QStringLiteral("nl"), descriptionNl}}},
        {QStringLiteral("legal_basis"), legalBasis},
        {QStringLiteral("data_categories"), QJsonArray::fromStringList(dataCategories)},
        {QStringLiteral("retention"), retention},
        {QStringLiteral("channels"), QJsonArray::fromStringList(channels)},
        {QStringLiteral("needed_for_contract"), neededForContract},
    };
}

RetailerPurpose RetailerPurpose::fromJson(const QJsonObject &o)
{
    RetailerPurpose p;
    p.id = o[QLatin1String("id")].toString();
    p.dpvPurpose = o[QLatin1String("dpv_purpose")].toString();
    if (p.dpvPurpose.isEmpty())
        p.dpvPurpose = o[QLatin1String("dpv")].toString();
    readTexts(o[QLatin1String("title")], p.titleEn, p.titleNl);
    readTexts(o[QLatin1String("description")], p.descriptionEn, p.descriptionNl);
    p.legalBasis = Consent::normaliseLegalBasis(o[QLatin1String("legal_basis")].toString());
    p.dataCategories = stringList(o[QLatin1String("data_categories")]);
    p.retention = o[QLatin1String("retention")].toString();
    p.channels = Consent::normaliseChannels(stringList(o[QLatin1String("channels")]))
                     .value_or(QStringList());
    p.neededForContract = o[QLatin1String("needed_for_contract")].toBool()
        || o[QLatin1String("required_for_contract")].toBool();
    return p;
}
