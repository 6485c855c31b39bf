#pragma once

#include <QMessageBox>

// Questions that need a yes or no from the customer. Tests answer them in advance with
// setNextAnswer (the KeePassXC habit), so a GUI test never blocks on a modal box.
class MessageBox
{
public:
    // Asks `text` with a button `confirmText` (destructive action) and Cancel. Cancel is the
    // default, so Enter never deletes by accident. Returns true when confirmed.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &confirmText);
    // Test seam: the next confirm() answers this without showing anything.
    static void setNextAnswer(bool confirmed);
    // The text of the last question asked (shown or answered by the seam), for tests.
    static QString lastText();
};
