#pragma once

#include "explain/SnapshotExplanation.h"
#include "requests/RequestTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

// Beside the data tree: what the selected field or category is, why the retailer probably
// keeps it (purpose), the legal basis explained, how long, what the customer can do, and
// which record rule cut its file into records ("why is this one record?").
// For a field Roer did not recognise it offers the question to ask the retailer, with Copy.
// The category can be corrected with a combo box; the page stores the correction.
// For a field: one click to a request to the shop to correct or erase it (Requests page).
class ExplanationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExplanationPanel(QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    void showNothing();
    void showField(const ExplainedField &field);
    void showCategory(const QString &categoryId, int fields, qint64 values);
    QString text() const;

signals:
    void correctionRequested(const QString &categoryId);
    void requestWanted(Requests::Kind kind, const QString &categoryId, const QString &fieldPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCategories();
    QString purposeHtml(const QString &categoryId) const;

    QString m_language = QStringLiteral("en");
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_questionTitle;
    QLabel *m_question;
    QPushButton *m_copy;
    QPushButton *m_askCorrect;
    QPushButton *m_askErase;
    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QLabel *m_copied;
    enum class Showing { Nothing, Field, Category } m_showing = Showing::Nothing;
    ExplainedField m_field;
    QString m_categoryId;
    int m_categoryFields = 0;
    qint64 m_categoryValues = 0;
};
