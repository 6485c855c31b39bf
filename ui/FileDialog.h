#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Asks where to save a file, or which files to open. Tests answer in advance with setNextFileName
// (the KeePassXC habit), so a GUI test never blocks on a native dialog. Roer writes only where the
// customer chose: an empty answer means "cancelled".
class FileDialog
{
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &suggestedName, const QString &filter);
    // Test seam: the next getSaveFileName() returns this without showing anything.
    static void setNextFileName(const QString &fileName);

    // Asks which files to open, starting where a shop's export usually lands: Downloads (or
    // the home folder), not the folder Roer happened to be started from.
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption,
                                        const QString &filter);
    static QString openFolder();
    // Test seam: the next getOpenFileNames() returns these without showing anything.
    static void setNextFileNames(const QStringList &fileNames);
};
