#pragma once

#include "ImportLimits.h"
#include "Record.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

// A streaming JSON reader of its own (no document in memory): the first array met on the
// way down from the root holds the records; values outside any array form one extra record.
// Reads JavaScript-wrapped JSON (`window.YTD.tweets.part0 = [...]`), expands JSON serialised
// inside a string, keeps numbers as exact text, repairs Facebook/Instagram mojibake and turns
// invalid UTF-8 into U+FFFD with a warning.
class JsonReader
{
public:
    JsonReader(QIODevice *input, const ImportLimits &limits, RecordCallback callback);
    // Parses bytes already in memory (used for JSON inside a string value).
    JsonReader(const QByteArray &bytes, const ImportLimits &limits, RecordCallback callback);
    Result<ReadStats> read();

private:
    enum class Mode { Outside, InRecord };

    bool fill(); // makes at least one more byte available; false at the end
    int peek();  // next byte after whitespace, or -1
    Result<void> fail(const QString &message);
    Result<void> expect(char c);
    Result<void> parseValue(int depth, Mode mode, const QString &path, bool positional);
    Result<void> parseString(QString &out);
    Result<void> parseRawBytes(QByteArray &out);
    Result<void> parseLiteral(QString &out, bool &isNumber);
    Result<void> addField(const QString &path, const QString &raw, bool isNumber, int depth);
    Result<void> finishRecord();
    void skipWrapper();

    QIODevice *m_input = nullptr;
    ImportLimits m_limits;
    RecordCallback m_callback;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    ReadStats m_stats;
    Record m_record; // the record being built
    qint64 m_recordBytes = 0;
    Record m_loose; // values outside any array
    bool m_invalidUtf8 = false;
    bool m_cancelled = false;
    int m_nesting = 0; // JSON-in-a-string nesting, bounded
};
