#pragma once

#include <QString>

// Puts text on the clipboard for a short while: after the delay it is cleared again, but only
// if the clipboard still holds that text (the KeePassXC habit). For everything Roer copies
// that is personal or secret: the recovery code, a letter with the customer's name. In
// help-desk mode the clipboard is cleared after 10 seconds. The data carries the hints that
// password managers use, so clipboard histories leave it out.
class SecretClipboard
{
public:
    static constexpr int kDefaultClearMs = 2 * 60 * 1000;
    static void copy(const QString &text);
    static int clearDelayMs();
    // Test seam: a shorter delay, so a test can wait for the clearing.
    static void setClearDelayMs(int ms);
};
