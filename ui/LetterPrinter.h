#pragma once

#include "core/Result.h"

#include <QString>

class QPagedPaintDevice;
class QWidget;
struct ComplaintPack;
struct RequestLetter;

// Letters and the complaint pack on real A4 paper: a PDF file (QPdfWriter, always available)
// or the system's print dialog (Qt Print Support, where Qt has it). One layout for both: 25 mm
// left margin, the sender at the top right, the shop's postal address where a window envelope
// shows it, the date and subject, then the text; long texts run on to more pages.
// The text is escaped: nothing in a letter can become markup.
namespace LetterPrinter {
QString letterHtml(const RequestLetter &letter);
QString complaintHtml(const ComplaintPack &pack);
// Draws `html` on `device` page by page (the device's page layout is set to A4 first).
void render(QPagedPaintDevice &device, const QString &html);
// Writes the PDF atomically; a translated message when the file cannot be written.
Result<void> savePdf(const QString &html, const QString &title, const QString &file);
bool canPrint();
// Opens the print dialog; false when the customer cancelled or printing is not available.
bool print(const QString &html, const QString &title, QWidget *parent);
} // namespace LetterPrinter
