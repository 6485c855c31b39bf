#pragma once

#include "ValueNormaliser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The fields of one imported record, stored as one blob in record.fields (migration 5): one
// row per record instead of one per value is what makes the import fast (per-row insert cost
// dominates). The format is portable and versioned; all integers are unsigned LEB128 varints
// (little-endian groups of 7 bits), text is UTF-8:
//
//   byte    format version (1)
//   varint  number of fields
//   per field, in the record's order:
//     varint  field path id (field_path.id)
//     byte    ValueType (bits 0-4) | 0x20 raw value is null (JSON null) | 0x40 normalised follows
//     varint  raw length in bytes, then the raw bytes
//     [varint normalised length, then its bytes] only when it differs from the raw text
namespace RecordBlob {

constexpr quint8 kVersion = 1;

class Encoder
{
public:
    void begin(qsizetype fieldCount);
    // `normalised` null (or equal to raw, the caller's choice) = not stored.
    void add(qint64 fieldPathId, ValueType type, const QString &raw, const QString &normalised);
    // The same with UTF-8 text as SQLite hands it out (the schema 4 conversion).
    void addUtf8(qint64 fieldPathId, ValueType type, bool rawIsNull, QByteArrayView raw,
                 bool hasNormalised, QByteArrayView normalised);
    const QByteArray &data() const { return m_buffer; }

private:
    void putVarint(quint64 v);
    static int writeVarint(uchar *out, quint64 v);
    static uchar *writeText(uchar *out, const QString &text);
    QByteArray m_buffer; // reused: no allocation per record once it has grown
};

struct FieldView
{
    qint64 fieldPathId = 0;
    ValueType type = ValueType::Text;
    bool rawIsNull = false;
    bool hasNormalised = false;
    QByteArrayView raw; // UTF-8, points into the blob
    QByteArrayView normalised;

    // Invalid UTF-8 (a damaged blob) comes out as replacement characters.
    QString rawText() const;
    // The normalised text, or the raw text when it is the same.
    QString normalisedText() const;
};

// Walks a blob without copying: `while (reader.next(field)) ...; if (!reader.ok()) ...`.
class Reader
{
public:
    Reader(const char *data, qsizetype size);
    explicit Reader(QByteArrayView blob) : Reader(blob.data(), blob.size()) {}
    qint64 fieldCount() const { return m_count; }
    bool next(FieldView &field);
    // False when the blob is damaged or of an unknown version.
    bool ok() const { return m_ok; }

private:
    bool getVarint(quint64 &v);
    const uchar *m_p;
    const uchar *m_end;
    quint64 m_count = 0;
    quint64 m_read = 0;
    bool m_ok = true;
};

} // namespace RecordBlob
