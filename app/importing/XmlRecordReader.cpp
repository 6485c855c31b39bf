#include "XmlRecordReader.h"

#include "RecordFrames.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <vector>

namespace {

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + pathSeparator() + key;
}

Error tooLarge()
{
    return Error::make(ErrorCode::InvalidInput,
                       QCoreApplication::translate(
                           "Import", "One record in this file is too large. Roer stops here."));
}

// One open element. Its frame in RecordFrames is opened only when its first child element
// starts: an element without children is a value of its parent, not an object.
struct Level
{
    QString name;
    QString path; // below the root element: "klant › naam"
    Record attributes;
    QString text;
    bool framed = false;
    bool repeats = false; // the element repeats: an item of the list at `itemOf`
    QString itemOf;
    QHash<QString, int> children; // child element names seen, and how often
};

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
    RecordRuleTally tally;
    RecordFrames frames(m_limits, [&](Record &record, const RecordRule &rule) -> Result<void> {
        if (rule.kind == RecordRule::Kind::ExportDetails && !rule.fields.isEmpty())
            tally.countDetails(rule.fields);
        else
            tally.count(rule);
        ++stats.records;
        if (!m_callback(record))
            return Error::make(ErrorCode::Cancelled,
                               QCoreApplication::translate("Import", "The import was cancelled."));
        return {};
    });
    frames.setValueListDepth(1); // <segmenten><segment>: the list has an element of its own
    std::vector<Level> stack;

    // The element on top of the stack gets a child: it is an object, not a value.
    auto openFrame = [&](Level &level, bool top) -> Result<void> {
        if (level.framed)
            return {};
        level.framed = true;
        frames.open(level.path, stack.size() == 2 && RecordRule::isExportDetailsPart(level.name),
                    level.name);
        if (level.repeats)
            frames.makeItem(level.itemOf);
        // The root element's attributes (a version, a date, a customer number) belong to the
        // file as a whole: they join it when it is one record, else they are kept apart.
        if (auto r = frames.addValues(std::move(level.attributes), QStringLiteral("@"), !top); !r)
            return r;
        level.attributes.clear();
        if (!level.text.trimmed().isEmpty()) {
            Record text{RecordField{level.path.isEmpty() ? QStringLiteral("value") : level.path,
                                    level.text.trimmed(), false}};
            level.text.clear();
            return frames.addValues(std::move(text));
        }
        level.text.clear();
        return {};
    };

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (qsizetype(stack.size()) >= m_limits.maxJsonDepth)
                return Error::make(ErrorCode::InvalidInput,
                                   QCoreApplication::translate(
                                       "Import",
                                       "This file is nested too deeply. Roer stops here."));
            Level level;
            level.name = xml.name().toString();
            if (!stack.empty()) {
                Level &parent = stack.back();
                if (auto r = openFrame(parent, stack.size() == 1); !r)
                    return r.error();
                level.path = join(parent.path, level.name);
                const int seen = ++parent.children[level.name];
                if (seen == 2) // it repeats: the earlier one becomes an item of a list too
                    frames.makeList(level.name, parent.path);
                if (seen >= 2) {
                    level.repeats = true;
                    level.itemOf = parent.path;
                }
            }
            const auto attributes = xml.attributes();
            for (const auto &a : attributes)
                level.attributes.append(
                    RecordField{join(level.path, QLatin1Char('@') + a.name().toString()),
                                a.value().toString(), false});
            stack.push_back(std::move(level));
        } else if (token == QXmlStreamReader::Characters) {
            if (!xml.isWhitespace() && !stack.empty()) {
                stack.back().text += xml.text();
                if (stack.back().text.size() * 2 > m_limits.maxRecordBytes)
                    return tooLarge();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            Level level = std::move(stack.back());
            stack.pop_back();
            if (level.framed) {
                if (!level.text.trimmed().isEmpty()) {
                    Record text{
                        RecordField{level.path.isEmpty() ? QStringLiteral("value") : level.path,
                                    level.text.trimmed(), false}};
                    if (auto r = frames.addValues(std::move(text)); !r)
                        return r.error();
                }
                if (auto r = frames.close(); !r)
                    return r.error();
                continue;
            }
            // An element without children: its text and attributes are values.
            Record values;
            if (!level.text.trimmed().isEmpty() || level.attributes.isEmpty())
                values.append(RecordField{level.path.isEmpty() ? level.name : level.path,
                                          level.text.trimmed(), false});
            values.append(std::move(level.attributes));
            if (stack.empty()) { // the whole document is one element
                frames.open(QString());
                if (auto r = frames.addValues(std::move(values)); !r)
                    return r.error();
                if (auto r = frames.close(); !r)
                    return r.error();
            } else if (level.repeats) {
                const RecordRule rule{RecordRule::Kind::ListValue, level.itemOf, {}, 0};
                if (auto r = frames.addRecord(std::move(values), rule, level.name); !r)
                    return r.error();
            } else if (stack.size() == 1 && RecordRule::isExportDetailName(level.name)) {
                for (const RecordField &f : std::as_const(values))
                    frames.addDetail(f);
            } else if (auto r = frames.addValues(std::move(values), level.name); !r) {
                return r.error();
            }
        }
    }
    if (xml.hasError()) {
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && stats.records == 0
            && stack.empty())
            return Error::make(ErrorCode::InvalidInput,
                               QCoreApplication::translate("Import", "This file is empty."));
        if (xml.error() == QXmlStreamReader::CustomError)
            return Error::make(ErrorCode::InvalidInput, xml.errorString());
        return Error::make(ErrorCode::InvalidInput,
                           QCoreApplication::translate("Import",
                                                       "This XML file is damaged or incomplete."));
    }
    stats.rules = tally.rules();
    return stats;
}
