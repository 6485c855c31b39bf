#pragma once

#include "ImportLimits.h"
#include "Record.h"
#include "RecordFrames.h"
#include "RecordRule.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

// A streaming JSON reader of its own (no document in memory). What becomes a record follows
// the record rules in docs/importing.md: each item of a list is one record (objects, plain
// values, inner lists, pages of records); an object with values of its own is one record with
// its lists and parts as fields (a profile); an object that only holds lists and parts is a
// set of sections (RecordFrames decides); the export's own details are kept apart. Reads
// JavaScript-wrapped JSON (`window.YTD.tweets.part0 = [...]`), expands JSON serialised inside a
// string, keeps numbers as exact text, repairs Facebook/Instagram mojibake and turns invalid UTF-8
// into U+FFFD with a warning.
class JsonReader
{
public:
    JsonReader(QIODevice *input, const ImportLimits &limits, RecordCallback callback);
    // Parses bytes already in memory (used for JSON inside a string value).
    JsonReader(const QByteArray &bytes, const ImportLimits &limits, RecordCallback callback);
    Result<ReadStats> read();

private:
    bool fill(); // makes at least one more byte available; false at the end
    int peek();  // next byte after whitespace, or -1
    Result<void> fail(const QString &message);
    Result<void> expect(char c);
    Result<void> checkDepth(int depth);
    Result<void> separator(char close, bool &done); // after an element: ',' or `close`
    // Above the records: an object (RecordFrames decides what it is) and a list of records.
    Result<void> parseFrame(int depth, const QString &path, bool apart);
    Result<void> parseList(int depth, const QString &path);
    Result<void> parseListElements(int depth, const QString &path); // after its '['
    Result<void> parseRowElements(int depth, const QString &path);  // after its '['
    // Inside a record: every value becomes a field of m_record.
    Result<void> parseValue(int depth, const QString &path);
    Result<void> parseString(QString &out);
    Result<void> parseRawBytes(QByteArray &out);
    Result<void> parseLiteral(QString &out, bool &isNumber);
    Result<void> addField(const QString &path, const QString &raw, bool isNumber);
    Result<void> takeRecord(RecordRule::Kind kind, const QString &section);
    Result<void> emitRecord(Record &record, const RecordRule &rule);
    void skipWrapper();

    QIODevice *m_input = nullptr;
    ImportLimits m_limits;
    RecordCallback m_callback;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    ReadStats m_stats;
    RecordRuleTally m_tally;
    Record m_record; // the record being built
    qint64 m_recordBytes = 0;
    RecordFrames m_frames;
    bool m_expanded = false; // the last string value held JSON and became fields
    bool m_invalidUtf8 = false;
    bool m_cancelled = false;
    int m_nesting = 0; // JSON-in-a-string nesting, bounded
};
