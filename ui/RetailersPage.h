#pragma once

#include <QWidget>

class ConsentServices;
class LanguageManager;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class VaultManager;

// "Retailers": the customer's shops with website, privacy e-mail, last import and whether the
// account is linked; add one from the directory or by hand, rename, remove (with all its
// imported data), and import a data export with the ImportDialog, also by dropping files on the
// page. For a shop with the Roer API: link the account (OAuth in the browser), unlink it, and
// "Refresh my data" (RefreshDialog), through the ConsentServices shared with the Consents page.
class RetailersPage : public QWidget
{
    Q_OBJECT
public:
    // Without `services` the page makes its own (tests); the workspace shares one.
    RetailersPage(VaultManager *manager, LanguageManager *languages, QWidget *parent = nullptr,
                  ConsentServices *services = nullptr);

    void refresh();
    qint64 currentRetailer() const;
    void selectRetailer(qint64 id);
    // Opens the import dialog for the selected retailer with `files` already listed.
    void importFiles(const QStringList &files);
    void linkAccount();
    void cancelLink();
    void unlinkAccount();
    void refreshData();
    // The shop's imports, to delete a wrong one (ImportHistoryDialog).
    void showImports();

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
    bool currentHasApi() const;
    bool currentLinked() const;

    VaultManager *m_manager;
    LanguageManager *m_languages;
    ConsentServices *m_services;
    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_add;
    QPushButton *m_import;
    QPushButton *m_imports;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_link;
    QPushButton *m_cancelLink;
    QPushButton *m_unlink;
    QPushButton *m_refreshData;
    QStackedWidget *m_stack;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyAdd;
    QTreeWidget *m_list;
    QLabel *m_dropHint;
    QLabel *m_status;
    QLabel *m_error;
};
