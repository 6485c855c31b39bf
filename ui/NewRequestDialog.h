#pragma once

#include "requests/RequestStore.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class Vault;

// "New request": which shop, what to ask (six kinds, each explained in one or two sentences),
// the options of that kind, what it is about, and — for a letter — the customer's details,
// entered once and kept in the vault. A request from an alert or from My data arrives
// prefilled. Accepting commits the request (with its outbox entry for a shop with the Roer
// API, and any consent changes) before anything is sent.
class NewRequestDialog : public QDialog
{
    Q_OBJECT
public:
    NewRequestDialog(Vault &vault, const QString &language, QWidget *parent = nullptr);

    void setRetailer(qint64 retailerId);
    void setKind(Requests::Kind kind);
    // What Roer found: "erase the location trail", "this field is wrong".
    void prefill(qint64 retailerId, Requests::Kind kind, const RequestDetails &details);

    // Commits the request; false (and a message in the dialog) when it cannot be made.
    bool makeRequest();
    // The request made by the last makeRequest(), for the caller.
    const RightsRequest &request() const { return m_request; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void kindChanged();
    void retailerChanged();
    RequestDetails details() const;
    Requests::Kind kind() const;
    qint64 retailerId() const;
    bool retailerHasApi() const;

    Vault &m_vault;
    QString m_uiLanguage;
    QComboBox *m_retailer;
    QButtonGroup *m_kinds;
    QLabel *m_kindHelp;
    QWidget *m_options; // one page per kind; only the current one is shown
    QList<QWidget *> m_optionPages;
    QCheckBox *m_withdraw;
    QCheckBox *m_objectMarketing;
    QCheckBox *m_objectProfiling;
    QCheckBox *m_againstMarketing;
    QCheckBox *m_againstProfiling;
    QLineEdit *m_objectionReason;
    QLineEdit *m_wrong;
    QLineEdit *m_correct;
    QLineEdit *m_restrictionReason;
    QLabel *m_found;
    QLineEdit *m_scope;
    QLineEdit *m_customerNumber;
    QComboBox *m_letterLanguage;
    QWidget *m_letterPart;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_email;
    QLabel *m_how;
    QLabel *m_error;
    QPushButton *m_make;
    QList<Requests::Kind> m_kindOrder;
    QStringList m_categories;
    QString m_fieldPath;
    QString m_savedAddress; // help-desk mode: kept out of the address box
    RightsRequest m_request;
};
