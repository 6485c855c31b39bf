#include "UrlOpener.h"

#include <QDesktopServices>

namespace {
std::function<bool(const QUrl &)> &testOpener()
{
    static std::function<bool(const QUrl &)> opener;
    return opener;
}
} // namespace

bool UrlOpener::open(const QUrl &url)
{
    if (testOpener())
        return testOpener()(url);
    return QDesktopServices::openUrl(url);
}

void UrlOpener::setForTests(std::function<bool(const QUrl &)> opener)
{
    testOpener() = std::move(opener);
}
