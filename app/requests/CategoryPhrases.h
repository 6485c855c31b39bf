#pragma once

#include <QString>
#include <QStringList>

// What a kind of personal data (a DPV category, as Roer's explanations find it) is called in
// a letter the customer writes: first person, plain, in the letter's language. "pd:Location"
// is "the places where I was (my location data)". Unknown categories give an empty phrase.
namespace CategoryPhrases {
QString phrase(const QString &category, const QString &language);
// The phrases of `categories` joined for a sentence ("a, b and c"), skipping unknown ones.
QString join(const QStringList &categories, const QString &language);
} // namespace CategoryPhrases
