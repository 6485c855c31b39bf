#include "CsvReader.h"

#include "TextCodec.h"

#include <QCoreApplication>
#include <QIODevice>

#include <map>

namespace {

constexpr qint64 kSample = 64 * 1024;
constexpr int kHeaderRows = 30; // rows looked at to find the header row

// Field counts per row of a sample, honouring quotes.
QList<int> fieldCounts(const QByteArray &sample, char sep)
{
    QList<int> counts;
    int fields = 1;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const char c = sample[i];
        if (quoted) {
            if (c == '"')
                quoted = false; // a doubled quote re-enters at the next byte
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == sep) {
            ++fields;
        } else if (c == '\n') {
            if (any || fields > 1)
                counts.append(fields);
            fields = 1;
            any = false;
        } else if (c != '\r') {
            any = true;
        }
    }
    return counts;
}

} // namespace

CsvReader::CsvReader(QIODevice *input, const ImportLimits &limits, RecordCallback callback)
    : m_input(input), m_limits(limits), m_callback(std::move(callback))
{
}

char CsvReader::detectSeparator(const QByteArray &sample)
{
    // The separator that gives the most rows sharing one field count (above 1) wins.
    char best = ',';
    int bestScore = 0;
    for (char sep : {',', ';', '\t', '|'}) {
        std::map<int, int> histogram;
        for (int count : fieldCounts(sample, sep))
            if (count > 1)
                ++histogram[count];
        int score = 0;
        for (const auto &[count, rows] : histogram)
            score = qMax(score, rows);
        if (score > bestScore) {
            bestScore = score;
            best = sep;
        }
    }
    return best;
}

