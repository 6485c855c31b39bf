#pragma once

#include <QWidget>

class QLabel;

// Setup, step 2: what Roer does and what it never does, in plain words.
class SetupIntroPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupIntroPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    static QString bullets(const QStringList &lines);

    QLabel *m_title;
    QLabel *m_doesTitle;
    QLabel *m_does;
    QLabel *m_neverTitle;
    QLabel *m_never;
};
