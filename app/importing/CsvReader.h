#pragma once

#include "ImportLimits.h"
#include "Record.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class QIODevice;

// Streams a CSV file record by record: UTF-8 with or without BOM (Windows-1252 when a field
// is not valid UTF-8), CRLF or LF, quoted fields with doubled quotes and line breaks, free
// text before the header row, duplicate header names, and `,` `;` or tab as separator.
class CsvReader
{
public:
    CsvReader(QIODevice *input, const ImportLimits &limits, RecordCallback callback);
    Result<ReadStats> read();

    // Detection helpers, public for the tests.
    static char detectSeparator(const QByteArray &sample);
    static QStringList uniqueHeaders(const QStringList &names);

private:
    using Row = QList<QByteArray>;
    // The first `columns` entries of `row` are the row (the rest are spare buffers).
    Result<void> handleRow(const Row &row, qsizetype columns);
    Result<void> flushPending(bool atEnd);
    bool emitRow(const Row &row, qsizetype columns);
    QString decode(const QByteArray &bytes);

    QIODevice *m_input;
    ImportLimits m_limits;
    RecordCallback m_callback;
    ReadStats m_stats;
    char m_separator = ',';
    QList<Row> m_pending; // the first rows, held until the header row is known
    QStringList m_header;
    Record m_record; // reused for every row
    bool m_headerKnown = false;
    bool m_windows1252 = false;
    bool m_warnedInvalid = false;
    bool m_stopped = false;
};
