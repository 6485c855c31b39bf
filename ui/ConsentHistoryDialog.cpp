#include "ConsentHistoryDialog.h"

#include "FileDialog.h"
#include "Style.h"

#include "consent/Clock.h"
#include "consent/ConsentHistoryExport.h"
#include "consent/ConsentHistoryVerifier.h"
#include "consent/ConsentStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

ConsentHistoryDialog::ConsentHistoryDialog(Vault &vault, const RetailerInfo &retailer,
                                           const QString &language, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_retailer(retailer), m_language(language),
      m_list(new QTreeWidget(this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("consentHistoryDialog"));
    setWindowTitle(tr("Your history with %1").arg(retailer.name));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(Style::kSpacing);
    auto *title = new QLabel(tr("Your history with %1").arg(retailer.name), this);
    Style::makeTitle(title);
    layout->addWidget(title);
    auto *intro =
        new QLabel(tr("Every choice you made, oldest first. Roer links each choice to the one "
                      "before it, so nobody can change the list unnoticed."),
                   this);
    Style::makeBody(intro);
    layout->addWidget(intro);

    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Your choices"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("When"), tr("Purpose"), tr("Your choice"), tr("Ways to contact you"), tr("Sent by")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setMinimumSize(720, 260);
    layout->addWidget(m_list, 1);

    m_result->setObjectName(QStringLiteral("checkResult"));
    Style::makeBody(m_result);
    m_result->hide();
    layout->addWidget(m_result);

    auto *buttons = new QHBoxLayout;
    auto *checkButton = new QPushButton(tr("&Check the history"), this);
    checkButton->setObjectName(QStringLiteral("checkButton"));
    connect(checkButton, &QPushButton::clicked, this, &ConsentHistoryDialog::check);
    buttons->addWidget(checkButton);
    auto *jsonButton = new QPushButton(tr("Save as &file (JSON)"), this);
    jsonButton->setObjectName(QStringLiteral("exportJsonButton"));
    connect(jsonButton, &QPushButton::clicked, this, &ConsentHistoryDialog::exportJson);
    buttons->addWidget(jsonButton);
    auto *pageButton = new QPushButton(tr("Save as &page to print"), this);
    pageButton->setObjectName(QStringLiteral("exportPageButton"));
    connect(pageButton, &QPushButton::clicked, this, &ConsentHistoryDialog::exportPage);
    buttons->addWidget(pageButton);
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    load();
}

void ConsentHistoryDialog::load()
{
    m_list->clear();
    auto history = ConsentStore(m_vault).history(m_retailer.id);
    auto purposes = ConsentStore(m_vault).purposes(m_retailer.id);
    if (!history) {
        Style::setMessage(m_result, history.error().message);
        return;
    }
    const QLocale locale;
    for (const ConsentRecord &r : *history) {
        QString title = r.purposeTitle;
        if (purposes)
            for (const RetailerPurpose &p : *purposes)
                if (p.id == r.purposeId)
                    title = p.title(m_language);
        QStringList channels;
        for (const QString &c : r.channels)
            channels.append(Consent::channelLabel(c));
        const bool interest =
            Consent::normaliseLegalBasis(r.legalBasis) == QLatin1String("dpv:LegitimateInterest");
        const QString choice = interest
            ? (r.state == Consent::State::Given ? tr("Objection taken back") : tr("Objected"))
            : (r.state == Consent::State::Given ? tr("Yes") : tr("No"));
        auto *item =
            new QTreeWidgetItem(m_list,
                                {locale.toString(r.time.toLocalTime(), QLocale::ShortFormat), title,
                                 choice, channels.join(QStringLiteral(", ")),
                                 r.delivery == QLatin1String("letter") ? tr("You, by letter")
                                                                       : tr("Roer")});
        item->setData(0, Qt::UserRole, r.recordId);
    }
    if (history->isEmpty())
        new QTreeWidgetItem(m_list,
                            {QString(), tr("You have not made any choices for this shop yet.")});
}

bool ConsentHistoryDialog::chainIntact()
{
    auto report = ConsentHistoryVerifier::verify(m_vault, m_retailer.id);
    return report && report->intact();
}

void ConsentHistoryDialog::check()
{
    auto report = ConsentHistoryVerifier::verify(m_vault, m_retailer.id);
    if (!report) {
        Style::makeError(m_result);
        Style::setMessage(m_result, report.error().message);
        return;
    }
    if (report->intact()) {
        Style::makeBody(m_result);
        m_result->setText(
            report->recordsChecked == 1
                ? tr("Your history is complete. Nobody changed it. Roer checked 1 choice.")
                : tr("Your history is complete. Nobody changed it. Roer checked %1 choices.")
                      .arg(report->recordsChecked));
    } else {
        Style::makeError(m_result);
        QStringList lines{
            tr("Your history was changed outside Roer. Do not trust it without checking. "
               "Problems found: %1.")
                .arg(report->problems.size())};
        for (const auto &p : report->problems)
            lines.append(QStringLiteral("• ") + p.reason);
        m_result->setText(lines.join(QLatin1Char('\n')));
    }
    m_result->show();
}

void ConsentHistoryDialog::exportJson()
{
    exportTo(true);
}

void ConsentHistoryDialog::exportPage()
{
    exportTo(false);
}

void ConsentHistoryDialog::exportTo(bool json)
{
    const QString base = tr("history-%1")
                             .arg(m_retailer.name)
                             .simplified()
                             .replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString file = FileDialog::getSaveFileName(
        this, json ? tr("Save your history as a file") : tr("Save your history as a page to print"),
        base + (json ? QStringLiteral(".json") : QStringLiteral(".html")),
        json ? tr("JSON file (*.json)") : tr("Web page (*.html)"));
    if (file.isEmpty())
        return;
    auto history = ConsentStore(m_vault).history(m_retailer.id);
    if (!history) {
        Style::makeError(m_result);
        Style::setMessage(m_result, history.error().message);
        return;
    }
    const bool intact = chainIntact();
    const QDateTime now = Clock::instance().now();
    const QByteArray bytes = json ? ConsentHistoryExport::toJson(m_retailer, *history, intact, now)
                                  : ConsentHistoryExport::toHtml(m_retailer, *history, intact, now);
    // The customer chose this place; write it whole or not at all.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        Style::makeError(m_result);
        Style::setMessage(m_result,
                          tr("Roer could not save the file. Choose another place and try again."));
        return;
    }
    Style::makeBody(m_result);
    m_result->setText(tr("Saved your history to %1.").arg(file));
    m_result->show();
}
