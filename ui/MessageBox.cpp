#include "MessageBox.h"

#include <QCoreApplication>
#include <QPushButton>

#include <optional>

namespace {
std::optional<bool> g_nextAnswer;
QString g_lastText;
} // namespace

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &confirmText)
{
    g_lastText = text;
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(confirmText, QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    no->setText(QCoreApplication::translate("Style", "Cancel")); // not Qt's: it may be English
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBox::setNextAnswer(bool confirmed)
{
    g_nextAnswer = confirmed;
}

QString MessageBox::lastText()
{
    return g_lastText;
}
