#include "SummaryButton.h"

#include "FileDialog.h"
#include "LetterPrinter.h"
#include "consent/Clock.h"
#include "directory/RetailerStore.h"
#include "explain/ExplainService.h"
#include "explain/SnapshotExplanation.h"
#include "summary/CustomerSummary.h"
#include "summary/SummaryDocument.h"
#include "vault/VaultManager.h"

#include <QEvent>
#include <QMenu>

SummaryButton::SummaryButton(VaultManager *manager, ExplainService *explain,
                             std::function<QString()> language, QWidget *parent)
    : QPushButton(parent), m_manager(manager), m_explain(explain), m_language(std::move(language))
{
    setObjectName(QStringLiteral("summaryButton"));
    auto *menu = new QMenu(this);
    m_pdf = menu->addAction(QString(), this, &SummaryButton::savePdf);
    m_pdf->setObjectName(QStringLiteral("summaryPdf"));
    if (LetterPrinter::canPrint()) {
        m_print = menu->addAction(QString(), this, &SummaryButton::print);
        m_print->setObjectName(QStringLiteral("summaryPrint"));
    } else {
        m_print = nullptr;
    }
    setMenu(menu);
    retranslateUi();
}

void SummaryButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QPushButton::changeEvent(event);
}

void SummaryButton::retranslateUi()
{
    setText(tr("Summary to take &home"));
    setAccessibleDescription(tr("Save or print what each shop has, what you chose and what is "
                                "still open. Without your personal values."));
    m_pdf->setText(tr("Save as &PDF…"));
    if (m_print)
        m_print->setText(tr("P&rint…"));
}

QString SummaryButton::summaryHtml(QString *message) const
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return {};
    const QString language = m_language();
    auto retailers = RetailerStore(*vault).list();
    if (!retailers) {
        *message = retailers.error().message;
        return {};
    }
    QHash<qint64, QStringList> categories;
    for (const Retailer &r : *retailers) {
        const std::optional<ExplainOutcome> outcome = m_explain->request(r.id, language);
        if (!outcome) {
            *message = tr("Roer is still explaining your data. Try again in a moment.");
            return {};
        }
        if (!outcome->explanation)
            continue; // no data from this shop yet
        QStringList &ids = categories[r.id];
        for (const ExplainedField &f : outcome->explanation->fields)
            ids.append(f.classification.category);
    }
    auto summary = CustomerSummary::build(*vault, language,
                                          Clock::instance().now().toLocalTime().date(), categories);
    if (!summary) {
        *message = summary.error().message;
        return {};
    }
    return SummaryDocument::html(*summary);
}

void SummaryButton::savePdf()
{
    QString message;
    const QString html = summaryHtml(&message);
    if (html.isEmpty()) {
        emit done(message, false);
        return;
    }
    const QString suggested =
        tr("Roer summary %1")
            .arg(Clock::instance().now().toLocalTime().date().toString(Qt::ISODate))
        + QStringLiteral(".pdf");
    const QString file = FileDialog::getSaveFileName(this, tr("Save the summary as PDF"), suggested,
                                                     tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (auto saved = LetterPrinter::savePdf(html, SummaryDocument::title(), file); !saved) {
        emit done(saved.error().message, false);
        return;
    }
    emit done(tr("Saved. Print it or keep it with your papers."), true);
}

void SummaryButton::print()
{
    QString message;
    const QString html = summaryHtml(&message);
    if (html.isEmpty()) {
        emit done(message, false);
        return;
    }
    LetterPrinter::print(html, SummaryDocument::title(), this);
}
