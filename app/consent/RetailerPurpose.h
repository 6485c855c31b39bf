#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One purpose a retailer uses data for, as the retailer described it (protocol `purposes`).
struct RetailerPurpose
{
    QString id;         // the retailer's own id
    QString dpvPurpose; // e.g. "dpv:DirectMarketing"
    QString titleEn, titleNl;
    QString descriptionEn, descriptionNl;
    QString legalBasis; // DPV id, e.g. "dpv:Consent"
    QStringList dataCategories;
    QString retention; // ISO 8601 duration, e.g. "P2Y"
    QStringList channels;
    bool neededForContract = false;

    // In the customer's language ("nl" or anything else for English), falling back.
    QString title(const QString &language) const;
    QString description(const QString &language) const;
    bool isConsentBased() const;
    bool isLegitimateInterest() const;
    // Direct marketing: an objection to it is absolute (GDPR Art. 21(3)).
    bool isDirectMarketing() const;

    QJsonObject toJson() const;
    // Lenient about optional fields; empty id means the object was not a purpose.
    static RetailerPurpose fromJson(const QJsonObject &object);
};
