#include "ValueNormaliser.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <cstdio>

namespace {

struct Token
{
    enum Kind { Digits, Word, Punct } kind;
    QStringView text;
};

constexpr int kMaxTokens = 16;
using Tokens = std::array<Token, kMaxTokens>;

// Splits into digit runs, letter runs and single punctuation; spaces separate only.
int tokenize(QStringView s, Tokens &out)
{
    int n = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (n == kMaxTokens)
            return -1;
        qsizetype j = i + 1;
        Token::Kind kind;
        if (c >= u'0' && c <= u'9') {
            kind = Token::Digits;
            while (j < s.size() && s[j] >= u'0' && s[j] <= u'9')
                ++j;
        } else if (c.isLetter()) {
            kind = Token::Word;
            while (j < s.size() && s[j].isLetter())
                ++j;
        } else {
            kind = Token::Punct;
        }
        out[n++] = Token{kind, s.mid(i, j - i)};
        i = j;
    }
    return n;
}

// The month and weekday names are ASCII. A word's first letters are lower-cased into a small
// char buffer and compared byte by byte: no QString per word, no out-of-line compare. An ASCII
// word is lowered in place; any other word goes through QString::toLower (its letters outside
// ASCII become 0x01, which matches no name), so the results stay exactly those of toLower.
constexpr qsizetype kPrefix = 7;

struct LowerWord
{
    char prefix[kPrefix + 1] = {};
    qsizetype prefixLen = 0;
    qsizetype size = 0; // length of the whole lower-cased word

    explicit LowerWord(QStringView w)
    {
        bool ascii = true;
        for (QChar c : w)
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
        if (ascii) {
            fill(w);
            return;
        }
        const QString l = w.toString().toLower();
        fill(l);
        size = l.size();
    }
    void fill(QStringView l)
    {
        size = l.size();
        prefixLen = qMin(l.size(), kPrefix);
        for (qsizetype i = 0; i < prefixLen; ++i) {
            const char16_t c = l[i].unicode();
            prefix[i] = c >= 0x80        ? char(1)
                : c >= u'A' && c <= u'Z' ? char(c - u'A' + u'a')
                                         : char(c);
        }
    }
    template<qsizetype N>
    bool startsWith(const char (&name)[N]) const
    {
        constexpr qsizetype len = N - 1;
        if (prefixLen < len)
            return false;
        for (qsizetype i = 0; i < len; ++i)
            if (prefix[i] != name[i])
                return false;
        return true;
    }
};

int monthFromName(const LowerWord &l)
{
    // English and Dutch; the first three letters decide, with the Dutch "mrt" and "okt"/"mei".
    if (l.size < 3)
        return 0;
    if ((l.size == 3 && l.startsWith("mrt")) || l.startsWith("maart"))
        return 3;
    if (l.size == 3 && l.startsWith("mei"))
        return 5;
    if (l.startsWith("okt"))
        return 10;
    static const char names[12][4] = {"jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; ++m)
        if (l.startsWith(names[m]))
            return m + 1;
    return 0;
}

int monthFromName(QStringView w)
{
    return monthFromName(LowerWord(w));
}

bool isWeekday(const LowerWord &l)
{
    if (l.size == 4)
        return false;
    static const char names3[14][4] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun",
                                       "maa", "din", "woe", "don", "vri", "zat", "zon"};
    static const char names2[7][3] = {"ma", "di", "wo", "do", "vr", "za", "zo"};
    for (const auto &n : names3)
        if (l.startsWith(n))
            return true;
    for (const auto &n : names2)
        if (l.startsWith(n))
            return true;
    return false;
}

struct Parsed
{
    int y = 0, mo = 0, d = 0, h = -1, mi = 0, s = 0, ms = 0;
    bool hasZone = false;
    int offsetSeconds = 0;
};

