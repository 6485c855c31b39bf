#pragma once

#include <QString>
#include <QStringList>

class Catalogue;

// Reads field names against the catalogue's vocabulary (resources/catalogue/field-names.json):
// an exact name beats a word of the name, a word beats a part of it; then the first rule wins.
// Also says what kind of name it is: generic ("name", "value": read with its parent), a date
// or a time ("Order Date", "createdAt"), a word for people ("recipient"), or a part holding
// guesses about the customer ("p13nData", "Ad_Targeting").
class FieldNameMatcher
{
public:
    enum class Quality { None, Contains, Word, Exact };
    struct Hit
    {
        QString category; // empty: no rule matched
        double confidence = 0.0;
        QString matched; // the name as written
        Quality quality = Quality::None;
        bool follows = false; // an amount of money (see Catalogue::NameRule::follows)
        bool quiet = false;   // says nothing about its record (see Catalogue::NameRule::quiet)
        bool isEmpty() const { return category.isEmpty(); }
    };

    explicit FieldNameMatcher(const Catalogue &catalogue);

    Hit match(const QString &name) const;
    Hit matchFile(const QString &dataFile) const;
    bool isGeneric(const QString &name) const;
    bool isTime(const QString &name) const;
    bool isPerson(const QString &name) const;
    bool isInference(const QString &name) const;          // a part of a file
    bool isInferenceFile(const QString &dataFile) const;  // a whole file
    bool isPreferenceFile(const QString &dataFile) const; // a wish list

    // "latitudeE7" -> {"latitude", "e7"}; "current_city" -> {"current", "city"};
    // "Order ID" -> {"order", "id"}: lower case, split at separators, case changes and digits.
    static QStringList words(const QString &name);

private:
    static bool containsAny(const QString &name, const QStringList &words);

    const Catalogue &m_catalogue;
};
