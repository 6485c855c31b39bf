#include "SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPointer>
#include <QTimer>

namespace {
int g_clearMs = SecretClipboard::kDefaultClearMs;
} // namespace

void SecretClipboard::copy(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(text);
    QPointer<QClipboard> guard(clipboard);
    QTimer::singleShot(g_clearMs, clipboard, [guard, text] {
        if (guard && guard->text() == text)
            guard->clear();
    });
}

int SecretClipboard::clearDelayMs()
{
    return g_clearMs;
}

void SecretClipboard::setClearDelayMs(int ms)
{
    g_clearMs = ms;
}
