#include "PrintDialog.h"

#include <QPrintDialog>
#include <QPrinter>

namespace {
QString g_nextPdf;
} // namespace

bool PrintDialog::ask(QPrinter &printer, QWidget *parent, const QString &title)
{
    if (!g_nextPdf.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(std::exchange(g_nextPdf, QString()));
        return true;
    }
    QPrintDialog dialog(&printer, parent);
    if (!title.isEmpty())
        dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted;
}

void PrintDialog::setNextPdfFile(const QString &path)
{
    g_nextPdf = path;
}
