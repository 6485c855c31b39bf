#pragma once

#include "requests/RequestDetails.h"
#include "requests/RequestTypes.h"

#include <QHash>
#include <QWidget>

class ExplainService;
class LanguageManager;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class SummaryButton;
class VaultManager;
struct ExplainOutcome;
struct SnapshotExplanation;

// "Overview": per retailer a card with the kinds of data found (chips), the "What <shop>
// knows about you" sentences, and the alerts with what to do. Empty: where to start.
// Explaining runs in the background (ExplainService): a card says "Explaining your data
// from <shop>…" with a progress bar until its explanation arrives; the page never waits.
// Above the shops: the requests that are late or due (RequestAgendaCard); every alert has a
// button to the request it suggests, prefilled. Next to the title: the summary to take home.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(VaultManager *manager, LanguageManager *languages, ExplainService *explain,
                 QWidget *parent = nullptr);

    void refresh();
    SummaryButton *summaryButton() const { return m_summary; }

signals:
    void retailersRequested();
    void dataRequested(qint64 retailerId);
    void newRequestRequested(qint64 retailerId, Requests::Kind kind, const RequestDetails &details);
    void requestShowRequested(const QString &requestId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void clearCards();
    QWidget *makeCard(qint64 retailerId, const QString &name,
                      const SnapshotExplanation *explanation);
    QWidget *makePendingCard(qint64 retailerId, const QString &name);
    QWidget *makeFailedCard(qint64 retailerId, const QString &name, const QString &message);
    void replacePending(qint64 retailerId, QWidget *card);
    void explained(const ExplainOutcome &outcome);
    void failed(qint64 retailerId, const QString &message);
    void progressed(qint64 retailerId, qint64 done, qint64 total);
    QString language() const;

    VaultManager *m_manager;
    LanguageManager *m_languages;
    ExplainService *m_explain;
    QHash<qint64, QWidget *> m_pending; // retailer id -> its "Explaining…" card
    QLabel *m_title;
    QLabel *m_intro;
    QStackedWidget *m_stack;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyAction;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
    QLabel *m_error;
    SummaryButton *m_summary;
    QLabel *m_summaryDone;
};
