#pragma once

#include <QString>

// Hides a personal value on screen until the customer asks to see it, keeping just enough
// to recognise it: "jan@example.nl" -> "j•••@•••.nl", "Jan Jansen" -> "J•••".
// The length is not kept, so a mask does not tell how long a value is.
namespace ValueMask {
QString mask(const QString &value);
}
