#include "SummaryDocument.h"

#include "CustomerSummary.h"
#include "requests/DateWords.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SummaryDocument", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
}

QString list(const QStringList &items)
{
    QString out;
    for (const QString &item : items)
        out += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>");
    return QStringLiteral("<ul>") + out + QStringLiteral("</ul>");
}

QString heading(const QString &text, int level)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(esc(text));
}

} // namespace

// In the namespace, not the anonymous one: lupdate files their texts under "SummaryDocument".
namespace SummaryDocument {
static QString decisions(const CustomerSummary::Shop &shop)
{
    if (shop.decisions.isEmpty())
        return paragraph(tr("You have not made a choice for this shop yet."));
    QString rows =
        QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                       "<th align=\"left\">%3</th></tr>")
            .arg(esc(tr("What it is for")), esc(tr("Your choice")), esc(tr("Sent to the shop?")));
    for (const CustomerSummary::Decision &d : shop.decisions) {
        QString choice = esc(d.state);
        if (!d.channels.isEmpty())
            choice += QStringLiteral("<br/>") + esc(tr("By: %1").arg(d.channels));
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(d.purpose), choice, esc(d.delivery));
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                          "border=\"1\" style=\"border-collapse: collapse\">")
        + rows + QStringLiteral("</table>");
}

static QString requests(const CustomerSummary::Shop &shop)
{
    if (shop.openRequests.isEmpty())
        return paragraph(tr("No open requests."));
    QStringList items;
    for (const CustomerSummary::OpenRequest &r : shop.openRequests) {
        QString line = r.kind + QStringLiteral(": ") + r.status;
        if (!r.due.isEmpty())
            line += QStringLiteral(". ")
                + (r.late ? tr("The answer was due on %1. The shop is late.")
                          : tr("The shop must answer by %1."))
                      .arg(r.due);
        items.append(line);
    }
    return list(items);
}
} // namespace SummaryDocument

QString SummaryDocument::title()
{
    return tr("What shops know about you, and what you decided");
}

QString SummaryDocument::html(const CustomerSummary &summary)
{
    QString out = heading(title(), 1);
    out += paragraph(tr("Made with Roer on %1. It shows kinds of data, never the data itself.")
                         .arg(DateWords::date(summary.madeOn, summary.language)));
    if (summary.shops.isEmpty())
        out += paragraph(tr("You have not added a shop to Roer yet."));
    for (const CustomerSummary::Shop &shop : summary.shops) {
        out += heading(shop.name, 2);
        out += heading(tr("What the shop has about you"), 3);
        if (!shop.hasData)
            out += paragraph(tr("Roer has no data from this shop yet."));
        else if (shop.kinds.isEmpty())
            out += paragraph(tr("Roer did not recognise the kinds of data yet."));
        else
            out += list(shop.kinds);
        out += heading(tr("Your choices"), 3);
        out += decisions(shop);
        out += heading(tr("Your open requests"), 3);
        out += requests(shop);
    }
    out += heading(tr("How to change this later"), 2);
    out += paragraph(tr("Open Roer. Go to Consents to change a choice. Roer sends your new "
                        "choice to the shop."));
    out += paragraph(tr("Go to Requests to ask a shop for a copy of your data, or to erase it. "
                        "By law the shop must answer within one month."));
    out += paragraph(tr("You may change your mind at any time. A choice you take back counts "
                        "from that moment."));
    return out;
}
