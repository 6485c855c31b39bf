#pragma once

#include "LocalText.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The explain catalogue: personal-data categories (W3C DPV ids), purposes (DPV ids) and the
// GDPR Art. 6(1) legal bases, each with plain-language texts in Dutch and English, plus the
// field-name vocabulary the classifier uses. It is data in resources/catalogue/*.json,
// compiled into roer_core, so it can grow without touching the logic.
class Catalogue
{
public:
    struct Category
    {
        QString id;             // "pd:EmailAddress", or "none"
        QStringList purposes;   // DPV purpose ids
        int retentionYears = 0; // typical maximum; 0 = as long as the account exists
        bool special = false;   // GDPR Art. 9 special category
        bool sensitive = false; // e.g. a national id number
        LocalText title;
        LocalText explanation;
        LocalText whatYouCanDo;
        LocalText retention;
    };
    struct Purpose
    {
        QString id;
        QString legalBasis; // id of the legal basis usually claimed
        bool marketing = false;
        LocalText title;
        LocalText explanation;
    };
    struct LegalBasis
    {
        QString id;      // "eu-gdpr:A6-1-a"
        QString dpv;     // "dpv:Consent"
        QString article; // "6(1)(a)"
        bool canObject = false;
        bool canWithdraw = false;
        LocalText title;
        LocalText explanation;
        LocalText whatYouCanDo;
    };
    // One rule of the field-name vocabulary; patterns are already normalised (see normaliseName).
    struct NameRule
    {
        QString category;
        double confidence = 0.7;
        QStringList names;    // equal to the whole compact name
        QStringList tokens;   // equal to one word of the name ("city" in "current_city")
        QStringList contains; // anywhere in the compact name
        // An amount of money: it belongs to what its record is about (a receipt's total is
        // part of what you bought, a payment's amount part of your payments).
        bool follows = false;
        // Says nothing about what its record is about (a currency, a way to pay): it does not
        // count when its neighbours are placed.
        bool quiet = false;
    };

    // The catalogue compiled into Roer (loaded once, then shared).
    static const Catalogue &builtIn();
    // Loads from a folder holding the four JSON files (":/catalogue" for the built-in one).
    static Result<Catalogue> load(const QString &folder);

    const QList<Category> &categories() const { return m_categories; }
    const QList<Purpose> &purposes() const { return m_purposes; }
    const QList<LegalBasis> &legalBases() const { return m_legalBases; }
    const QList<NameRule> &fieldRules() const { return m_fieldRules; }
    const QList<NameRule> &fileRules() const { return m_fileRules; }
    const QStringList &genericNames() const { return m_genericNames; }
    // Words that make a name a date or a time ("Order Date", "createdAt").
    const QStringList &timeWords() const { return m_timeWords; }
    // Words for people: "name" inside "recipient" or "family_members" is a person's name.
    const QStringList &personWords() const { return m_personWords; }
    // Parts of a file that hold guesses about the customer ("p13nData", "demographics").
    const QStringList &inferenceWords() const { return m_inferenceWords; }
    // Files that are lists of such guesses ("Ad_Targeting.csv", "Inferences.json").
    const QStringList &inferenceFileWords() const { return m_inferenceFileWords; }
    // Files that are wish lists: the products in them are the customer's choices.
    const QStringList &preferenceFileWords() const { return m_preferenceFileWords; }

    const Category *category(const QString &id) const;
    const Purpose *purpose(const QString &id) const;
    const LegalBasis *legalBasis(const QString &id) const;

    // "latitudeE7" -> "latitudee7", "E-mailadres" -> "emailadres", "Order ID" -> "orderid".
    static QString compactName(const QString &name);

private:
    QList<Category> m_categories;
    QList<Purpose> m_purposes;
    QList<LegalBasis> m_legalBases;
    QList<NameRule> m_fieldRules;
    QList<NameRule> m_fileRules;
    QStringList m_genericNames;
    QStringList m_timeWords;
    QStringList m_personWords;
    QStringList m_inferenceWords;
    QStringList m_inferenceFileWords;
    QStringList m_preferenceFileWords;
    QHash<QString, qsizetype> m_categoryIndex;
    QHash<QString, qsizetype> m_purposeIndex;
    QHash<QString, qsizetype> m_basisIndex;
};
