#include "RetailerDirectory.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

QString RetailerDirectory::resourcePath()
{
    return QStringLiteral(":/directory/directory.json");
}

Result<RetailerDirectory> RetailerDirectory::bundled()
{
    static const Result<RetailerDirectory> cached = []() -> Result<RetailerDirectory> {
        QFile file(resourcePath());
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcImport) << "bundled directory resource missing";
            return Error::make(ErrorCode::NotFound,
                               QCoreApplication::translate(
                                   "Retailers", "The list of known retailers is missing."));
        }
        return fromJson(file.readAll());
    }();
    return cached;
}

Result<RetailerDirectory> RetailerDirectory::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(ErrorCode::UnsupportedFormat,
                           QCoreApplication::translate("Retailers",
                                                       "The list of known retailers is damaged."));
    RetailerDirectory directory;
    const QJsonArray entries = doc.object().value(QLatin1String("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject o = value.toObject();
        DirectoryEntry e;
        e.id = o.value(QLatin1String("id")).toString();
        e.kind = o.value(QLatin1String("kind")).toString();
        e.name = o.value(QLatin1String("name")).toString();
        e.runs = strings(o.value(QLatin1String("runs")));
        e.categories = strings(o.value(QLatin1String("categories")));
        e.website = o.value(QLatin1String("website")).toString();
        e.privacyEmail = o.value(QLatin1String("privacy_email")).toString();
        e.postalAddress = o.value(QLatin1String("postal_address")).toString();
        e.webform = o.value(QLatin1String("webform")).toString();
        e.sources = strings(o.value(QLatin1String("sources")));
        e.source = o.value(QLatin1String("source")).toString();
        e.quality = o.value(QLatin1String("quality")).toString();
        if (!e.id.isEmpty() && !e.name.isEmpty())
            directory.m_entries.append(e);
    }
    return directory;
}

const DirectoryEntry *RetailerDirectory::find(const QString &id) const
{
    for (const DirectoryEntry &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

QList<DirectoryEntry> RetailerDirectory::search(const QString &text) const
{
    QList<DirectoryEntry> out;
    const QString needle = text.trimmed();
    for (const DirectoryEntry &e : m_entries) {
        bool hit = needle.isEmpty() || e.name.contains(needle, Qt::CaseInsensitive)
            || e.website.contains(needle, Qt::CaseInsensitive);
        for (const QString &brand : e.runs)
            hit = hit || brand.contains(needle, Qt::CaseInsensitive);
        if (hit)
            out.append(e);
    }
    return out;
}

Retailer RetailerDirectory::toRetailer(const DirectoryEntry &entry)
{
    Retailer r;
    r.name = entry.name;
    r.website = entry.website;
    r.privacyEmail = entry.privacyEmail;
    r.postalAddress = entry.postalAddress;
    r.directoryId = entry.id;
    return r;
}