// Digit tokens are ASCII digits, at most 9 of them where a number is taken (toInt showed up
// in a profile of a million dates).
int num(const Token &t)
{
    int v = 0;
    for (QChar c : t.text)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

bool isP(const Tokens &t, int n, int i, QChar c)
{
    return i < n && t[i].kind == Token::Punct && t[i].text[0] == c;
}

bool isD(const Tokens &t, int n, int i, int minLen = 1, int maxLen = 9)
{
    return i < n && t[i].kind == Token::Digits && t[i].text.size() >= minLen
        && t[i].text.size() <= maxLen;
}

// [T] hh:mm[:ss[.fff]] [AM|PM]
bool parseTime(const Tokens &t, int n, int &i, Parsed &p)
{
    if (i < n && t[i].kind == Token::Word && t[i].text.compare(u"T", Qt::CaseInsensitive) == 0)
        ++i;
    if (!(isD(t, n, i, 1, 2) && isP(t, n, i + 1, u':') && isD(t, n, i + 2, 2, 2)))
        return false;
    p.h = num(t[i]);
    p.mi = num(t[i + 2]);
    i += 3;
    if (isP(t, n, i, u':') && isD(t, n, i + 1, 2, 2)) {
        p.s = num(t[i + 1]);
        i += 2;
        if ((isP(t, n, i, u'.') || isP(t, n, i, u',')) && isD(t, n, i + 1, 1, 9)) {
            p.ms = t[i + 1].text.left(3).toString().leftJustified(3, u'0').toInt();
            i += 2;
        }
    }
    if (i < n && t[i].kind == Token::Word) {
        const QStringView w = t[i].text;
        const bool pm = w.compare(QLatin1String("PM"), Qt::CaseInsensitive) == 0;
        if (pm || w.compare(QLatin1String("AM"), Qt::CaseInsensitive) == 0) {
            if (p.h > 12)
                return false;
            p.h = (p.h % 12) + (pm ? 12 : 0);
            ++i;
        }
    }
    return p.h < 24 && p.mi < 60 && p.s < 61;
}

// Z | UTC | GMT | +hh:mm | +hhmm | +hh
void parseZone(const Tokens &t, int n, int &i, Parsed &p)
{
    if (i < n && t[i].kind == Token::Word) {
        const QStringView w = t[i].text;
        if (w.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0
            || w.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0
            || w.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0) {
            p.hasZone = true;
            ++i;
        }
    }
    if (isP(t, n, i, u'+') || isP(t, n, i, u'-')) {
        const int sign = t[i].text[0] == u'-' ? -1 : 1;
        if (isD(t, n, i + 1, 4, 4)) {
            const int v = num(t[i + 1]);
            p.offsetSeconds = sign * ((v / 100) * 3600 + (v % 100) * 60);
            p.hasZone = true;
            i += 2;
        } else if (isD(t, n, i + 1, 1, 2)) {
            int secs = num(t[i + 1]) * 3600;
            i += 2;
            if (isP(t, n, i, u':') && isD(t, n, i + 1, 2, 2)) {
                secs += num(t[i + 1]) * 60;
                i += 2;
            }
            p.offsetSeconds = sign * secs;
            p.hasZone = true;
        }
    }
}

// The date part in the shapes exports use; leaves `i` after it.
bool parseDate(const Tokens &t, int n, int &i, Parsed &p)
{
    if (i < n && t[i].kind == Token::Word && isWeekday(LowerWord(t[i].text))
        && !monthFromName(t[i].text)) {
        ++i;
        if (isP(t, n, i, u','))
            ++i;
    }
    // 2021-11-17, 2021/11/17
    if (isD(t, n, i, 4, 4) && (isP(t, n, i + 1, u'-') || isP(t, n, i + 1, u'/'))
        && isD(t, n, i + 2, 1, 2) && isP(t, n, i + 3, t[i + 1].text[0]) && isD(t, n, i + 4, 1, 2)) {
        p.y = num(t[i]);
        p.mo = num(t[i + 2]);
        p.d = num(t[i + 4]);
        i += 5;
        return true;
    }
    // 11/11/2021 (US order unless the first part cannot be a month), 17-11-2021, 17.11.2021
    if (isD(t, n, i, 1, 2)
        && (isP(t, n, i + 1, u'/') || isP(t, n, i + 1, u'-') || isP(t, n, i + 1, u'.'))
        && isD(t, n, i + 2, 1, 2) && isP(t, n, i + 3, t[i + 1].text[0]) && isD(t, n, i + 4, 4, 4)) {
        int a = num(t[i]), b = num(t[i + 2]);
        const bool slash = t[i + 1].text[0] == u'/';
        if (slash && a <= 12)
            std::swap(a, b);
        p.d = a;
        p.mo = b;
        p.y = num(t[i + 4]);
        i += 5;
        return true;
    }
    // 17 Nov 2021, 22-JAN-2018, 17 november 2021
    if (isD(t, n, i, 1, 2)) {
        int j = i + 1;
        if (isP(t, n, j, u'-') || isP(t, n, j, u'.'))
            ++j;
        if (j < n && t[j].kind == Token::Word && monthFromName(t[j].text)) {
            int k = j + 1;
            if (isP(t, n, k, u'-') || isP(t, n, k, u'.') || isP(t, n, k, u','))
                ++k;
            if (isD(t, n, k, 4, 4)) {
                p.d = num(t[i]);
                p.mo = monthFromName(t[j].text);
                p.y = num(t[k]);
                i = k + 1;
                return true;
            }
        }
    }
    // Nov 17, 2021 | Mar 19 14:05:17 +0000 2019 (Twitter)
    if (i < n && t[i].kind == Token::Word && monthFromName(t[i].text) && isD(t, n, i + 1, 1, 2)) {
        p.mo = monthFromName(t[i].text);
        p.d = num(t[i + 1]);
        int k = i + 2;
        if (isP(t, n, k, u','))
            ++k;
        if (isD(t, n, k, 4, 4)) {
            p.y = num(t[k]);
            i = k + 1;
            return true;
        }
        int j = k;
        Parsed tp;
        if (parseTime(t, n, j, tp)) {
            parseZone(t, n, j, tp);
            if (isD(t, n, j, 4, 4)) {
                tp.y = num(t[j]);
                tp.mo = p.mo;
                tp.d = p.d;
                p = tp;
                i = j + 1;
                return true;
            }
        }
    }
    return false;
}

// Formats without QDateTime/QTimeZone: those cost microseconds per value, and exports have
// millions of dates.
QString formatIso(int year, int month, int day, int secondsOfDay, int ms, bool zone)
{
    // Written digit by digit: snprintf and QString::arg show up in a profile of a million dates.
    char16_t buf[32];
    int n = 0;
    auto put = [&](int value, int digits) {
        for (int d = digits - 1; d >= 0; --d) {
            buf[n + d] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        n += digits;
    };
    put(year, 4);
    buf[n++] = u'-';
    put(month, 2);
    buf[n++] = u'-';
    put(day, 2);
    buf[n++] = u'T';
    put(secondsOfDay / 3600, 2);
    buf[n++] = u':';
    put((secondsOfDay / 60) % 60, 2);
    buf[n++] = u':';
    put(secondsOfDay % 60, 2);
    if (ms) {
        buf[n++] = u'.';
        put(ms, 3);
    }
    if (zone)
        buf[n++] = u'Z';
    return QString(reinterpret_cast<const QChar *>(buf), n);
}

QString isoOf(const Parsed &p, ValueType &type)
{
    if (p.y < 1800 || p.y > 2200 || !QDate::isValid(p.y, p.mo, p.d))
        return {};
    const QDate date(p.y, p.mo, p.d);
    if (p.h < 0) {
        type = ValueType::Date;
        return date.toString(Qt::ISODate);
    }
    int secs = p.h * 3600 + p.mi * 60 + qMin(p.s, 59);
    if (!p.hasZone) {
        type = ValueType::LocalDateTime;
        return formatIso(p.y, p.mo, p.d, secs, p.ms, false);
    }
    type = ValueType::DateTime;
    secs -= p.offsetSeconds;
    int days = 0; // the offset may move the time into the day before or after
    while (secs < 0) {
        secs += 86400;
        --days;
    }
    while (secs >= 86400) {
        secs -= 86400;
        ++days;
    }
    if (days == 0)
        return formatIso(p.y, p.mo, p.d, secs, p.ms, true);
    int y = 0, m = 0, d = 0;
    date.addDays(days).getDate(&y, &m, &d);
    return formatIso(y, m, d, secs, p.ms, true);
}

bool parseDateTime(QStringView s, NormalisedValue &out)
{
    Tokens t;
    const int n = tokenize(s, t);
    if (n < 3)
        return false;
    int i = 0;
    Parsed p;
    if (!parseDate(t, n, i, p))
        return false;
    if (p.h < 0 && i < n) {
        if (!parseTime(t, n, i, p))
            return false;
        parseZone(t, n, i, p);
    }
    if (i != n)
        return false;
    ValueType type = ValueType::Date;
    const QString iso = isoOf(p, type);
    if (iso.isEmpty())
        return false;
    out.type = type;
    out.normalised = iso;
    return true;
}

// The shapes most exports use, read without tokens: YYYY-MM-DD, then optionally [T or space]
// hh:mm[:ss[.f...]], then optionally Z or +hh:mm / -hh:mm. Only a shortcut: it fills `p` the
// way the token parser would, and anything else (or a value out of range) goes the full way.
bool parseIsoFast(QStringView s, Parsed &p)
{
    const qsizetype n = s.size();
    auto digits = [&](qsizetype at, int count, int &value) {
        if (at + count > n)
            return false;
        int v = 0;
        for (int k = 0; k < count; ++k) {
            const char16_t c = s[at + k].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        value = v;
        return true;
    };
    auto is = [&](qsizetype at, char16_t c) { return at < n && s[at].unicode() == c; };
    if (n < 10 || !digits(0, 4, p.y) || !is(4, u'-') || !digits(5, 2, p.mo) || !is(7, u'-')
        || !digits(8, 2, p.d))
        return false;
    if (n == 10)
        return true;
    if (!(is(10, u'T') || is(10, u' ')) || !digits(11, 2, p.h) || !is(13, u':')
        || !digits(14, 2, p.mi))
        return false;
    // The token parser gives up above kMaxTokens tokens: count them the same way so that the
    // shortcut never accepts what the full way rejects.
    int tokens = 5 + (is(10, u'T') ? 1 : 0) + 3;
    qsizetype i = 16;
    if (is(i, u':')) {
        if (!digits(i + 1, 2, p.s))
            return false;
        i += 3;
        tokens += 2;
        if (is(i, u'.')) {
            tokens += 2;
            qsizetype j = i + 1;
            while (j < n && s[j].unicode() >= u'0' && s[j].unicode() <= u'9')
                ++j;
            const qsizetype count = j - i - 1;
            if (count < 1 || count > 9)
                return false;
            int ms = 0;
            for (qsizetype k = 0; k < 3; ++k)
                ms = ms * 10 + (k < count ? s[i + 1 + k].unicode() - u'0' : 0);
            p.ms = ms;
            i = j;
        }
    }
    if (is(i, u'Z')) {
        p.hasZone = true;
        ++i;
        tokens += 1;
    } else if (is(i, u'+') || is(i, u'-')) {
        tokens += 4;
        int hh = 0, mm = 0;
        if (!digits(i + 1, 2, hh) || !is(i + 3, u':') || !digits(i + 4, 2, mm))
            return false;
        p.offsetSeconds = (s[i].unicode() == u'-' ? -1 : 1) * (hh * 3600 + mm * 60);
        p.hasZone = true;
        i += 6;
    }
    return i == n && tokens <= kMaxTokens && p.h < 24 && p.mi < 60 && p.s < 61;
}

bool looksLikeTimeName(QStringView name)
{
    static const char *const hints[] = {"time", "date",  "stamp", "created", "updated", "modified",
                                        "tijd", "datum", "when",  "_at",     "sec"};
    const QString l = name.toString().toLower();
    for (const char *h : hints)
        if (l.contains(QLatin1String(h)))
            return true;
    return name.endsWith(u"At") || name.endsWith(u"Ms");
}

// Epoch seconds / milliseconds / microseconds within 2000..2100.
bool parseEpoch(QStringView digits, QStringView fieldName, NormalisedValue &out)
{
    const qsizetype len = digits.size();
    if (len != 10 && len != 13 && len != 16)
        return false;
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok);
    if (!ok)
        return false;
    qint64 ms = 0;
    if (len == 10) {
        if (!looksLikeTimeName(fieldName) || v < 946684800LL || v > 4102444800LL)
            return false;
        ms = v * 1000;
    } else if (len == 13) {
        if (v < 946684800000LL || v > 4102444800000LL)
            return false;
        ms = v;
    } else {
        if (v < 946684800000000LL || v > 4102444800000000LL)
            return false;
        ms = v / 1000;
    }
    out.type = ValueType::DateTime;
    const qint64 secs = ms / 1000;
    int y = 0, m = 0, d = 0;
    QDate::fromJulianDay(2440588 + secs / 86400).getDate(&y, &m, &d);
    out.normalised = formatIso(y, m, d, int(secs % 86400), int(ms % 1000), true);
    return true;
}

// 1234 | -12.5 | 1.234,56 | 1,234.56 | 12,50, with an optional currency before or after.
bool parseNumber(QStringView s, NormalisedValue &out)
{
    QString currency;
    // QStringView from the literal arrays: lengths known at compile time, no strlen per value.
    static const struct
    {
        QStringView sym;
        const char *code;
    } currencies[] = {{u"\u20AC", "EUR"}, {u"EUR", "EUR"},    {u"$", "USD"},
                      {u"USD", "USD"},    {u"\u00A3", "GBP"}, {u"GBP", "GBP"}};
    // Every symbol starts with one of these characters or ends with one of the second set:
    // most values have neither, and skip the twelve compares.
    const char16_t first = s.isEmpty() ? 0 : s.front().unicode(),
                   last = s.isEmpty() ? 0 : s.back().unicode();
    const bool maybeCurrency = first == 0x20AC || first == u'E' || first == u'$' || first == u'U'
        || first == 0x00A3 || first == u'G' || last == 0x20AC || last == u'R' || last == u'$'
        || last == u'D' || last == 0x00A3 || last == u'P';
    for (const auto &c : currencies) {
        if (!maybeCurrency)
            break;
        const QStringView sym = c.sym;
        if (s.startsWith(sym)) {
            s = s.mid(sym.size()).trimmed();
            currency = QLatin1String(c.code);
            break;
        }
        if (s.endsWith(sym)) {
            s = s.chopped(sym.size()).trimmed();
            currency = QLatin1String(c.code);
            break;
        }
    }
    if (s.isEmpty() || s.size() > 40)
        return false;
    bool negative = false;
    if (s[0] == u'-' || s[0] == u'+') {
        negative = s[0] == u'-';
        s = s.mid(1);
    }
    if (s.isEmpty() || !(s[0] >= u'0' && s[0] <= u'9'))
        return false;
    int dots = 0, commas = 0;
    qsizetype lastDot = -1, lastComma = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'.') {
            ++dots;
            lastDot = i;
        } else if (c == u',') {
            ++commas;
            lastComma = i;
        } else if (!(c >= u'0' && c <= u'9')) {
            return false;
        }
    }
    QChar decimal;
    if (dots && commas)
        decimal = lastDot > lastComma ? u'.' : u',';
    else if (dots == 1)
        decimal = u'.';
    else if (commas == 1)
        decimal = u','; // a Dutch decimal comma
    // Any other separators group thousands: each group must have three digits.
    QString digits;
    digits.reserve(s.size() + 1);
    if (negative)
        digits += u'-';
    qsizetype groupLen = -1;
    bool inFraction = false;
    for (QChar c : s) {
        if (c == decimal && !inFraction) {
            if (groupLen >= 0 && groupLen != 3)
                return false;
            inFraction = true;
            digits += u'.';
        } else if (c == u'.' || c == u',') {
            if (inFraction || (groupLen >= 0 && groupLen != 3)
                || (groupLen < 0 && digits.size() - negative > 3))
                return false;
            groupLen = 0;
        } else {
            digits += c;
            if (groupLen >= 0 && !inFraction)
                ++groupLen;
        }
    }
    if (groupLen >= 0 && !inFraction && groupLen != 3)
        return false;
    if (digits.endsWith(u'.'))
        return false;
    const bool integer = !inFraction;
    if (!currency.isEmpty()) {
        out.type = ValueType::Money;
        out.normalised = digits + u' ' + currency;
    } else {
        out.type = integer ? ValueType::Integer : ValueType::Decimal;
        out.normalised = digits;
    }
    return true;
}

} // namespace

