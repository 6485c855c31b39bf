#pragma once

#include <QWidget>

class LanguageManager;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class VaultManager;

// "Retailers": the customer's shops with website, privacy e-mail and last import; add one
// from the directory or by hand, rename, remove (with all its imported data), and import a
// data export with the ImportDialog, also by dropping files on the page.
class RetailersPage : public QWidget
{
    Q_OBJECT
public:
    RetailersPage(VaultManager *manager, LanguageManager *languages, QWidget *parent = nullptr);

    void refresh();
    qint64 currentRetailer() const;
    void selectRetailer(qint64 id);
    // Opens the import dialog for the selected retailer with `files` already listed.
    void importFiles(const QStringList &files);

signals:
    void retailersChanged();
    void dataImported(qint64 retailerId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void addRetailer();
    void renameRetailer();
    void removeRetailer();
    void updateButtons();
    QString currentName() const;

    VaultManager *m_manager;
    LanguageManager *m_languages;
    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_add;
    QPushButton *m_import;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QStackedWidget *m_stack;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyAdd;
    QTreeWidget *m_list;
    QLabel *m_dropHint;
    QLabel *m_status;
    QLabel *m_error;
};
