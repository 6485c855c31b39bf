#pragma once

#include <QString>
#include <QStringList>

// Simple, honest checks for B1-level texts (used by the tests over the catalogue and
// available to any module that writes texts for customers):
//  - not empty;
//  - sentences of 15 words or fewer on average, none longer than 25;
//  - the first use of a legal term is explained right there: "(...)", ": ...", "— ...",
//    "means ...", or "the law calls this <term>";
//  - Dutch speaks to the reader with "je", never the formal "u"/"uw".
// It does not judge word choice; a person still has to read the texts.
namespace PlainLanguage {

constexpr int kMaxAverageWords = 15;
constexpr int kMaxSentenceWords = 25;

QStringList sentences(const QString &text);
int wordCount(const QString &sentence);
// Legal terms that must be explained where they first appear in a text.
QStringList jargon(const QString &language);
// Problems found in `text` (empty list: fine). `language` is "nl" or "en".
QStringList problems(const QString &text, const QString &language);

} // namespace PlainLanguage
