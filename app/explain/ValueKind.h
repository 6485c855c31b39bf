#pragma once

#include <QString>
#include <QStringView>

// What kind of value this is, in words, without the value: "an e-mail address", "a date in
// 2022", "a number". Help-desk mode shows this instead of the customer's data, so a person
// beside the customer sees what Roer holds but never the value itself.
// The shape of the value decides first (the detectors the classifier uses); the category of
// its field comes next; "a text" is the last answer. Nothing of the value leaks: no length, no
// first letter, and a date of birth does not even give its year (that would tell an age).
namespace ValueKind {
// `categoryId` is the field's DPV category ("pd:Name"), or empty. Translated through
// QCoreApplication ("ValueKind" context), so it follows the customer's language.
QString describe(QStringView value, const QString &categoryId = {});
} // namespace ValueKind
