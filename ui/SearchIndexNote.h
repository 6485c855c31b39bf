#pragma once

#include <QLabel>

class QTimer;
class VaultManager;

// Finishes the search index an import left unfinished (its search phase was cancelled, or
// Roer stopped), in small steps on a timer so the window stays responsive, and says
// meanwhile that search does not find everything yet. Hidden when there is nothing to do.
class SearchIndexNote : public QLabel
{
    Q_OBJECT
public:
    explicit SearchIndexNote(VaultManager *manager, QWidget *parent = nullptr);

    // Looks whether records wait for the index, and starts or stops the steps.
    void check();

signals:
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void step();
    void retranslateUi();

    VaultManager *m_manager;
    QTimer *m_timer;
};
