#pragma once

#include <QWidget>

class QLabel;
class QRadioButton;

// Setup, step 1: Dutch or English. Choosing one switches the language at once.
class SetupLanguagePage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupLanguagePage(QWidget *parent = nullptr);

    void setLanguage(const QString &language);

signals:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_question;
    QRadioButton *m_dutch;
    QRadioButton *m_english;
};
