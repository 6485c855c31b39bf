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
    : m_input(input), m_limits(limits), m_callback(std::move(callback)),
      m_frames(limits,
               [this](Record &record, const RecordRule &rule) { return emitRecord(record, rule); })
{
}

JsonReader::JsonReader(const QByteArray &bytes, const ImportLimits &limits, RecordCallback callback)
    : m_limits(limits), m_callback(std::move(callback)), m_buffer(bytes), m_eof(true),
      m_frames(limits,
               [this](Record &record, const RecordRule &rule) { return emitRecord(record, rule); })
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
    const int first = peek();
    if (first < 0)
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("Import", "This file is empty."));
    Result<void> parsed;
    if (first == '{') {
        parsed = parseFrame(0, QString(), false);
    } else if (first == '[') {
        parsed = parseList(0, QString());
    } else {
        parsed = parseValue(0, QString());
        if (parsed)
            parsed = takeRecord(RecordRule::Kind::Profile, QString());
    }
    if (!parsed)
        return parsed.error();
    int c = peek();
    if (c == ';') {
        ++m_pos;
        c = peek();
    }
    if (c >= 0)
        return Error::make(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Import", "This JSON file has extra text after the data."));
    if (m_invalidUtf8)
        m_stats.warnings.append(QCoreApplication::translate(
            "Import",
            "Some text was not valid UTF-8. Roer replaced those characters with \uFFFD."));
    m_stats.rules = m_tally.rules();
    return m_stats;
}

Result<void> JsonReader::emitRecord(Record &record, const RecordRule &rule)
{
    if (record.isEmpty())
        return {};
    if (rule.kind == RecordRule::Kind::ExportDetails && !rule.fields.isEmpty())
        m_tally.countDetails(rule.fields);
    else
        m_tally.count(rule);
    ++m_stats.records;
    if (!m_callback(record)) {
        m_cancelled = true;
        return Error::make(ErrorCode::Cancelled,
                           QCoreApplication::translate("Import", "The import was cancelled."));
    }
    return {};
}

Result<void> JsonReader::takeRecord(RecordRule::Kind kind, const QString &section)
{
    Record record = std::move(m_record);
    m_record = Record();
    m_recordBytes = 0;
    if (record.isEmpty())
        return {};
    const RecordRule rule{kind, section, {}, 0};
    if (m_frames.isEmpty())
        return emitRecord(record, rule);
    const bool event = (kind == RecordRule::Kind::ListItem || kind == RecordRule::Kind::ListRow)
        && RecordRule::isEventListName(section);
    return m_frames.addRecord(std::move(record), rule, QString(), event);
}

Result<void> JsonReader::addField(const QString &path, const QString &raw, bool isNumber)
{
    m_recordBytes += raw.size() * 2 + path.size() * 2;
    if (m_recordBytes > m_limits.maxRecordBytes || m_record.size() >= m_limits.maxRecordFields)
        return fail(
            QCoreApplication::translate("Import",
                                        "One record in this file is too large. Roer stops here."));
    m_record.append(RecordField{path.isEmpty() ? QStringLiteral("value") : path, raw, isNumber});
    return {};
}

Result<void> JsonReader::checkDepth(int depth)
{
    if (depth > m_limits.maxJsonDepth)
        return fail(
            QCoreApplication::translate("Import",
                                        "This JSON file is nested too deeply. Roer stops here."));
    return {};
}

Result<void> JsonReader::separator(char close, bool &done)
{
    const int d = peek();
    ++m_pos;
    done = d == static_cast<unsigned char>(close);
    if (!done && d != ',')
        return fail(
            QCoreApplication::translate("Import", "This JSON file is damaged or incomplete."));
    return {};
}

Result<void> JsonReader::parseFrame(int depth, const QString &path, bool apart)
{
    // An object above the records: RecordFrames decides at its end whether it is one record
    // (it has values of its own) or a set of sections (it only holds lists and parts).
    if (auto r = checkDepth(depth); !r)
        return r;
    ++m_pos; // '{'
    m_frames.open(path, apart);
    const bool top = depth == 0;
    if (peek() == '}') {
        ++m_pos;
        return m_frames.close();
    }
    for (bool done = false; !done;) {
        QString key;
        if (peek() != '"')
            return fail(
                QCoreApplication::translate("Import", "This JSON file is damaged or incomplete."));
        if (auto r = parseString(key); !r)
            return r;
        if (auto r = expect(':'); !r)
            return r;
        const QString memberPath = join(path, key);
        const int c = peek();
        if (c == '{') {
            if (auto r =
                    parseFrame(depth + 1, memberPath, top && RecordRule::isExportDetailsPart(key));
                !r)
                return r;
        } else if (c == '[') {
            if (auto r = parseList(depth + 1, memberPath); !r)
                return r;
        } else {
            m_expanded = false;
            m_record.clear();
            m_recordBytes = 0;
            if (auto r = parseValue(depth + 1, memberPath); !r)
                return r;
            Record value = std::move(m_record);
            m_record = Record();
            if (m_expanded) {
                // JSON inside a string: a part of its own, like an object in its place.
                if (auto r =
                        m_frames.addRecord(std::move(value),
                                           RecordRule{RecordRule::Kind::Object, memberPath, {}, 0});
                    !r)
                    return r;
            } else if (top && value.size() == 1 && RecordRule::isExportDetailName(key)) {
                m_frames.addDetail(value.first());
            } else if (auto r = m_frames.addValues(std::move(value)); !r) {
                return r;
            }
        }
        if (auto r = separator('}', done); !r)
            return r;
    }
    return m_frames.close();
}

