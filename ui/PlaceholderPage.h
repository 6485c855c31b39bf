#pragma once

#include <QWidget>

class QLabel;

// A part of Roer that is not built yet. It says so plainly and shows no made-up data.
// Texts are given untranslated (QT_TRANSLATE_NOOP in context "PlaceholderPage").
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const char *title, const char *willShow, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const char *m_titleSource;
    const char *m_willShowSource;
    QLabel *m_title;
    QLabel *m_notReady;
};
