#include "ValueVocabulary.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace ValueVocabulary {

namespace {

QString compact(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

Kind urlKind(const QString &lower)
{
    if (lower.contains(QLatin1String("/search?")) || lower.contains(QLatin1String("/search/"))
        || lower.contains(QLatin1String("/zoeken?")) || lower.contains(QLatin1String("?q="))
        || lower.contains(QLatin1String("&q=")) || lower.contains(QLatin1String("search_query=")))
        return Kind::SearchUrl;
    if (lower.contains(QLatin1String("youtube.com/watch"))
        || lower.contains(QLatin1String("youtu.be/")) || lower.contains(QLatin1String("vimeo.com/"))
        || lower.contains(QLatin1String("/video/"))
        || lower.contains(QLatin1String("netflix.com/watch")))
        return Kind::VideoUrl;
    if (lower.contains(QLatin1String("google.com/maps"))
        || lower.contains(QLatin1String("maps.google."))
        || lower.contains(QLatin1String("openstreetmap.org"))
        || lower.contains(QLatin1String("maps.apple.")))
        return Kind::MapUrl;
    return Kind::WebUrl;
}

} // namespace

Kind of(QStringView value)
{
    const QString v = value.trimmed().toString();
    if (v.isEmpty() || v.size() > 2000)
        return Kind::None;
    const QString lower = v.toLower();
    if (lower.startsWith(QLatin1String("http://")) || lower.startsWith(QLatin1String("https://")))
        return urlKind(lower);
    if (lower.startsWith(QLatin1String("searched for "))
        || lower.startsWith(QLatin1String("gezocht naar ")))
        return Kind::SearchText;
    if (lower.startsWith(QLatin1String("watched ")) || lower.startsWith(QLatin1String("bekeken ")))
        return Kind::WatchText;
    if (lower.startsWith(QLatin1String("mozilla/")) || lower.startsWith(QLatin1String("dalvik/")))
        return Kind::Device; // a browser's or app's user agent
    // A card by its brand and last digits: "Visa - 1234", "Mastercard ****9876".
    static const QRegularExpression masked(
        QStringLiteral("^(visa|mastercard|maestro|amex|american express|creditcard|debitcard|"
                       "card|kaart)\\b[^0-9]{0,20}[0-9]{4}$"));
    if (masked.match(lower).hasMatch())
        return Kind::MaskedCard;

    static const QSet<QString> payment =
        {QStringLiteral("ideal"),        QStringLiteral("klarna"),
         QStringLiteral("paypal"),       QStringLiteral("creditcard"),
         QStringLiteral("pin"),          QStringLiteral("pinnen"),
         QStringLiteral("pinbetaling"),  QStringLiteral("contant"),
         QStringLiteral("cash"),         QStringLiteral("applepay"),
         QStringLiteral("googlepay"),    QStringLiteral("afterpay"),
         QStringLiteral("bancontact"),   QStringLiteral("sofort"),
         QStringLiteral("giropay"),      QStringLiteral("maestro"),
         QStringLiteral("vpay"),         QStringLiteral("overschrijving"),
         QStringLiteral("banktransfer"), QStringLiteral("directdebit"),
         QStringLiteral("incasso"),      QStringLiteral("acceptgiro"),
         QStringLiteral("cadeaukaart"),  QStringLiteral("giftcard"),
         QStringLiteral("cadeaubon"),    QStringLiteral("achterafbetalen"),
         QStringLiteral("riverty"),      QStringLiteral("billink"),
         QStringLiteral("visa"),         QStringLiteral("mastercard"),
         QStringLiteral("amex"),         QStringLiteral("americanexpress"),
         QStringLiteral("debitcard"),    QStringLiteral("tikkie"),
         QStringLiteral("payconiq"),     QStringLiteral("bankkaart")};
    static const QSet<QString> devices =
        {QStringLiteral("android"),    QStringLiteral("ios"),         QStringLiteral("ipados"),
         QStringLiteral("iphone"),     QStringLiteral("ipad"),        QStringLiteral("windows"),
         QStringLiteral("macos"),      QStringLiteral("macosx"),      QStringLiteral("linux"),
         QStringLiteral("chromeos"),   QStringLiteral("desktop"),     QStringLiteral("tablet"),
         QStringLiteral("smartphone"), QStringLiteral("smarttv"),     QStringLiteral("androidtv"),
         QStringLiteral("chromecast"), QStringLiteral("playstation"), QStringLiteral("xbox"),
         QStringLiteral("webos"),      QStringLiteral("tizen"),       QStringLiteral("wearos"),
         QStringLiteral("watchos")};
    static const QSet<QString> movement =
        {QStringLiteral("still"),     QStringLiteral("walking"),
         QStringLiteral("running"),   QStringLiteral("cycling"),
         QStringLiteral("onbicycle"), QStringLiteral("onfoot"),
         QStringLiteral("invehicle"), QStringLiteral("inpassengervehicle"),
         QStringLiteral("inbus"),     QStringLiteral("intrain"),
         QStringLiteral("insubway"),  QStringLiteral("intram"),
         QStringLiteral("inferry"),   QStringLiteral("flying"),
         QStringLiteral("driving"),   QStringLiteral("biking"),
         QStringLiteral("ride"),      QStringLiteral("run"),
         QStringLiteral("walk"),      QStringLiteral("hike"),
         QStringLiteral("swim"),      QStringLiteral("tilting"),
         QStringLiteral("wandelen"),  QStringLiteral("fietsen"),
         QStringLiteral("hardlopen"), QStringLiteral("zwemmen")};
    static const QRegularExpression locale(QStringLiteral("^[a-z]{2}[-_][A-Z]{2}$"));
    if (locale.match(v).hasMatch())
        return Kind::Locale;
    static const QSet<QString> structural = {QStringLiteral("featurecollection"),
                                             QStringLiteral("feature"),
                                             QStringLiteral("point"),
                                             QStringLiteral("linestring"),
                                             QStringLiteral("polygon"),
                                             QStringLiteral("multipoint"),
                                             QStringLiteral("multilinestring"),
                                             QStringLiteral("multipolygon"),
                                             QStringLiteral("geometrycollection")};
    const QString c = compact(v);
    if (structural.contains(c))
        return Kind::Structural;
    if (payment.contains(c))
        return Kind::PaymentMethod;
    if (movement.contains(c))
        return Kind::Movement;
    if (devices.contains(c))
        return Kind::Device;
    // "iPhone14,5", "iOS 17.2", "Android 14", "Samsung SM-G991B": a model or system with its
    // number.
    static const QRegularExpression model(
        QStringLiteral(
            "^(iphone|ipad|ios|android|windows|macos|pixel|samsung|galaxy)[ ,.0-9a-z_-]*[0-9]"),
        QRegularExpression::CaseInsensitiveOption);
    if (model.match(v).hasMatch())
        return Kind::Device;
    return Kind::None;
}

} // namespace ValueVocabulary
