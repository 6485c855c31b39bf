#pragma once

#include <QUrl>

#include <functional>

// Opens a web or mailto address in the customer's program for it (QDesktopServices), and
// says whether that worked: a system without a browser answers false, and the page then
// offers the address to copy. Tests put a function in its place: a loopback "browser" that
// signs in, or one that fails like a computer without a browser.
namespace UrlOpener {
bool open(const QUrl &url);
// An empty function puts the system's opener back.
void setForTests(std::function<bool(const QUrl &)> opener);
} // namespace UrlOpener
