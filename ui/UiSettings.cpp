#include "UiSettings.h"

#include <QSettings>

#include <algorithm>
#include <iterator>

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kAutoLockKey = QStringLiteral("ui/autoLockMinutes");
} // namespace

namespace UiSettings {

QString language()
{
    return QSettings().value(kLanguageKey).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

int autoLockMinutes()
{
    const int minutes = QSettings().value(kAutoLockKey, kDefaultAutoLockMinutes).toInt();
    // A hand-edited or old value falls back to the default rather than "never".
    const bool known = std::find(std::begin(kAutoLockChoices), std::end(kAutoLockChoices), minutes)
        != std::end(kAutoLockChoices);
    return known ? minutes : kDefaultAutoLockMinutes;
}

void setAutoLockMinutes(int minutes)
{
    QSettings().setValue(kAutoLockKey, minutes);
}

} // namespace UiSettings
