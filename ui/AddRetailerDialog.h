#pragma once

#include "directory/Retailer.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class Vault;

// Adds a retailer: pick one from the bundled directory (with a search field), or type
// name, website, privacy e-mail, postal address and an optional API address by hand.
// Checks the input and adds it to the vault; errors stay in the dialog.
class AddRetailerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddRetailerDialog(Vault &vault, QWidget *parent = nullptr);

    qint64 addedId() const { return m_addedId; }
    // Empty when the input is fine, else what to fix (translated). Public for tests.
    static QString validate(const Retailer &retailer);

public slots:
    void accept() override;

private:
    void filterDirectory(const QString &text);
    Retailer fromForm() const;

    Vault &m_vault;
    qint64 m_addedId = 0;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QListWidget *m_directory;
    QLabel *m_listNote = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_website;
    QLineEdit *m_email;
    QPlainTextEdit *m_address;
    QLineEdit *m_api;
    QLabel *m_error;
    QPushButton *m_add;
};
