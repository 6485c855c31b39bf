#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class Vault;

// "Imports": every import of one shop's data, newest first. Roer shows the newest; the
// customer can delete one (a wrong file, a broken export), and the one before it is shown
// again. Deleting asks first and cannot be undone; choices and requests are not touched.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportHistoryDialog(Vault &vault, qint64 retailerId, const QString &retailerName,
                        const QString &language, QWidget *parent = nullptr);

    // Deletes the selected import after asking (MessageBox, with its test seam).
    void deleteSelected();

signals:
    // An import was deleted: what Overview and My data show may have changed.
    void importsChanged(qint64 retailerId);

private:
    void reload();
    QString when(const QDateTime &at) const;

    Vault &m_vault;
    qint64 m_retailerId;
    QString m_retailerName;
    QString m_language;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_error;
    QPushButton *m_delete;
};
