#include "Catalogue.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

Error catalogueError()
{
    return Error::make(
        ErrorCode::Generic,
        QCoreApplication::translate("Catalogue", "Roer could not read its list of explanations."));
}

Result<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcExplain) << "catalogue file missing:" << path;
        return catalogueError();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcExplain) << "catalogue file unreadable:" << path << parseError.errorString();
        return catalogueError();
    }
    return doc.object();
}

LocalText localText(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return LocalText{o.value(QLatin1String("en")).toString(),
                     o.value(QLatin1String("nl")).toString()};
}

QStringList stringList(const QJsonValue &value, bool compact)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out << (compact ? Catalogue::compactName(v.toString()) : v.toString());
    return out;
}

QList<Catalogue::NameRule> nameRules(const QJsonArray &array)
{
    QList<Catalogue::NameRule> rules;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Catalogue::NameRule rule;
        rule.category = o.value(QLatin1String("category")).toString();
        rule.confidence = o.value(QLatin1String("confidence")).toDouble(0.5);
        rule.names = stringList(o.value(QLatin1String("names")), true);
        rule.tokens = stringList(o.value(QLatin1String("tokens")), true);
        rule.contains = stringList(o.value(QLatin1String("contains")), true);
        rule.follows = o.value(QLatin1String("follows")).toBool(false);
        rule.quiet = o.value(QLatin1String("quiet")).toBool(false);
        rules << rule;
    }
    return rules;
}

} // namespace

QString Catalogue::compactName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

const Catalogue &Catalogue::builtIn()
{
    static const Catalogue catalogue = [] {
        Result<Catalogue> loaded = load(QStringLiteral(":/catalogue"));
        if (!loaded) {
            qCCritical(lcExplain) << "built-in catalogue failed to load";
            return Catalogue();
        }
        return std::move(loaded).value();
    }();
    return catalogue;
}

Result<Catalogue> Catalogue::load(const QString &folder)
{
    Catalogue c;
    const auto categories = readObject(folder + QLatin1String("/categories.json"));
    const auto purposes = readObject(folder + QLatin1String("/purposes.json"));
    const auto bases = readObject(folder + QLatin1String("/legal-bases.json"));
    const auto names = readObject(folder + QLatin1String("/field-names.json"));
    if (!categories || !purposes || !bases || !names)
        return catalogueError();

    for (const QJsonValue &v : categories->value(QLatin1String("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        Category cat;
        cat.id = o.value(QLatin1String("id")).toString();
        cat.purposes = stringList(o.value(QLatin1String("purposes")), false);
        cat.retentionYears = o.value(QLatin1String("retentionYears")).toInt();
        cat.special = o.value(QLatin1String("special")).toBool();
        cat.sensitive = o.value(QLatin1String("sensitive")).toBool();
        cat.title = localText(o.value(QLatin1String("title")));
        cat.explanation = localText(o.value(QLatin1String("explanation")));
        cat.whatYouCanDo = localText(o.value(QLatin1String("whatYouCanDo")));
        cat.retention = localText(o.value(QLatin1String("retention")));
        c.m_categoryIndex.insert(cat.id, c.m_categories.size());
        c.m_categories << cat;
    }
    for (const QJsonValue &v : purposes->value(QLatin1String("purposes")).toArray()) {
        const QJsonObject o = v.toObject();
        Purpose p;
        p.id = o.value(QLatin1String("id")).toString();
        p.legalBasis = o.value(QLatin1String("legalBasis")).toString();
        p.marketing = o.value(QLatin1String("marketing")).toBool();
        p.title = localText(o.value(QLatin1String("title")));
        p.explanation = localText(o.value(QLatin1String("explanation")));
        c.m_purposeIndex.insert(p.id, c.m_purposes.size());
        c.m_purposes << p;
    }
    for (const QJsonValue &v : bases->value(QLatin1String("legalBases")).toArray()) {
        const QJsonObject o = v.toObject();
        LegalBasis b;
        b.id = o.value(QLatin1String("id")).toString();
        b.dpv = o.value(QLatin1String("dpv")).toString();
        b.article = o.value(QLatin1String("article")).toString();
        b.canObject = o.value(QLatin1String("canObject")).toBool();
        b.canWithdraw = o.value(QLatin1String("canWithdraw")).toBool();
        b.title = localText(o.value(QLatin1String("title")));
        b.explanation = localText(o.value(QLatin1String("explanation")));
        b.whatYouCanDo = localText(o.value(QLatin1String("whatYouCanDo")));
        c.m_basisIndex.insert(b.id, c.m_legalBases.size());
        c.m_legalBases << b;
    }
    c.m_fieldRules = nameRules(names->value(QLatin1String("fields")).toArray());
    c.m_fileRules = nameRules(names->value(QLatin1String("files")).toArray());
    c.m_genericNames = stringList(names->value(QLatin1String("generic")), true);
    c.m_timeWords = stringList(names->value(QLatin1String("time")), true);
    c.m_personWords = stringList(names->value(QLatin1String("person")), true);
    c.m_inferenceWords = stringList(names->value(QLatin1String("inference")), true);
    c.m_inferenceFileWords = stringList(names->value(QLatin1String("inferenceFiles")), true);
    c.m_preferenceFileWords = stringList(names->value(QLatin1String("preferenceFiles")), true);

    if (c.m_categories.isEmpty() || c.m_purposes.isEmpty() || c.m_legalBases.isEmpty())
        return catalogueError();
    qCDebug(lcExplain) << "catalogue loaded:" << c.m_categories.size() << "categories,"
                       << c.m_purposes.size() << "purposes," << c.m_fieldRules.size()
                       << "field rules";
    return c;
}

const Catalogue::Category *Catalogue::category(const QString &id) const
{
    const auto it = m_categoryIndex.constFind(id);
    return it == m_categoryIndex.constEnd() ? nullptr : &m_categories.at(*it);
}

const Catalogue::Purpose *Catalogue::purpose(const QString &id) const
{
    const auto it = m_purposeIndex.constFind(id);
    return it == m_purposeIndex.constEnd() ? nullptr : &m_purposes.at(*it);
}

const Catalogue::LegalBasis *Catalogue::legalBasis(const QString &id) const
{
    const auto it = m_basisIndex.constFind(id);
    return it == m_basisIndex.constEnd() ? nullptr : &m_legalBases.at(*it);
}
