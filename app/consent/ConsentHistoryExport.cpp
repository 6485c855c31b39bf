#include "ConsentHistoryExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString channelsText(const QStringList &channels)
{
    if (channels.isEmpty())
        return QCoreApplication::translate("ConsentHistory", "All ways");
    QStringList labels;
    for (const QString &c : channels)
        labels.append(Consent::channelLabel(c));
    return labels.join(QStringLiteral(", "));
}

QString contextText(const Consent::Context &context)
{
    QStringList parts{Consent::placeLabel(context.place)};
    if (context.until.isValid())
        parts.append(QCoreApplication::translate("ConsentHistory", "Until %1")
                         .arg(QLocale().toString(context.until, QLocale::LongFormat)));
    if (context.whileUsingApp)
        parts.append(QCoreApplication::translate("ConsentHistory", "Only while you use the app"));
    return parts.join(QStringLiteral(", "));
}
} // namespace

QByteArray ConsentHistoryExport::toJson(const RetailerInfo &retailer,
                                        const QList<ConsentRecord> &records, bool chainIntact,
                                        const QDateTime &exportedAt)
{
    QJsonArray list;
    for (const ConsentRecord &r : records)
        list.append(r.toJson());
    const QJsonObject o{
        {QStringLiteral("schema"), QStringLiteral("roer.consent-history/1")},
        {QStringLiteral("retailer"),
         QJsonObject{{QStringLiteral("name"), retailer.name},
                     {QStringLiteral("website"), retailer.website}}},
        {QStringLiteral("exported_at"), ConsentRecord::timeString(exportedAt)},
        {QStringLiteral("hash_algorithm"),
         QStringLiteral("sha256(canonical_json || previous_hash)")},
        {QStringLiteral("chain_intact"), chainIntact},
        {QStringLiteral("records"), list},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray ConsentHistoryExport::toHtml(const RetailerInfo &retailer,
                                        const QList<ConsentRecord> &records, bool chainIntact,
                                        const QDateTime &exportedAt)
{
    const QLocale locale;
    const QString title =
        QCoreApplication::translate("ConsentHistory", "Your consent choices for %1")
            .arg(retailer.name);
    QString html;
    html +=
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
            "<title>%2</title><style>body{font-family:sans-serif;max-width:50em;margin:2em auto}"
            "table{border-collapse:collapse;width:100%}td,th{border:1px solid #888;padding:.3em;"
            "text-align:left;vertical-align:top}small{word-break:break-all}</style></head><body>\n")
            .arg(locale.name().left(2), esc(title));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    html += QStringLiteral("<p>%1</p>\n")
                .arg(esc(QCoreApplication::translate(
                             "ConsentHistory",
                             "Made by Roer on %1. It lists every choice you made, oldest first.")
                             .arg(locale.toString(exportedAt.toLocalTime(), QLocale::LongFormat))));
    html +=
        QStringLiteral("<p><strong>%1</strong></p>\n")
            .arg(esc(
                chainIntact
                    ? QCoreApplication::translate("ConsentHistory",
                                                  "Check: no record was changed or removed.")
                    : QCoreApplication::translate(
                        "ConsentHistory",
                        "Warning: some records were changed or removed after they were made.")));
    html +=
        QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
            .arg(esc(QCoreApplication::translate("ConsentHistory", "When")),
                 esc(QCoreApplication::translate("ConsentHistory", "What for")),
                 esc(QCoreApplication::translate("ConsentHistory", "Your choice")),
                 esc(QCoreApplication::translate("ConsentHistory", "How and where")),
                 esc(QCoreApplication::translate("ConsentHistory", "Record")));
    for (const ConsentRecord &r : records) {
        html += QStringLiteral("<tr><td>%1</td><td>%2<br>%3</td><td>%4</td><td>%5<br>%6</td>"
                               "<td><small>%7<br>%8: %9</small></td></tr>\n")
                    .arg(esc(locale.toString(r.time.toLocalTime(), QLocale::ShortFormat)),
                         esc(r.purposeTitle), esc(Consent::legalBasisLabel(r.legalBasis)),
                         esc(Consent::stateLabel(r.state)), esc(channelsText(r.channels)),
                         esc(contextText(r.context)), esc(r.recordId),
                         esc(QCoreApplication::translate("ConsentHistory", "Check code")),
                         esc(QString::fromLatin1(r.hash)));
    }
    html +=
        QStringLiteral("</table>\n<p>%1</p>\n</body></html>\n")
            .arg(esc(QCoreApplication::translate(
                "ConsentHistory",
                "Each record has a check code. It is made from the record and the code before it. "
                "So nobody can change a record without it showing.")));
    return html.toUtf8();
}
