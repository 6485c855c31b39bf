#pragma once

#include <QString>

class QWidget;

// Asks where to save a file. Tests answer in advance with setNextFileName (the KeePassXC
// habit), so a GUI test never blocks on a native dialog. Roer writes only where the
// customer chose: an empty answer means "cancelled".
class FileDialog
{
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &suggestedName, const QString &filter);
    // Test seam: the next getSaveFileName() returns this without showing anything.
    static void setNextFileName(const QString &fileName);
};
