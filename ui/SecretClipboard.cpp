#include "SecretClipboard.h"

#include "HelpDeskMode.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace {
int g_clearMs = SecretClipboard::kDefaultClearMs;
} // namespace

void SecretClipboard::copy(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Marked as concealed, the way password managers do, so clipboard histories (KDE Klipper,
    // Windows clipboard history and cloud sync, macOS clipboard tools) do not keep it.
    auto *data = new QMimeData;
    data->setText(text);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    // Windows: registered clipboard formats by name (Qt's way to reach them).
    const QString windows = QStringLiteral("application/x-qt-windows-mime;value=\"%1\"");
    data->setData(windows.arg(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")),
                  QByteArrayLiteral("1"));
    data->setData(windows.arg(QStringLiteral("CanIncludeInClipboardHistory")), QByteArray(4, 0));
    data->setData(windows.arg(QStringLiteral("CanUploadToCloudClipboard")), QByteArray(4, 0));
    clipboard->setMimeData(data);
    QPointer<QClipboard> guard(clipboard);
    QTimer::singleShot(clearDelayMs(), clipboard, [guard, text] {
        if (guard && guard->text() == text)
            guard->clear();
    });
}

int SecretClipboard::clearDelayMs()
{
    // A help desk sits next to the customer: the value goes sooner.
    return HelpDeskMode::instance().isOn() ? std::min(g_clearMs, HelpDeskMode::kClipboardMs)
                                           : g_clearMs;
}

void SecretClipboard::setClearDelayMs(int ms)
{
    g_clearMs = ms;
}
