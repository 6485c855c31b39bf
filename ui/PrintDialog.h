#pragma once

#include <QString>

class QPrinter;
class QWidget;

// Asks where to print. Tests answer in advance with setNextPdfFile (like FileDialog's
// setNextFileName), so a GUI test prints to a PDF file without a native dialog.
class PrintDialog
{
public:
    // True when the customer chose a printer (or the test a file); `printer` is set up then.
    static bool ask(QPrinter &printer, QWidget *parent, const QString &title = {});
    static void setNextPdfFile(const QString &path);
};
