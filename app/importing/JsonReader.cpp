#include "JsonReader.h"

#include "TextCodec.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + pathSeparator() + key;
}

} // namespace

JsonReader::JsonReader(QIODevice *input, const ImportLimits &limits, RecordCallback callback)
    : m_input(input), m_limits(limits), m_callback(std::move(callback))
{
}

JsonReader::JsonReader(const QByteArray &bytes, const ImportLimits &limits, RecordCallback callback)
    : m_limits(limits), m_callback(std::move(callback)), m_buffer(bytes), m_eof(true)
{
}

bool JsonReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    if (m_eof || !m_input)
        return false;
    m_buffer.resize(m_limits.readChunk);
    const qint64 n = m_input->read(m_buffer.data(), m_limits.readChunk);
    m_pos = 0;
    if (n <= 0) {
        m_buffer.clear();
        m_eof = true;
        return false;
    }
    m_buffer.resize(n);
    return true;
}

int JsonReader::peek()
{
    for (;;) {
        if (!fill())
            return -1;
        const char c = m_buffer[m_pos];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            ++m_pos;
        else
            return static_cast<unsigned char>(c);
    }
}

Result<void> JsonReader::fail(const QString &message)
{
    return Error::make(ErrorCode::InvalidInput, message);
}

Result<void> JsonReader::expect(char c)
{
    if (peek() != static_cast<unsigned char>(c))
        return fail(
            QCoreApplication::translate("Import", "This JSON file is damaged or incomplete."));
    ++m_pos;
    return {};
}

void JsonReader::skipWrapper()
{
    // `window.YTD.tweets.part0 = [` : skip an identifier and `=` before the JSON itself.
    if (!fill())
        return;
    if (m_buffer.mid(m_pos, 3) == "\xEF\xBB\xBF")
        m_pos += 3;
    const int c = peek();
    if (c < 0 || c == '{' || c == '[' || c == '"')
        return;
    const QByteArray head = m_buffer.mid(m_pos, 512);
    const qsizetype eq = head.indexOf('=');
    if (eq <= 0)
        return;
    for (qsizetype i = 0; i < eq; ++i) {
        const char ch = head[i];
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '_' || ch == '$'
              || ch == ' ' || ch == '[' || ch == ']' || ch == '"' || ch == '\''))
            return;
    }
    m_pos += eq + 1;
}

Result<ReadStats> JsonReader::read()
{
    skipWrapper();
    if (peek() < 0)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("Import", "This file is empty."));
    if (auto r = parseValue(0, Mode::Outside, QString(), false); !r)
        return r.error();
    int c = peek();
    if (c == ';') {
        ++m_pos;
        c = peek();
    }
    if (c >= 0)
        return Error::make(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Import", "This JSON file has extra text after the data."));
    if (!m_loose.isEmpty()) {
        m_record = m_loose;
        if (auto r = finishRecord(); !r)
            return r.error();
    }
    if (m_invalidUtf8)
        m_stats.warnings.append(QCoreApplication::translate(
            "Import",
            "Some text was not valid UTF-8. Roer replaced those characters with \uFFFD."));
    return m_stats;
}

Result<void> JsonReader::finishRecord()
{
    if (m_record.isEmpty())
        return {};
    ++m_stats.records;
    const bool goOn = m_callback(m_record);
    m_record.clear();
    m_recordBytes = 0;
    if (!goOn) {
        m_cancelled = true;
        return Error::make(ErrorCode::Cancelled,
                           QCoreApplication::translate("Import", "The import was cancelled."));
    }
    return {};
}

Result<void> JsonReader::addField(const QString &path, const QString &raw, bool isNumber, int depth)
{
    Record &target = depth < 0 ? m_loose : m_record;
    m_recordBytes += raw.size() * 2 + path.size() * 2;
    if (m_recordBytes > m_limits.maxRecordBytes || target.size() >= m_limits.maxRecordFields)
        return fail(
            QCoreApplication::translate("Import",
                                        "One record in this file is too large. Roer stops here."));
    target.append(RecordField{path.isEmpty() ? QStringLiteral("value") : path, raw, isNumber});
    return {};
}

