#pragma once

#include <QString>

// The few preferences the GUI keeps in QSettings. Nothing personal and no secret goes here.
namespace UiSettings {
QString language(); // empty when never chosen
void setLanguage(const QString &language);

constexpr int kDefaultAutoLockMinutes = 10;
// The choices offered in Settings.
constexpr int kAutoLockChoices[] = {1, 2, 5, 10, 15, 30, 60};
int autoLockMinutes();
void setAutoLockMinutes(int minutes);
} // namespace UiSettings
