#include "RecordRule.h"

#include "Record.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct KindName
{
    RecordRule::Kind kind;
    const char *name;
};

const KindName kKindNames[] = {
    {RecordRule::Kind::Row, "row"},
    {RecordRule::Kind::ListItem, "list-item"},
    {RecordRule::Kind::ListValue, "list-value"},
    {RecordRule::Kind::ListRow, "list-row"},
    {RecordRule::Kind::Object, "object"},
    {RecordRule::Kind::Profile, "profile"},
    {RecordRule::Kind::OwnValues, "own-values"},
    {RecordRule::Kind::ExportDetails, "export-details"},
};

QString compact(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

} // namespace

bool RecordRule::isExportDetailName(const QString &name)
{
    static const char *const parts[] = {"export",      "generat",    "gegenereerd", "schema",
                                        "version",     "versie",     "metadata",    "requestid",
                                        "requestedat", "downloaded", "aangevraagd"};
    const QString c = compact(name);
    // "type": "FeatureCollection" (GeoJSON), "kind": "youtube#…": what the document is.
    if (c == QLatin1String("meta") || c == QLatin1String("format") || c == QLatin1String("formaat")
        || c == QLatin1String("type") || c == QLatin1String("kind"))
        return true;
    for (const char *p : parts)
        if (c.contains(QLatin1String(p)))
            return true;
    return false;
}

bool RecordRule::isExportDetailsPart(const QString &name)
{
    static const char *const names[] =
        {"meta",          "metadata",       "header",          "exportinfo",
         "exportdetails", "exportmetadata", "aboutthisexport", "exportgegevens"};
    const QString c = compact(name);
    for (const char *n : names)
        if (c == QLatin1String(n))
            return true;
    return false;
}

bool RecordRule::isEventListName(const QString &name)
{
    static const char *const parts[] =
        {"order",    "bestel",   "purchase", "aankoop",  "aankopen",  "transacti", "mutati",
         "payment",  "betaling", "receipt",  "kassabon", "bonnen",    "invoice",   "factu",
         "visit",    "bezoek",   "login",    "logon",    "session",   "sessie",    "event",
         "activit",  "trip",     "ritten",   "journey",  "reizen",    "message",   "bericht",
         "search",   "zoek",     "stream",   "view",     "bekeken",   "location",  "locatie",
         "timeline", "booking",  "boeking",  "ticket",   "return",    "retour",    "review",
         "shipment", "zending",  "levering", "deliver",  "bezorging", "play",      "watch"};
    const QString c = compact(name.section(pathSeparator(), -1));
    for (const char *p : parts)
        if (c.contains(QLatin1String(p)))
            return true;
    return false;
}

QString RecordRule::kindName(Kind kind)
{
    for (const KindName &k : kKindNames)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return QString();
}

QString RecordRule::title() const
{
    switch (kind) {
    case Kind::Row: return tr("One record per row");
    case Kind::ListItem: return tr("One record per item in a list");
    case Kind::ListValue: return tr("One record per value in a list");
    case Kind::ListRow: return tr("One record per inner list");
    case Kind::Object: return tr("One part of the file is one record");
    case Kind::Profile: return tr("The whole file is one record");
    case Kind::OwnValues: return tr("Values next to lists are one record");
    case Kind::ExportDetails: return tr("Details about the export");
    }
    return QString();
}

QString RecordRule::describe(const QString &fileName) const
{
    const bool top = section.isEmpty();
    switch (kind) {
    case Kind::Row:
        return tr("Each row of the table in %1 is one record. Each column is a field of it.")
            .arg(fileName);
    case Kind::ListItem:
        return top ? tr("The file %1 is a list. Each item in the list is one record.").arg(fileName)
                   : tr("\"%1\" is a list. Each item in it is one record. Its parts are fields, "
                        "named by their path.")
                         .arg(section);
    case Kind::ListValue:
        return top
            ? tr("The file %1 is a list of single values. Each value is one record.").arg(fileName)
            : tr("\"%1\" is a list of single values, like labels. Each value is one "
                 "record.")
                  .arg(section);
    case Kind::ListRow:
        return top ? tr("The file %1 is a list of lists. Each inner list is one record. Its "
                        "columns are numbered 1, 2, 3.")
                         .arg(fileName)
                   : tr("\"%1\" is a list of lists. Each inner list is one record. Its columns are "
                        "numbered 1, 2, 3.")
                         .arg(section);
    case Kind::Object:
        return tr("\"%1\" is one part of the file, like an account. It is one record. Lists and "
                  "parts inside it are fields of that record.")
            .arg(section);
    case Kind::Profile:
        return tr("The file %1 is one object with values of its own, like a profile. It is one "
                  "record. Lists and parts inside it are fields of that record.")
            .arg(fileName);
    case Kind::OwnValues:
        return top ? tr("The file %1 holds lists and also values of its own. Those values "
                        "together are one record.")
                         .arg(fileName)
                   : tr("\"%1\" holds lists and also values of its own. Those values together "
                        "are one record.")
                         .arg(section);
    case Kind::ExportDetails:
        return tr("These are details about the export itself, like its date or version. Roer "
                  "keeps them apart, as one record.");
    }
    return QString();
}

QJsonObject RecordRule::toJson() const
{
    QJsonObject o{{QStringLiteral("rule"), kindName(kind)},
                  {QStringLiteral("section"), section},
                  {QStringLiteral("records"), records}};
    if (!fields.isEmpty())
        o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    return o;
}

RecordRule RecordRule::fromJson(const QJsonObject &object)
{
    RecordRule rule;
    const QString name = object.value(QStringLiteral("rule")).toString();
    for (const KindName &k : kKindNames)
        if (name == QLatin1String(k.name))
            rule.kind = k.kind;
    rule.section = object.value(QStringLiteral("section")).toString();
    rule.records = object.value(QStringLiteral("records")).toInteger();
    for (const QJsonValue &v : object.value(QStringLiteral("fields")).toArray())
        rule.fields << v.toString();
    return rule;
}

const RecordRule *RecordRule::forPath(const QList<RecordRule> &rules, const QString &pathInFile)
{
    const RecordRule *best = nullptr;
    for (const RecordRule &rule : rules) {
        if (rule.fields.contains(pathInFile))
            return &rule;
        if (!rule.fields.isEmpty())
            continue;
        const bool inside = rule.section.isEmpty() || pathInFile == rule.section
            || pathInFile.startsWith(rule.section + pathSeparator());
        if (inside && (!best || rule.section.size() > best->section.size()))
            best = &rule;
    }
    return best;
}

void RecordRuleTally::count(const RecordRule &rule)
{
    for (RecordRule &known : m_rules)
        if (known.kind == rule.kind && known.section == rule.section && known.fields.isEmpty()) {
            ++known.records;
            return;
        }
    if (m_rules.size() >= kMaxRules)
        return;
    RecordRule added = rule;
    added.fields.clear();
    added.records = 1;
    m_rules.append(added);
}

void RecordRuleTally::countDetails(const QStringList &paths)
{
    for (RecordRule &known : m_rules)
        if (known.kind == RecordRule::Kind::ExportDetails && !known.fields.isEmpty()) {
            ++known.records;
            for (const QString &p : paths)
                if (!known.fields.contains(p) && known.fields.size() < kMaxFields)
                    known.fields << p;
            return;
        }
    if (m_rules.size() >= kMaxRules)
        return;
    RecordRule rule;
    rule.kind = RecordRule::Kind::ExportDetails;
    rule.records = 1;
    rule.fields = paths.mid(0, kMaxFields);
    m_rules.append(rule);
}
