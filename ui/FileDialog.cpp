#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace {
std::optional<QString> g_nextFileName;
std::optional<QStringList> g_nextFileNames;
} // namespace

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption,
                                    const QString &suggestedName, const QString &filter)
{
    if (g_nextFileName) {
        const QString answer = *g_nextFileName;
        g_nextFileName.reset();
        return answer;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName),
                                        filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}

QString FileDialog::openFolder()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (!downloads.isEmpty() && QDir(downloads).exists())
        return downloads;
    return QDir::homePath();
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption,
                                         const QString &filter)
{
    if (g_nextFileNames) {
        const QStringList answer = *g_nextFileNames;
        g_nextFileNames.reset();
        return answer;
    }
    return QFileDialog::getOpenFileNames(parent, caption, openFolder(), filter);
}

void FileDialog::setNextFileNames(const QStringList &fileNames)
{
    g_nextFileNames = fileNames;
}
