#include "PlainLanguage.h"

#include <QRegularExpression>

namespace PlainLanguage {

QStringList sentences(const QString &text)
{
    // A sentence ends at . ! or ? followed by a space or the end. "e.g." style
    // abbreviations are not used in the catalogue, so this stays simple.
    static const QRegularExpression end(QStringLiteral("(?<=[.!?])\\s+"));
    QStringList out;
    const QStringList parts = text.trimmed().split(end, Qt::SkipEmptyParts);
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out;
}

int wordCount(const QString &sentence)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    int words = 0;
    const QStringList parts = sentence.split(space, Qt::SkipEmptyParts);
    for (const QString &p : parts)
        if (p.contains(QRegularExpression(QStringLiteral("\\w"))))
            ++words;
    return words;
}

QStringList jargon(const QString &language)
{
    if (language == QLatin1String("nl"))
        return {QStringLiteral("verwerkingsverantwoordelijke"),
                QStringLiteral("verwerker"),
                QStringLiteral("betrokkene"),
                QStringLiteral("gerechtvaardigd belang"),
                QStringLiteral("wettelijke verplichting"),
                QStringLiteral("rechtsgrond"),
                QStringLiteral("grondslag"),
                QStringLiteral("AVG"),
                QStringLiteral("profilering"),
                QStringLiteral("bijzondere persoonsgegevens"),
                QStringLiteral("persoonsgegevens")};
    return {QStringLiteral("controller"),       QStringLiteral("processor"),
            QStringLiteral("data subject"),     QStringLiteral("legitimate interest"),
            QStringLiteral("legal obligation"), QStringLiteral("legal basis"),
            QStringLiteral("consent"),          QStringLiteral("GDPR"),
            QStringLiteral("profiling"),        QStringLiteral("special category"),
            QStringLiteral("personal data")};
}

namespace {

bool explainedAt(const QString &text, qsizetype at, qsizetype length)
{
    const QString before = text.left(at).toLower();
    const QString after = text.mid(at + length, 30).toLower();
    static const QStringList introducers = {QStringLiteral("calls this "),
                                            QStringLiteral("calls this a "),
                                            QStringLiteral("calls this an "),
                                            QStringLiteral("noemt dit een "),
                                            QStringLiteral("called "),
                                            QStringLiteral("noemt dit "),
                                            QStringLiteral("noemen dit "),
                                            QStringLiteral("heet "),
                                            QStringLiteral("(")};
    for (const QString &i : introducers)
        if (before.endsWith(i) || before.endsWith(i + QLatin1Char('\''))
            || before.endsWith(i + QLatin1Char('"')))
            return true;
    static const QRegularExpression follows(
        QStringLiteral("^['\"]?\\s*(\\(|:|\\s[-–—]\\s|\\s(means|betekent)\\b|, (that is|dat wil "
                       "zeggen|which means|dat betekent))"));
    return follows.match(after).hasMatch();
}

} // namespace

QStringList problems(const QString &text, const QString &language)
{
    QStringList found;
    const QStringList list = sentences(text);
    if (list.isEmpty())
        return {QStringLiteral("empty")};
    int total = 0;
    for (const QString &s : list) {
        const int words = wordCount(s);
        total += words;
        if (words > kMaxSentenceWords)
            found << QStringLiteral("sentence of %1 words: %2").arg(words).arg(s);
    }
    if (double(total) / double(list.size()) > kMaxAverageWords)
        found << QStringLiteral("average sentence length %1 words")
                     .arg(double(total) / double(list.size()), 0, 'f', 1);

    for (const QString &term : jargon(language)) {
        const QRegularExpression word(QStringLiteral("\\b%1\\b")
                                          .arg(QRegularExpression::escape(term)),
                                      QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = word.match(text);
        if (m.hasMatch() && !explainedAt(text, m.capturedStart(), m.capturedLength()))
            found << QStringLiteral("unexplained legal term: %1").arg(term);
    }
    if (language == QLatin1String("nl")) {
        static const QRegularExpression formal(QStringLiteral("\\b(u|uw|U|Uw)\\b"));
        if (formal.match(text).hasMatch())
            found << QStringLiteral("formal 'u' instead of 'je'");
    }
    return found;
}

} // namespace PlainLanguage
