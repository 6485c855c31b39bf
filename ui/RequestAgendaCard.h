#pragma once

#include <QFrame>

class Vault;

// The overview's "Your requests" card: what is late, what is due within a week, letters made
// but not sent, requests Roer could not deliver (RequestAgenda), each with a button to it.
// Worked out from the dates in the vault whenever the overview is shown. Hidden when nothing
// needs the customer.
class RequestAgendaCard : public QFrame
{
    Q_OBJECT
public:
    RequestAgendaCard(Vault &vault, const QString &language, QWidget *parent = nullptr);

    int itemCount() const { return m_count; }

signals:
    void requestShowRequested(const QString &requestId);

private:
    int m_count = 0;
};
