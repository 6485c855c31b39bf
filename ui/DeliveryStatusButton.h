#pragma once

#include <QPushButton>

// The small status area under the navigation: how many consent decisions are still waiting
// to be sent and how many need the customer's attention. Hidden when there is nothing to say;
// clicking it asks for the Consents page.
class DeliveryStatusButton : public QPushButton
{
    Q_OBJECT
public:
    explicit DeliveryStatusButton(QWidget *parent = nullptr);

    void setCounts(int waiting, int needsAttention);
    int waiting() const { return m_waiting; }
    int needsAttention() const { return m_attention; }

signals:
    void consentsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    int m_waiting = 0;
    int m_attention = 0;
};
