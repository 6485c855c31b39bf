#pragma once

#include "consent/RetailerPurpose.h"

#include <QWidget>

class QVBoxLayout;
class Vault;

// The consents of one retailer, grouped the way the law treats them:
// "Needed for your order" (shown, explained, no switch), "Your choice" (a switch per
// purpose with channels and context), and "They rely on their own interest" (an Object
// button, Art. 21). Each purpose shows its delivery status. Every change is committed
// through ConsentStore::decide (record + outbox in one transaction) and then
// sendRequested() asks the owner to start the OutboxSender. Nothing is pre-ticked.
class ConsentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConsentsPage(Vault &vault, QWidget *parent = nullptr);

    void showRetailer(qint64 retailerId);
    qint64 retailerId() const { return m_retailerId; }

signals:
    void decisionCommitted(qint64 retailerId, const QString &purposeId);
    void sendRequested();
    void linkRequested(qint64 retailerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *purposeRow(const RetailerPurpose &purpose);
    void decide(const RetailerPurpose &purpose, bool allow, const QStringList &channels, int place,
                const QDate &until);

    Vault &m_vault;
    qint64 m_retailerId = 0;
    QVBoxLayout *m_layout;
};