Result<void> JsonReader::parseValue(int depth, Mode mode, const QString &path, bool positional)
{
    if (depth > m_limits.maxJsonDepth)
        return fail(
            QCoreApplication::translate("Import",
                                        "This JSON file is nested too deeply. Roer stops here."));
    const int c = peek();
    if (c < 0)
        return fail(
            QCoreApplication::translate("Import", "This JSON file is damaged or incomplete."));
    const int fieldDepth = mode == Mode::Outside ? -1 : depth;
    if (c == '{') {
        ++m_pos;
        if (peek() == '}') {
            ++m_pos;
            return {};
        }
        for (;;) {
            QString key;
            if (peek() != '"')
                return fail(
                    QCoreApplication::translate("Import",
                                                "This JSON file is damaged or incomplete."));
            if (auto r = parseString(key); !r)
                return r;
            if (auto r = expect(':'); !r)
                return r;
            if (auto r = parseValue(depth + 1, mode, join(path, key), false); !r)
                return r;
            const int d = peek();
            ++m_pos;
            if (d == '}')
                return {};
            if (d != ',')
                return fail(
                    QCoreApplication::translate("Import",
                                                "This JSON file is damaged or incomplete."));
        }
    }
    if (c == '[') {
        ++m_pos;
        if (peek() == ']') {
            ++m_pos;
            return {};
        }
        for (int index = 1;; ++index) {
            if (mode == Mode::Outside) {
                // Each element of the first array on the way down is one record.
                // Plain values in such an array (a list of e-mail addresses) are fields of
                // the record of values outside arrays instead.
                const int e = peek();
                const bool nestedArray = e == '[';
                if (e != '{' && e != '[') {
                    if (auto r = parseValue(depth + 1, Mode::Outside, path, false); !r)
                        return r;
                } else {
                    if (auto r = parseValue(depth + 1, Mode::InRecord, path, nestedArray); !r)
                        return r;
                    if (auto r = finishRecord(); !r)
                        return r;
                }
            } else {
                // Inside a record, array elements share their path; a record that is itself
                // an array (arrays of arrays) names its columns 1, 2, 3.
                const QString elementPath = positional ? join(path, QString::number(index)) : path;
                if (auto r = parseValue(depth + 1, mode, elementPath, false); !r)
                    return r;
            }
            const int d = peek();
            ++m_pos;
            if (d == ']')
                return {};
            if (d != ',')
                return fail(
                    QCoreApplication::translate("Import",
                                                "This JSON file is damaged or incomplete."));
        }
    }
    if (c == '"') {
        QString value;
        if (auto r = parseString(value); !r)
            return r;
        // JSON serialised inside a string: read it as nested fields when it parses.
        const QStringView t = QStringView(value).trimmed();
        if (t.size() >= 2 && m_nesting < 4
            && ((t.front() == u'{' && t.back() == u'}')
                || (t.front() == u'[' && t.back() == u']'))) {
            Record nested;
            ImportLimits inner = m_limits;
            inner.maxJsonDepth = qMax(1, m_limits.maxJsonDepth - depth);
            JsonReader sub(t.toUtf8(), inner, [&nested](const Record &rec) {
                nested.append(rec);
                return true;
            });
            sub.m_nesting = m_nesting + 1;
            if (sub.read()) {
                for (const RecordField &f : std::as_const(nested))
                    if (auto r = addField(join(path, f.path), f.raw, f.isNumber, fieldDepth); !r)
                        return r;
                return {};
            }
        }
        return addField(path, value, false, fieldDepth);
    }
    QString literal;
    bool isNumber = false;
    if (auto r = parseLiteral(literal, isNumber); !r)
        return r;
    return addField(path, literal, isNumber, fieldDepth);
}

