#pragma once

#include <QByteArray>
#include <QString>

// Byte-to-text helpers for export files: strict UTF-8 checking, Windows-1252 (Excel in the
// Netherlands) and repair of "mojibake" (UTF-8 bytes escaped as Latin-1, as in Facebook and
// Instagram exports).
namespace TextCodec {
bool isAscii(const char *data, qsizetype size);
bool isValidUtf8(const char *data, qsizetype size);
// Invalid sequences become U+FFFD; `hadInvalid` is set when that happened.
QString fromUtf8Lossy(const char *data, qsizetype size, bool *hadInvalid);
QString fromWindows1252(const char *data, qsizetype size);
// "Ã©" -> "é" when the whole string is Latin-1 and its bytes form valid multi-byte UTF-8.
QString repairMojibake(const QString &text);
} // namespace TextCodec
