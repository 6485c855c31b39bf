#pragma once

#include "ImportLimits.h"
#include "Record.h"
#include "RecordRule.h"

#include <functional>
#include <vector>

// The objects (JSON) or elements (XML) above the records of a file, while a reader cannot
// yet tell what they are. An object with values of its own is one record (a profile: its
// lists and parts become fields of it); an object that only holds lists, directly or in
// parts without values of their own, is a set of sections (each list item one record). Which
// one it is, is only known when the object ends, so the records found inside it wait here.
// To keep memory bounded, once more than kMaxPendingRecords records or a few megabytes wait,
// every open object is taken as sections from then on (docs/importing.md, "Record rules").
class RecordFrames
{
public:
    static constexpr qint64 kMaxPendingRecords = 10000;
    static constexpr qint64 kMaxPendingBytes = qint64(8) << 20;

    // Receives each finished record and the rule that made it.
    using Emit = std::function<Result<void>(Record &record, const RecordRule &rule)>;

    RecordFrames(const ImportLimits &limits, Emit sink);

    bool isEmpty() const { return m_frames.empty(); }
    // A list of plain values (segments, e-mail addresses) makes an object a set of sections
    // only this close to the top of the file (JSON: 0, the top object itself; XML: 1, its
    // child elements, since an XML list always has an element of its own around it). Deeper
    // down such a list is a field of its object's record.
    void setValueListDepth(int depth) { m_valueListDepth = depth; }
    // An object at `path` ("" for the top of the file) begins. `apart`: the export's own
    // details (a "meta" object): never merged into a profile. `tag`: the XML element's name.
    void open(const QString &path, bool apart = false, const QString &tag = {});
    // Values of the innermost object's own. Without a tag they join the values before them;
    // with one (an XML element) they stay a unit, so a repeated element can become a list.
    // `decides` false (the attributes of an XML root): they do not make the object one
    // record; they join it when it is one, else they are kept apart as the export's details.
    Result<void> addValues(Record &&fields, const QString &tag = {}, bool decides = true);
    // A record found inside the innermost object, made by `rule` (a list item, a part).
    // `event`: an item of a list of things that happened (RecordRule::isEventListName): it
    // stays a record of its own even inside an object with values of its own.
    Result<void> addRecord(Record &&record, const RecordRule &rule, const QString &tag = {},
                           bool event = false);
    // The export's own details at the top of the file: kept apart, as one record.
    void addDetail(const RecordField &field);
    // XML: the innermost object is an item of the list `section` (its element repeats).
    void makeItem(const QString &section);
    // XML: the element `tag` repeats inside the innermost object, so it is a list `section`.
    void makeList(const QString &tag, const QString &section);
    // The innermost object ends: decide what it is and pass its records on.
    Result<void> close();

private:
    struct Entry
    {
        Record fields;
        RecordRule rule;
        bool isRecord = false; // a record of its own, or values of the object's own
        bool apart = false;
        bool weak = false;  // own values that do not decide (see addValues)
        bool event = false; // an item of a list of events (see addRecord)
        QString tag;
    };
    struct Frame
    {
        QString path;
        QString tag;
        bool apart = false;
        bool item = false;  // an item of the list `itemOf` (XML: a repeated element)
        bool event = false; // ... of a list of events
        QString itemOf;
        bool holdsLists = false;
        bool committed = false; // its records went out already: it is sections
        std::vector<Entry> entries;
        Record details;
        qint64 ownBytes = 0; // waiting here, for the pending bounds
        qint64 recordBytes = 0;
        qint64 records = 0;
    };
    static qint64 bytesOf(const Record &record);
    bool makesSections(const RecordRule &rule, size_t frameIndex) const;
    Result<void> push(Frame &frame, Entry &&entry);
    Result<void> checkBounds();
    Result<void> commit();
    Result<void> emitRecord(Record &record, const RecordRule &rule);
    Result<Record> merge(std::vector<Entry> &entries, bool ownOnly);

    ImportLimits m_limits;
    Emit m_emit;
    std::vector<Frame> m_frames;
    qint64 m_pendingRecords = 0;
    qint64 m_pendingBytes = 0;
    qint64 m_pendingFields = 0;
    int m_valueListDepth = 0;
};