Result<void> JsonReader::parseLiteral(QString &out, bool &isNumber)
{
    QByteArray token;
    while (fill()) {
        const char c = m_buffer[m_pos];
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.') {
            token.append(c);
            ++m_pos;
            if (token.size() > 4096)
                return fail(
                    QCoreApplication::translate("Import",
                                                "This JSON file is damaged or incomplete."));
        } else {
            break;
        }
    }
    if (token == "true" || token == "false") {
        out = QString::fromLatin1(token);
        return {};
    }
    if (token == "null") {
        out = QString();
        return {};
    }
    // A JSON number, checked by its grammar and kept as exact text (no 64-bit rounding).
    qsizetype i = 0;
    if (i < token.size() && token[i] == '-')
        ++i;
    const qsizetype intStart = i;
    while (i < token.size() && std::isdigit(static_cast<unsigned char>(token[i])))
        ++i;
    bool ok = i > intStart && !(token[intStart] == '0' && i - intStart > 1);
    if (ok && i < token.size() && token[i] == '.') {
        const qsizetype f = ++i;
        while (i < token.size() && std::isdigit(static_cast<unsigned char>(token[i])))
            ++i;
        ok = i > f;
    }
    if (ok && i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
        ++i;
        if (i < token.size() && (token[i] == '+' || token[i] == '-'))
            ++i;
        const qsizetype e = i;
        while (i < token.size() && std::isdigit(static_cast<unsigned char>(token[i])))
            ++i;
        ok = i > e;
    }
    if (!ok || i != token.size())
        return fail(
            QCoreApplication::translate("Import", "This JSON file is damaged or incomplete."));
    out = QString::fromLatin1(token);
    isNumber = true;
    return {};
}

Result<void> JsonReader::parseRawBytes(QByteArray &out)
{
    // Collects the UTF-8 bytes of a string; \u escapes become UTF-8 too. Escaped
    // "\u00c3\u00a9" stays two Latin-1 characters here and is repaired afterwards.
    ++m_pos; // opening quote
    for (;;) {
        if (!fill())
            return fail(
                QCoreApplication::translate("Import", "This JSON file is damaged or incomplete."));
        const char *p = m_buffer.constData() + m_pos;
        const qsizetype avail = m_buffer.size() - m_pos;
        qsizetype run = 0;
        while (run < avail && p[run] != '"' && p[run] != '\\'
               && static_cast<unsigned char>(p[run]) >= 0x20)
            ++run;
        out.append(p, run);
        m_pos += run;
        if (out.size() > m_limits.maxRecordBytes)
            return fail(QCoreApplication::translate(
                "Import", "One record in this file is too large. Roer stops here."));
        if (run == avail)
            continue;
        const char c = m_buffer[m_pos++];
        if (c == '"')
            return {};
        if (c != '\\')
            return fail(
                QCoreApplication::translate("Import", "This JSON file is damaged or incomplete."));
        if (!fill())
            return fail(
                QCoreApplication::translate("Import", "This JSON file is damaged or incomplete."));
        const char e = m_buffer[m_pos++];
        switch (e) {
        case '"': out.append('"'); break;
        case '\\': out.append('\\'); break;
        case '/': out.append('/'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u': {
            auto hex4 = [this](uint &v) {
                v = 0;
                for (int k = 0; k < 4; ++k) {
                    if (!fill())
                        return false;
                    const char h = m_buffer[m_pos++];
                    const int d = std::isdigit(static_cast<unsigned char>(h)) ? h - '0'
                        : (h >= 'a' && h <= 'f')                              ? h - 'a' + 10
                        : (h >= 'A' && h <= 'F')                              ? h - 'A' + 10
                                                                              : -1;
                    if (d < 0)
                        return false;
                    v = v * 16 + uint(d);
                }
                return true;
            };
            uint cp = 0;
            if (!hex4(cp))
                return fail(
                    QCoreApplication::translate("Import",
                                                "This JSON file is damaged or incomplete."));
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint low = 0;
                if (fill() && m_buffer[m_pos] == '\\' && (++m_pos, fill()) && m_buffer[m_pos] == 'u'
                    && (++m_pos, hex4(low)) && low >= 0xDC00 && low <= 0xDFFF)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                else
                    cp = 0xFFFD;
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            const char32_t ch = char32_t(cp);
            out.append(QString::fromUcs4(&ch, 1).toUtf8());
            break;
        }
        default:
            return fail(
                QCoreApplication::translate("Import", "This JSON file is damaged or incomplete."));
        }
    }
}

Result<void> JsonReader::parseString(QString &out)
{
    QByteArray bytes;
    if (auto r = parseRawBytes(bytes); !r)
        return r;
    bool invalid = false;
    out = TextCodec::fromUtf8Lossy(bytes.constData(), bytes.size(), &invalid);
    if (invalid)
        m_invalidUtf8 = true;
    else
        out = TextCodec::repairMojibake(out);
    return {};
}
