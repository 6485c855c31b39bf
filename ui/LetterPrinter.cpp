#include "LetterPrinter.h"

#include "requests/ComplaintPack.h"
#include "requests/DateWords.h"
#include "requests/RequestLetter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#ifdef ROER_HAVE_PRINTSUPPORT
#include <QPrintDialog>
#include <QPrinter>
#endif

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString block(const QStringList &lines)
{
    return esc(lines.join(QLatin1Char('\n')));
}

constexpr const char *kStyle =
    "<style>body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; }"
    " p { margin-top: 0; margin-bottom: 9pt; } .subject { font-weight: bold; }"
    " .sender { margin-bottom: 28pt; } .recipient { margin-bottom: 28pt; }"
    " h1 { font-size: 14pt; } h2 { font-size: 11pt; margin-top: 12pt; }</style>";
} // namespace

namespace LetterPrinter {

QString letterHtml(const RequestLetter &l)
{
    const bool nl = l.language == QLatin1String("nl");
    QString html = QLatin1String(kStyle);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td></td><td align=\"right\"><p class=\"sender\">%1</p></td></tr>"
                           "</table>")
                .arg(block(l.senderLines));
    html += QStringLiteral("<p class=\"recipient\">%1</p>").arg(block(l.recipientLines));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc((nl ? QStringLiteral("Datum: %1") : QStringLiteral("Date: %1"))
                             .arg(DateWords::date(l.date, l.language))));
    html += QStringLiteral("<p class=\"subject\">%1</p>").arg(esc(l.subject));
    html += QStringLiteral("<p>%1</p>").arg(esc(l.greeting));
    for (const QString &p : l.paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(esc(p));
    html += QStringLiteral("<p>%1</p>").arg(block(l.detailLines));
    html += QStringLiteral("<p>%1<br><br>%2</p>").arg(esc(l.closing), esc(l.signature));
    if (!l.appendix.isEmpty())
        html +=
            QStringLiteral("<p style=\"page-break-before: always\">%1</p>").arg(esc(l.appendix));
    return html;
}

QString complaintHtml(const ComplaintPack &pack)
{
    QString html = QLatin1String(kStyle);
    html += QStringLiteral("<h1>%1</h1>").arg(esc(pack.title));
    for (const QString &p : pack.guidance)
        html += QStringLiteral("<p>%1</p>").arg(esc(p));
    for (const QString &section : pack.sections) {
        const QString heading = section.section(QLatin1Char('\n'), 0, 0);
        const QString rest = section.section(QLatin1Char('\n'), 1);
        html += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(heading), esc(rest));
    }
    return html;
}

void render(QPagedPaintDevice &device, const QString &html)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(25, 20, 20, 20), QPageLayout::Millimeter));
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QSizeF size(page.width(), page.height());
    doc.setPageSize(size);
    QPainter painter(&device);
    for (int i = 0; i < doc.pageCount(); ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * size.height());
        doc.drawContents(&painter, QRectF(QPointF(0, i * size.height()), size));
        painter.restore();
    }
}

Result<void> savePdf(const QString &html, const QString &title, const QString &file)
{
    // Made in memory, then written in one go: a half-written letter is never left behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Roer"));
        render(writer, html);
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(buffer.data()) != buffer.size()
        || !out.commit())
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("LetterPrinter",
                                                       "Roer could not save the PDF file. Choose "
                                                       "another folder."));
    return {};
}

bool canPrint()
{
#ifdef ROER_HAVE_PRINTSUPPORT
    return true;
#else
    return false;
#endif
}

bool print(const QString &html, const QString &title, QWidget *parent)
{
#ifdef ROER_HAVE_PRINTSUPPORT
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    render(printer, html);
    return true;
#else
    Q_UNUSED(html)
    Q_UNUSED(title)
    Q_UNUSED(parent)
    return false;
#endif
}

} // namespace LetterPrinter
