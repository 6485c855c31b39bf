#include "FieldNameMatcher.h"

#include "Catalogue.h"

#include <QFileInfo>
#include <QRegularExpression>

FieldNameMatcher::FieldNameMatcher(const Catalogue &catalogue) : m_catalogue(catalogue) {}

QStringList FieldNameMatcher::words(const QString &name)
{
    QStringList out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            out << word.toLower();
        word.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!word.isEmpty()) {
            const QChar prev = name.at(i - 1);
            const bool lowerToUpper = prev.isLower() && c.isUpper();
            // "IPAddress": a capital followed by a lower case letter starts the next word.
            const bool acronymEnd =
                prev.isUpper() && c.isUpper() && i + 1 < name.size() && name.at(i + 1).isLower();
            if (lowerToUpper || acronymEnd)
                flush();
        }
        word += c;
    }
    flush();
    return out;
}

FieldNameMatcher::Hit FieldNameMatcher::match(const QString &input) const
{
    // A unit in brackets says nothing about what it is: "Distance (m)", "Calories (kcal)".
    static const QRegularExpression unit(QStringLiteral("\\s*\\([^)]*\\)\\s*$"));
    const QString name = QString(input).remove(unit);
    const QString compact = Catalogue::compactName(name);
    if (compact.isEmpty())
        return {};
    const QStringList ws = words(name);
    Hit best;
    for (const Catalogue::NameRule &rule : m_catalogue.fieldRules()) {
        Quality q = Quality::None;
        if (rule.names.contains(compact))
            q = Quality::Exact;
        else if (std::any_of(rule.tokens.cbegin(), rule.tokens.cend(),
                             [&ws](const QString &t) { return ws.contains(t); }))
            q = Quality::Word;
        else if (std::any_of(rule.contains.cbegin(), rule.contains.cend(),
                             [&compact](const QString &p) { return compact.contains(p); }))
            q = Quality::Contains;
        if (q > best.quality) {
            const double confidence = q == Quality::Exact ? rule.confidence
                : q == Quality::Word                      ? rule.confidence - 0.05
                                                          : rule.confidence - 0.1;
            best = Hit{rule.category, confidence, input, q, rule.follows, rule.quiet};
            if (q == Quality::Exact)
                break;
        }
    }
    return best;
}

FieldNameMatcher::Hit FieldNameMatcher::matchFile(const QString &dataFile) const
{
    const QString compact = Catalogue::compactName(QFileInfo(dataFile).completeBaseName());
    for (const Catalogue::NameRule &rule : m_catalogue.fileRules())
        for (const QString &p : rule.contains)
            if (compact.contains(p))
                return Hit{rule.category,     0.45,  QFileInfo(dataFile).fileName(),
                           Quality::Contains, false, false};
    return {};
}

bool FieldNameMatcher::isGeneric(const QString &name) const
{
    return m_catalogue.genericNames().contains(Catalogue::compactName(name));
}

bool FieldNameMatcher::isTime(const QString &name) const
{
    // A time word as the whole name, its last word ("deviceTimestamp", "Start Time") or the first
    // of two ("createdAt"); not inside a longer name ("createdFromFacebook").
    const QStringList &time = m_catalogue.timeWords();
    if (time.contains(Catalogue::compactName(name)))
        return true;
    const QStringList ws = words(name);
    if (ws.isEmpty())
        return false;
    return time.contains(ws.last()) || (ws.size() == 2 && time.contains(ws.first()));
}

bool FieldNameMatcher::isPerson(const QString &name) const
{
    const QStringList &person = m_catalogue.personWords();
    if (person.contains(Catalogue::compactName(name)))
        return true;
    const QStringList ws = words(name);
    return std::any_of(ws.cbegin(), ws.cend(),
                       [&person](const QString &w) { return person.contains(w); });
}

bool FieldNameMatcher::isInference(const QString &name) const
{
    return containsAny(name, m_catalogue.inferenceWords());
}

bool FieldNameMatcher::isInferenceFile(const QString &dataFile) const
{
    return containsAny(QFileInfo(dataFile).completeBaseName(), m_catalogue.inferenceFileWords());
}

bool FieldNameMatcher::isPreferenceFile(const QString &dataFile) const
{
    return containsAny(QFileInfo(dataFile).completeBaseName(), m_catalogue.preferenceFileWords());
}

bool FieldNameMatcher::containsAny(const QString &name, const QStringList &inference)
{
    const QString compact = Catalogue::compactName(name);
    return std::any_of(inference.cbegin(), inference.cend(),
                       [&compact](const QString &w) { return compact.contains(w); });
}
