#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace {
std::optional<QString> g_nextFileName;
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