QStringList CsvReader::uniqueHeaders(const QStringList &names)
{
    QStringList out;
    for (int i = 0; i < names.size(); ++i) {
        QString base = names[i].trimmed();
        if (base.isEmpty())
            base = QCoreApplication::translate("Import", "Column %1").arg(i + 1);
        QString name = base;
        for (int n = 2; out.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        out.append(name);
    }
    return out;
}

QString CsvReader::decode(const QByteArray &bytes)
{
    // An empty cell comes as a reused, empty buffer: give it what a fresh (null) one gave.
    if (bytes.isEmpty())
        return QString::fromLatin1(QByteArray());
    if (TextCodec::isAscii(bytes.constData(), bytes.size()))
        return QString::fromLatin1(bytes);
    if (!m_windows1252) {
        if (TextCodec::isValidUtf8(bytes.constData(), bytes.size()))
            return QString::fromUtf8(bytes);
        // Not UTF-8: Excel in the Netherlands writes Windows-1252. Stay with it from here on.
        m_windows1252 = true;
        m_stats.warnings.append(QCoreApplication::translate(
            "Import", "This file is not in UTF-8. Roer read it as Windows-1252 (Excel)."));
    }
    return TextCodec::fromWindows1252(bytes.constData(), bytes.size());
}

bool CsvReader::emitRow(const Row &row, qsizetype columns)
{
    // One Record reused for every row: its paths stay shared with the header and, for ASCII
    // values (nearly all), the value buffers are refilled in place instead of allocated.
    Record &record = m_record;
    record.resize(columns);
    for (qsizetype i = 0; i < columns; ++i) {
        if (i >= m_header.size())
            m_header.append(QCoreApplication::translate("Import", "Column %1").arg(i + 1));
        RecordField &f = record[i];
        if (f.path.constData() != m_header[i].constData())
            f.path = m_header[i];
        const QByteArray &bytes = row[i];
        bool done = false;
        if (!bytes.isEmpty() && !f.raw.isEmpty()) {
            // Widen in place and check for ASCII in the same pass; anything else is decoded.
            f.raw.resize(bytes.size()); // keeps the capacity unless someone else holds the value
            char16_t *out = reinterpret_cast<char16_t *>(f.raw.data());
            const auto *in = reinterpret_cast<const uchar *>(bytes.constData());
            uchar high = 0;
            for (qsizetype k = 0; k < bytes.size(); ++k) {
                out[k] = in[k];
                high |= in[k];
            }
            done = !(high & 0x80);
        }
        if (!done)
            f.raw = decode(bytes);
    }
    ++m_stats.records;
    if (!m_callback(record)) {
        m_stopped = true;
        return false;
    }
    return true;
}

Result<void> CsvReader::flushPending(bool atEnd)
{
    Q_UNUSED(atEnd);
    // The header is the first row with the most common field count (LinkedIn puts a
    // "Notes:" text before it).
    std::map<int, int> histogram;
    for (const Row &row : std::as_const(m_pending))
        if (row.size() > 1)
            ++histogram[int(row.size())];
    int common = 1, rows = 0;
    for (const auto &[count, n] : histogram)
        if (n > rows) {
            rows = n;
            common = count;
        }
    qsizetype headerIndex = 0;
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        if (m_pending[i].size() == common || common == 1) {
            headerIndex = i;
            break;
        }
    if (headerIndex > 0)
        m_stats.warnings.append(
            QCoreApplication::translate("Import",
                                        "Roer skipped %n line(s) of text before the column names.",
                                        nullptr, int(headerIndex)));
    QStringList names;
    if (!m_pending.isEmpty())
        for (const QByteArray &name : std::as_const(m_pending[headerIndex]))
            names.append(decode(name));
    m_header = uniqueHeaders(names);
    m_headerKnown = true;
    for (qsizetype i = headerIndex + 1; i < m_pending.size(); ++i)
        if (!emitRow(m_pending[i], m_pending[i].size()))
            return Error::make(ErrorCode::Cancelled,
                               QCoreApplication::translate("Import", "The import was cancelled."));
    m_pending.clear();
    return {};
}

Result<void> CsvReader::handleRow(const Row &row, qsizetype columns)
{
    // An empty line is not a record.
    if (columns == 1 && row[0].isEmpty())
        return {};
    if (!m_headerKnown) {
        m_pending.append(row.first(columns));
        if (m_pending.size() >= kHeaderRows)
            return flushPending(false);
        return {};
    }
    if (!emitRow(row, columns))
        return Error::make(ErrorCode::Cancelled,
                           QCoreApplication::translate("Import", "The import was cancelled."));
    return {};
}

Result<ReadStats> CsvReader::read()
{
    QByteArray buffer;
    buffer.resize(m_limits.readChunk);
    // Sample for separator detection.
    QByteArray sample = m_input->peek(kSample);
    if (sample.startsWith("\xEF\xBB\xBF")) {
        m_input->read(3);
        sample = sample.mid(3);
    }
    m_separator = detectSeparator(sample);

    // The row's column buffers are kept from row to row and refilled in place: no allocation
    // per value once they have grown. `field` is the column being read.
    Row row(1);
    qsizetype columns = 0;
    QByteArray *field = &row[0];
    auto nextColumn = [&] {
        ++columns;
        if (row.size() <= columns)
            row.resize(columns + 1);
        field = &row[columns];
        field->resize(0); // keeps the capacity unless the buffer is shared (pending rows)
    };
    auto rowDone = [&]() -> Result<void> {
        auto r = handleRow(row, columns);
        columns = 0;
        field = &row[0];
        field->resize(0);
        return r;
    };
    bool quoted = false, quoteSeen = false, fieldStarted = false;
    qint64 rowBytes = 0;
    for (;;) {
        const qint64 n = m_input->read(buffer.data(), m_limits.readChunk);
        if (n < 0)
            return Error::make(ErrorCode::Io,
                               QCoreApplication::translate("Import",
                                                           "Roer could not read this file."));
        if (n == 0)
            break;
        const char *p = buffer.constData();
        qint64 i = 0;
        while (i < n) {
            if (quoted) {
                // Copy a run of plain bytes at once.
                const char *q = static_cast<const char *>(memchr(p + i, '"', size_t(n - i)));
                const qint64 end = q ? q - p : n;
                field->append(p + i, end - i);
                rowBytes += end - i;
                i = end;
                if (q) {
                    quoted = false;
                    quoteSeen = true;
                    ++i;
                }
            } else {
                // Copy a run of ordinary bytes of an unquoted field at once.
                if (fieldStarted && !quoteSeen) {
                    qint64 j = i;
                    while (j < n && p[j] != m_separator && p[j] != '\n' && p[j] != '"')
                        ++j;
                    if (j > i) {
                        field->append(p + i, j - i);
                        rowBytes += j - i;
                        i = j;
                        if (rowBytes > m_limits.maxLineBytes)
                            return Error::make(
                                ErrorCode::InvalidInput,
                                QCoreApplication::translate(
                                    "Import",
                                    "A line in this file is longer than %1 MB. Roer stops here.")
                                    .arg(m_limits.maxLineBytes >> 20));
                        if (i == n)
                            continue;
                    }
                }
                const char c = p[i++];
                ++rowBytes;
                if (c == '"') {
                    if (quoteSeen) // a doubled quote inside a quoted field
                        field->append('"');
                    else if (fieldStarted)
                        field->append('"'); // a stray quote in an unquoted field: keep it
                    quoted = !fieldStarted || quoteSeen;
                    quoteSeen = false;
                    fieldStarted = true;
                } else if (c == m_separator) {
                    nextColumn();
                    quoteSeen = fieldStarted = false;
                } else if (c == '\n') {
                    if (!quoteSeen && field->endsWith('\r'))
                        field->chop(1);
                    ++columns;
                    quoteSeen = fieldStarted = false;
                    rowBytes = 0;
                    if (auto r = rowDone(); !r)
                        return r.error();
                } else if (c == '\r' && quoteSeen) {
                    // the CR of a CRLF after a closing quote
                } else {
                    field->append(c);
                    fieldStarted = true;
                    quoteSeen = false;
                }
            }
            if (rowBytes > m_limits.maxLineBytes)
                return Error::make(ErrorCode::InvalidInput,
                                   QCoreApplication::translate(
                                       "Import",
                                       "A line in this file is longer than %1 MB. Roer stops here.")
                                       .arg(m_limits.maxLineBytes >> 20));
        }
    }
    if (fieldStarted || !field->isEmpty() || columns > 0) {
        if (!quoteSeen && field->endsWith('\r'))
            field->chop(1);
        ++columns;
        if (auto r = rowDone(); !r)
            return r.error();
    }
    if (!m_headerKnown)
        if (auto r = flushPending(true); !r)
            return r.error();
    return m_stats;
}
