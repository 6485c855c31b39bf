#include "RecordFrames.h"

#include <QCoreApplication>

namespace {

Error tooLarge()
{
    return Error::make(ErrorCode::InvalidInput,
                       QCoreApplication::translate(
                           "Import", "One record in this file is too large. Roer stops here."));
}

} // namespace

bool RecordFrames::makesSections(const RecordRule &rule, size_t frameIndex) const
{
    switch (rule.kind) {
    case RecordRule::Kind::ListItem:
    case RecordRule::Kind::ListRow: return true;
    case RecordRule::Kind::ListValue: return int(frameIndex) <= m_valueListDepth;
    default: return false;
    }
}

RecordFrames::RecordFrames(const ImportLimits &limits, Emit sink)
    : m_limits(limits), m_emit(std::move(sink))
{
}

qint64 RecordFrames::bytesOf(const Record &record)
{
    qint64 bytes = 0;
    for (const RecordField &f : record)
        bytes += (f.raw.size() + f.path.size()) * 2;
    return bytes;
}

void RecordFrames::open(const QString &path, bool apart, const QString &tag)
{
    Frame frame;
    frame.path = path;
    frame.apart = apart;
    frame.tag = tag;
    m_frames.push_back(std::move(frame));
}

Result<void> RecordFrames::addValues(Record &&fields, const QString &tag, bool decides)
{
    if (fields.isEmpty())
        return {};
    Frame &frame = m_frames.back();
    const qint64 bytes = bytesOf(fields);
    frame.ownBytes += bytes;
    m_pendingBytes += bytes;
    m_pendingFields += fields.size();
    if (decides && tag.isEmpty() && !frame.entries.empty() && !frame.entries.back().isRecord
        && !frame.entries.back().weak && frame.entries.back().tag.isEmpty()) {
        frame.entries.back().fields.append(std::move(fields));
    } else {
        Entry entry;
        entry.fields = std::move(fields);
        entry.tag = tag;
        entry.weak = !decides;
        frame.entries.push_back(std::move(entry));
    }
    return checkBounds();
}

void RecordFrames::addDetail(const RecordField &field)
{
    m_frames.back().details.append(field);
}

Result<void> RecordFrames::addRecord(Record &&record, const RecordRule &rule, const QString &tag,
                                     bool event)
{
    if (record.isEmpty())
        return {};
    Frame &frame = m_frames.back();
    if (makesSections(rule, m_frames.size() - 1))
        frame.holdsLists = true;
    Entry entry;
    entry.fields = std::move(record);
    entry.rule = rule;
    entry.isRecord = true;
    entry.event = event;
    entry.tag = tag;
    return push(frame, std::move(entry));
}

void RecordFrames::makeItem(const QString &section)
{
    Frame &frame = m_frames.back();
    frame.item = true;
    frame.itemOf = section;
    frame.event = RecordRule::isEventListName(frame.tag) || RecordRule::isEventListName(section);
}

void RecordFrames::makeList(const QString &tag, const QString &section)
{
    Frame &frame = m_frames.back();
    for (Entry &e : frame.entries) {
        if (e.tag != tag)
            continue;
        if (!e.isRecord) {
            e.isRecord = true;
            e.rule = RecordRule{RecordRule::Kind::ListValue, section, {}, 0};
            frame.holdsLists |= makesSections(e.rule, m_frames.size() - 1);
            frame.ownBytes -= bytesOf(e.fields);
            frame.recordBytes += bytesOf(e.fields);
            ++frame.records;
            ++m_pendingRecords;
        } else if (e.rule.kind == RecordRule::Kind::Object) {
            e.rule = RecordRule{RecordRule::Kind::ListItem, section, {}, 0};
            e.event = RecordRule::isEventListName(tag) || RecordRule::isEventListName(section);
            frame.holdsLists = true;
        }
    }
}

Result<void> RecordFrames::push(Frame &frame, Entry &&entry)
{
    if (frame.committed)
        return emitRecord(entry.fields, entry.rule);
    const qint64 bytes = bytesOf(entry.fields);
    frame.recordBytes += bytes;
    ++frame.records;
    m_pendingBytes += bytes;
    m_pendingFields += entry.fields.size();
    ++m_pendingRecords;
    frame.entries.push_back(std::move(entry));
    return checkBounds();
}

Result<void> RecordFrames::checkBounds()
{
    const qint64 byteCap = std::min(kMaxPendingBytes, m_limits.maxRecordBytes / 2);
    const qint64 fieldCap = std::max(1, m_limits.maxRecordFields / 2);
    if (m_pendingRecords <= kMaxPendingRecords && m_pendingBytes <= byteCap
        && m_pendingFields <= fieldCap)
        return {};
    return commit();
}

