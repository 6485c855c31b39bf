#pragma once

#include <QString>

// A customer-facing text from the catalogue in both languages Roer speaks.
struct LocalText
{
    QString en;
    QString nl;

    // `language` is "nl" or "en" (anything else falls back to English).
    const QString &in(const QString &language) const
    {
        return language == QLatin1String("nl") && !nl.isEmpty() ? nl : en;
    }
    bool isComplete() const { return !en.trimmed().isEmpty() && !nl.trimmed().isEmpty(); }
};
