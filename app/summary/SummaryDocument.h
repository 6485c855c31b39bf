#pragma once

#include <QString>

struct CustomerSummary;

// The summary as a page to print or save as PDF: plain HTML for QTextDocument (LetterPrinter
// puts it on A4). Headings and help come from tr() in the screens' language; every text from
// the summary is escaped, so nothing from a shop's data can become markup.
namespace SummaryDocument {
QString html(const CustomerSummary &summary);
QString title();
} // namespace SummaryDocument
