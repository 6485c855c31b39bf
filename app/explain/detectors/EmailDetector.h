#pragma once

#include <QStringView>

// "name@example.nl" style addresses (a pragmatic check, not full RFC 5322).
namespace EmailDetector {
bool looksLike(QStringView value);
}
