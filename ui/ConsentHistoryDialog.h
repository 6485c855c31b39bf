#pragma once

#include "consent/RetailerInfo.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class Vault;

// "Your history": every decision the customer made for one retailer, oldest first, from the
// hash-chained consent records. "Check the history" runs the verifier and says the result in
// plain words; Export writes JSON (with the hashes) or a printable page, only to the place
// the customer picks.
class ConsentHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ConsentHistoryDialog(Vault &vault, const RetailerInfo &retailer, const QString &language,
                         QWidget *parent = nullptr);

    void check();
    void exportJson();
    void exportPage();

private:
    void load();
    bool chainIntact();
    void exportTo(bool json);

    Vault &m_vault;
    RetailerInfo m_retailer;
    QString m_language;
    QTreeWidget *m_list;
    QLabel *m_result;
};
