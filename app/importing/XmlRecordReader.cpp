#include "XmlRecordReader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace {

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + pathSeparator() + key;
}

} // namespace

XmlRecordReader::XmlRecordReader(QIODevice *input, const ImportLimits &limits,
                                 RecordCallback callback)
    : m_input(input), m_limits(limits), m_callback(std::move(callback))
{
}

Result<ReadStats> XmlRecordReader::read()
{
    QXmlStreamReader xml(m_input);
    ReadStats stats;
    Record record;
    qint64 recordBytes = 0;
    QStringList stack;   // element names from the root down
    int recordDepth = 2; // depth of record elements (root = 1)
    QString section;     // a grouping element's name, when records sit one level deeper
    QString text;
    bool childSeen = false;               // the current element had child elements
    int childIndex = 0;                   // children seen of the current depth-2 element
    QXmlStreamAttributes childAttributes; // of the current depth-3 element

    auto emitRecord = [&]() -> Result<void> {
        if (record.isEmpty())
            return {};
        ++stats.records;
        const bool goOn = m_callback(record);
        record.clear();
        recordBytes = 0;
        if (!goOn)
            return Error::make(ErrorCode::Cancelled,
                               QCoreApplication::translate("Import", "The import was cancelled."));
        return {};
    };
    auto relPath = [&]() {
        QString p = section;
        for (qsizetype i = recordDepth; i < stack.size(); ++i)
            p = join(p, stack[i]);
        return p;
    };
    auto add = [&](const QString &path, const QString &value) -> Result<void> {
        recordBytes += (path.size() + value.size()) * 2;
        if (recordBytes > m_limits.maxRecordBytes || record.size() >= m_limits.maxRecordFields)
            return Error::make(ErrorCode::InvalidInput,
                               QCoreApplication::translate(
                                   "Import",
                                   "One record in this file is too large. Roer stops here."));
        record.append(RecordField{path.isEmpty() ? QStringLiteral("value") : path, value, false});
        return {};
    };

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (stack.size() >= m_limits.maxJsonDepth)
                return Error::make(ErrorCode::InvalidInput,
                                   QCoreApplication::translate(
                                       "Import",
                                       "This file is nested too deeply. Roer stops here."));
            // A grouping element: the first record candidate has children of its own that
            // have children. Switch to records one level deeper before anything piles up.
            if (stack.size() == 1)
                childIndex = 0;
            else if (stack.size() == 2)
                ++childIndex;
            if (recordDepth == 2 && stack.size() == 3 && childIndex == 1 && section.isEmpty()) {
                section = stack[1];
                recordDepth = 3;
                record.clear(); // only the group's attributes were collected
                recordBytes = 0;
                for (const auto &a : std::as_const(childAttributes))
                    if (auto r = add(QLatin1Char('@') + a.name().toString(), a.value().toString());
                        !r)
                        return r.error();
            }
            if (stack.size() == 2)
                childAttributes = xml.attributes();
            stack.append(xml.name().toString());
            childSeen = false;
            text.clear();
            if (stack.size() > recordDepth) {
                const auto attributes = xml.attributes();
                for (const auto &a : attributes)
                    if (auto r = add(join(relPath(), QLatin1Char('@') + a.name().toString()),
                                     a.value().toString());
                        !r)
                        return r.error();
            } else if (stack.size() == recordDepth) {
                const auto attributes = xml.attributes();
                for (const auto &a : attributes)
                    if (auto r = add(QLatin1Char('@') + a.name().toString(), a.value().toString());
                        !r)
                        return r.error();
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (!xml.isWhitespace())
                text += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (stack.size() > recordDepth && !childSeen)
                if (auto r = add(relPath(), text); !r)
                    return r.error();
            if (stack.size() == recordDepth && !childSeen && !text.isEmpty())
                if (auto r = add(stack.last(), text); !r)
                    return r.error();
            if (stack.size() == recordDepth)
                if (auto r = emitRecord(); !r)
                    return r.error();
            if (stack.size() == recordDepth - 1 && recordDepth == 3) {
                section.clear(); // the group ends; the next child of the root decides anew
                recordDepth = 2;
            }
            stack.removeLast();
            childSeen = true;
            text.clear();
        }
    }
    if (xml.hasError()) {
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && stats.records == 0
            && stack.isEmpty())
            return Error::make(ErrorCode::InvalidInput,
                               QCoreApplication::translate("Import", "This file is empty."));
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("Import",
                                                       "This XML file is damaged or incomplete."));
    }
    if (auto r = emitRecord(); !r)
        return r.error();
    return stats;
}
