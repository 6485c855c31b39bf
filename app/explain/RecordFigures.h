#pragma once

#include "SnapshotExplanation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

class Catalogue;

// Record by record, which categories each record of a snapshot holds and the event dates it
// carries, summed per part of a data file (the file, or the section of it its record rule
// names). So "4 purchases between 2023 and 2024" counts the records that hold purchase data,
// in one part of one file, with the dates of exactly those records: a profile's date of
// birth does not date the orders, and the rows of another file are not added.
class RecordFigures
{
public:
    RecordFigures(const QList<ExplainedField> &fields, const Catalogue &catalogue);

    // Whether the field's dates say when its record happened (not a birthday or an expiry).
    void setEventDates(qsizetype field, bool eventDates);
    // Call for every value, in storage order: `record` changes when the next record starts.
    void enter(qint64 record, qsizetype field)
    {
        if (record != m_record)
            next(record, field);
    }
    // The current record holds a (non-empty) value of `field`.
    void holds(qsizetype field)
    {
        const int c = m_category[size_t(field)];
        if (c >= 0)
            m_mask |= quint32(1) << c;
    }
    // A date in a value of `field` of the current record.
    void dated(qsizetype field, const QDate &date)
    {
        if (!m_eventDates[size_t(field)])
            return;
        if (!m_first.isValid() || date < m_first)
            m_first = date;
        if (!m_last.isValid() || date > m_last)
            m_last = date;
    }
    // The figures per category and part (parts of one series of files share `series`).
    QList<CategoryRecords> finish();

private:
    void next(qint64 record, qsizetype field);
    void flush();

    struct Cell
    {
        qint64 records = 0;
        QDate first;
        QDate last;
    };
    QStringList m_categories;    // bit i of a record's mask: holds m_categories[i]
    std::vector<int> m_category; // per field: index into m_categories or -1
    std::vector<int> m_part;     // per field: index into m_parts
    std::vector<char> m_eventDates;
    struct Part
    {
        QString dataFile;
        QString section;
        QStringList paths;
        std::vector<int> fields; // per category: fields of the part in it
    };
    QList<Part> m_parts;
    std::vector<Cell> m_cells; // [part * categories + category]
    qint64 m_record = -1;
    int m_recordPart = -1;
    quint32 m_mask = 0;
    QDate m_first;
    QDate m_last;
};
