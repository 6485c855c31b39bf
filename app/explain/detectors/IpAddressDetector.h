#pragma once

#include <QStringView>

// IPv4 (four numbers 0-255, no leading zeros) and IPv6 addresses.
namespace IpAddressDetector {
bool isIPv4(QStringView value);
bool isIPv6(QStringView value);
inline bool looksLike(QStringView value)
{
    return isIPv4(value) || isIPv6(value);
}
} // namespace IpAddressDetector