namespace ValueNormaliser {

NormalisedValue normalise(const QString &raw, QStringView fieldName, bool isJsonNumber)
{
    NormalisedValue out;
    if (raw.isNull())
        return {ValueType::Missing, {}};
    const QStringView s = QStringView(raw).trimmed();
    if (s.isEmpty())
        return {ValueType::Missing, {}};
    if (s.size() <= 4 && (s == u"NA" || s == u"N/A" || s == u"n/a" || s == u"null"))
        return {ValueType::Missing, {}};
    if (s.size() > 64)
        return out;
    if (isJsonNumber) {
        if (parseEpoch(s, fieldName, out))
            return out;
        bool integer = true;
        for (QChar c : s)
            integer = integer && ((c >= u'0' && c <= u'9') || c == u'-');
        return {integer ? ValueType::Integer : ValueType::Decimal, {}};
    }
    // Every date and number has a digit; without one (names, cities) only booleans are left.
    bool hasDigit = false, allDigits = true, hasAt = false;
    for (QChar c : s) {
        const bool digit = c >= u'0' && c <= u'9';
        hasDigit = hasDigit || digit;
        allDigits = allDigits && digit;
        hasAt = hasAt || c == u'@';
    }
    if (!hasDigit && s.size() != 4 && s.size() != 5)
        return {ValueType::Text, {}};
    if ((s.size() == 4 || s.size() == 5)
        && (s == u"true" || s == u"false" || s == u"TRUE" || s == u"FALSE" || s == u"True"
            || s == u"False"))
        return {ValueType::Boolean,
                s == u"true" || s == u"false" ? QString() : s.toString().toLower()};
    if (allDigits) {
        if (parseEpoch(s, fieldName, out))
            return out;
        // Leading zeros (phone numbers, postcodes) make it an identifier, not a number.
        if (s.size() > 1 && s[0] == u'0')
            return out;
        out.type = ValueType::Integer;
        if (s.size() != raw.size())
            out.normalised = s.toString();
        return out;
    }
    if (!hasDigit || hasAt) // e-mail addresses are neither dates nor numbers
        return {ValueType::Text, {}};
    if (s[0] >= u'0' && s[0] <= u'9') {
        Parsed p;
        if (parseIsoFast(s, p)) {
            ValueType type = ValueType::Date;
            QString iso = isoOf(p, type);
            if (!iso.isEmpty())
                return {type, std::move(iso)};
        }
    }
    // A plain decimal (-12.5, 3.10) is its own normalised form: no date has this shape, and
    // parseNumber would only build the same text again.
    if (s.size() <= 40) {
        qsizetype i = s[0] == u'-' ? 1 : 0;
        const qsizetype intStart = i;
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9')
            ++i;
        if (i > intStart && i < s.size() && s[i] == u'.') {
            const qsizetype fracStart = ++i;
            while (i < s.size() && s[i] >= u'0' && s[i] <= u'9')
                ++i;
            if (i == s.size() && i > fracStart)
                return {ValueType::Decimal, s.size() == raw.size() ? QString() : s.toString()};
        } else if (i == s.size() && i > intStart) {
            return {ValueType::Integer, s.size() == raw.size() ? QString() : s.toString()};
        }
    }
    if (parseDateTime(s, out))
        return out;
    if (parseNumber(s, out)) {
        if (out.normalised == raw)
            out.normalised.clear();
        return out;
    }
    return {ValueType::Text, {}};
}

QString typeName(ValueType type)
{
    switch (type) {
    case ValueType::Missing: return QStringLiteral("missing");
    case ValueType::Text: return QStringLiteral("text");
    case ValueType::Integer: return QStringLiteral("integer");
    case ValueType::Decimal: return QStringLiteral("decimal");
    case ValueType::Money: return QStringLiteral("money");
    case ValueType::DateTime: return QStringLiteral("datetime");
    case ValueType::LocalDateTime: return QStringLiteral("localdatetime");
    case ValueType::Date: return QStringLiteral("date");
    case ValueType::Boolean: return QStringLiteral("boolean");
    }
    return QStringLiteral("text");
}

} // namespace ValueNormaliser