Result<void> RecordFrames::commit()
{
    // Too much to wait for: every open object is sections from here on. Their records go
    // out now, in the order of the file (outer objects were read first).
    for (Frame &frame : m_frames) {
        std::vector<Entry> own;
        for (Entry &e : frame.entries) {
            if (!e.isRecord) {
                own.push_back(std::move(e));
                continue;
            }
            m_pendingFields -= e.fields.size();
            if (auto r = emitRecord(e.fields, e.rule); !r)
                return r;
        }
        frame.entries = std::move(own);
        m_pendingBytes -= frame.recordBytes;
        m_pendingRecords -= frame.records;
        frame.recordBytes = 0;
        frame.records = 0;
        frame.committed = true;
    }
    return {};
}

Result<void> RecordFrames::emitRecord(Record &record, const RecordRule &rule)
{
    if (record.isEmpty())
        return {};
    return m_emit(record, rule);
}

Result<Record> RecordFrames::merge(std::vector<Entry> &entries, bool ownOnly)
{
    Record out;
    qint64 bytes = 0;
    for (Entry &e : entries) {
        if (e.apart || (ownOnly && e.isRecord))
            continue;
        bytes += bytesOf(e.fields);
        if (out.size() + e.fields.size() > m_limits.maxRecordFields
            || bytes > m_limits.maxRecordBytes)
            return tooLarge();
        out.append(std::move(e.fields));
        e.fields.clear();
    }
    return out;
}

Result<void> RecordFrames::close()
{
    Frame frame = std::move(m_frames.back());
    m_frames.pop_back();
    m_pendingBytes -= frame.recordBytes + frame.ownBytes;
    m_pendingRecords -= frame.records;
    for (const Entry &e : frame.entries)
        m_pendingFields -= e.fields.size();
    Frame *parent = m_frames.empty() ? nullptr : &m_frames.back();

    auto pass = [&](Record &&record, const RecordRule &rule, bool apart, const QString &tag,
                    bool event) -> Result<void> {
        if (record.isEmpty())
            return {};
        if (!parent)
            return emitRecord(record, rule);
        if (makesSections(rule, m_frames.size() - 1))
            parent->holdsLists = true;
        Entry entry;
        entry.fields = std::move(record);
        entry.rule = rule;
        entry.isRecord = true;
        entry.apart = apart;
        entry.event = event;
        entry.tag = tag;
        return push(*parent, std::move(entry));
    };

    bool ownValues = false;
    bool events = false;
    for (const Entry &e : frame.entries) {
        events |= e.isRecord && e.event;
        if (!e.isRecord && !e.weak)
            for (const RecordField &f : e.fields)
                ownValues |= !f.raw.isEmpty();
    }

    if (!frame.committed && !events && (ownValues || !frame.holdsLists)) {
        // One record: a profile, an account, or a part made only of parts.
        auto merged = merge(frame.entries, false);
        if (!merged)
            return merged.error();
        RecordRule rule{parent ? RecordRule::Kind::Object : RecordRule::Kind::Profile,
                        frame.path,
                        {},
                        0};
        if (frame.item)
            rule = RecordRule{RecordRule::Kind::ListItem, frame.itemOf, {}, 0};
        else if (frame.apart)
            rule.kind = RecordRule::Kind::ExportDetails;
        if (auto r =
                pass(std::move(*merged), rule, frame.apart, frame.tag, frame.item && frame.event);
            !r)
            return r;
        for (Entry &e : frame.entries)
            if (e.apart)
                if (auto r = pass(std::move(e.fields), e.rule, true, e.tag, false); !r)
                    return r;
    } else {
        // Sections: every record found inside goes on as a record of its own.
        bool passed = false;
        for (Entry &e : frame.entries) {
            if (!e.isRecord)
                continue;
            passed = true;
            if (auto r = pass(std::move(e.fields), e.rule, e.apart, e.tag, e.event); !r)
                return r;
        }
        for (Entry &e : frame.entries)
            if (e.weak) {
                frame.details.append(std::move(e.fields));
                e.fields.clear();
            }
        auto own = merge(frame.entries, true);
        if (!own)
            return own.error();
        passed |= !own->isEmpty();
        if (auto r =
                pass(std::move(*own), RecordRule{RecordRule::Kind::OwnValues, frame.path, {}, 0},
                     false, QString(), false);
            !r)
            return r;
        if (parent && passed)
            parent->holdsLists = true;
    }
    if (!frame.details.isEmpty()) {
        RecordRule rule{RecordRule::Kind::ExportDetails, frame.path, {}, 0};
        for (const RecordField &f : std::as_const(frame.details))
            if (!rule.fields.contains(f.path))
                rule.fields << f.path;
        return emitRecord(frame.details, rule);
    }
    return {};
}
