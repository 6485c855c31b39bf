#pragma once

#include <QWidget>

class LanguageManager;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class VaultManager;
struct SnapshotExplanation;

// "Overview": per retailer a card with the kinds of data found (chips), the "What <shop>
// knows about you" sentences, and the alerts with what to do. Empty: where to start.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(VaultManager *manager, LanguageManager *languages, QWidget *parent = nullptr);

    void refresh();

signals:
    void retailersRequested();
    void dataRequested(qint64 retailerId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void clearCards();
    QWidget *makeCard(qint64 retailerId, const QString &name, const SnapshotExplanation *explanation);

    VaultManager *m_manager;
    LanguageManager *m_languages;
    QLabel *m_title;
    QLabel *m_intro;
    QStackedWidget *m_stack;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyAction;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
    QLabel *m_error;
};