Result<void> JsonReader::parseList(int depth, const QString &path)
{
    if (auto r = checkDepth(depth); !r)
        return r;
    ++m_pos; // '['
    return parseListElements(depth, path);
}

Result<void> JsonReader::parseListElements(int depth, const QString &path)
{
    // A list above the records: each item is one record of the section `path`.
    if (auto r = checkDepth(depth); !r)
        return r;
    if (peek() == ']') {
        ++m_pos;
        return {};
    }
    for (bool done = false; !done;) {
        const int e = peek();
        m_record.clear();
        m_recordBytes = 0;
        if (e == '{') {
            if (auto r = parseValue(depth + 1, path); !r)
                return r;
            if (auto r = takeRecord(RecordRule::Kind::ListItem, path); !r)
                return r;
        } else if (e == '[') {
            ++m_pos;
            const int inner = peek();
            if (inner == '{' || inner == '[') {
                // A list of lists of records (pages of purchases): every record counts.
                if (auto r = parseListElements(depth + 1, path); !r)
                    return r;
            } else if (inner == ']') {
                ++m_pos;
            } else {
                if (auto r = parseRowElements(depth + 1, path); !r)
                    return r;
                if (auto r = takeRecord(RecordRule::Kind::ListRow, path); !r)
                    return r;
            }
        } else {
            // A plain value (a segment, an e-mail address): one item the shop holds.
            m_expanded = false;
            if (auto r = parseValue(depth + 1, path); !r)
                return r;
            bool empty = true;
            for (const RecordField &f : std::as_const(m_record))
                empty &= f.raw.isNull();
            if (empty)
                m_record.clear();
            const auto kind = m_expanded ? RecordRule::Kind::ListItem : RecordRule::Kind::ListValue;
            if (auto r = takeRecord(kind, path); !r)
                return r;
        }
        if (auto r = separator(']', done); !r)
            return r;
    }
    return {};
}

Result<void> JsonReader::parseRowElements(int depth, const QString &path)
{
    // A record that is itself a list of values: its columns are named 1, 2, 3.
    if (auto r = checkDepth(depth); !r)
        return r;
    for (int index = 1;; ++index) {
        if (auto r = parseValue(depth + 1, join(path, QString::number(index))); !r)
            return r;
        bool done = false;
        if (auto r = separator(']', done); !r)
            return r;
        if (done)
            return {};
    }
}

Result<void> JsonReader::parseValue(int depth, const QString &path)
{
    // Inside a record: object keys extend the path, list elements share it.
    if (auto r = checkDepth(depth); !r)
        return r;
    const int c = peek();
    if (c < 0)
        return fail(
            QCoreApplication::translate("Import", "This JSON file is damaged or incomplete."));
    if (c == '{' || c == '[') {
        const char close = c == '{' ? '}' : ']';
        ++m_pos;
        if (peek() == static_cast<unsigned char>(close)) {
            ++m_pos;
            return {};
        }
        for (bool done = false; !done;) {
            QString elementPath = path;
            if (c == '{') {
                QString key;
                if (peek() != '"')
                    return fail(
                        QCoreApplication::translate("Import",
                                                    "This JSON file is damaged or incomplete."));
                if (auto r = parseString(key); !r)
                    return r;
                if (auto r = expect(':'); !r)
                    return r;
                elementPath = join(path, key);
            }
            if (auto r = parseValue(depth + 1, elementPath); !r)
                return r;
            if (auto r = separator(close, done); !r)
                return r;
        }
        return {};
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
                m_expanded = true;
                for (const RecordField &f : std::as_const(nested))
                    if (auto r = addField(join(path, f.path), f.raw, f.isNumber); !r)
                        return r;
                return {};
            }
        }
        return addField(path, value, false);
    }
    QString literal;
    bool isNumber = false;
    if (auto r = parseLiteral(literal, isNumber); !r)
        return r;
    return addField(path, literal, isNumber);
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
