#pragma once

#include <QPushButton>

#include <functional>

class ExplainService;
class VaultManager;

// "Summary to take home…" (issue 10): a menu with "Save as PDF…" and "Print…". The summary
// lists per shop the kinds of data (never a value), the customer's choices and whether they
// reached the shop, and the open requests with their deadlines. The kinds come from the
// explanations the Overview already has; while one is still being made, it says so.
class SummaryButton : public QPushButton
{
    Q_OBJECT
public:
    SummaryButton(VaultManager *manager, ExplainService *explain, std::function<QString()> language,
                  QWidget *parent = nullptr);

    // The summary's page as HTML, or empty with `message` set (tests and the menu use it).
    QString summaryHtml(QString *message) const;
    void savePdf();

signals:
    // For the page to show: saved (ok), or what went wrong.
    void done(const QString &message, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void print();

    VaultManager *m_manager;
    ExplainService *m_explain;
    std::function<QString()> m_language;
    QAction *m_pdf;
    QAction *m_print;
};
