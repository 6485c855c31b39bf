#include "SearchIndexNote.h"

#include "importing/SearchIndexer.h"
#include "vault/VaultManager.h"

#include <QEvent>
#include <QTimer>

namespace {
constexpr qint64 kIndexStep = 1000; // records per step: a few milliseconds
constexpr int kPauseMs = 10;        // between steps, so input and painting get their turn
} // namespace

SearchIndexNote::SearchIndexNote(VaultManager *manager, QWidget *parent)
    : QLabel(parent), m_manager(manager), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("searchNote"));
    setWordWrap(true);
    hide();
    m_timer->setInterval(kPauseMs);
    connect(m_timer, &QTimer::timeout, this, &SearchIndexNote::step);
    connect(m_manager, &VaultManager::aboutToLock, m_timer, &QTimer::stop);
    connect(m_manager, &VaultManager::locked, this, &QWidget::hide);
    retranslateUi();
}

void SearchIndexNote::check()
{
    Vault *vault = m_manager->vault();
    Result<qint64> pending =
        vault ? SearchIndexer(*vault).pendingRecords() : Result<qint64>(qint64(0));
    if (!pending || *pending == 0) {
        m_timer->stop();
        hide();
        return;
    }
    show();
    if (!m_timer->isActive())
        m_timer->start();
}

void SearchIndexNote::step()
{
    Vault *vault = m_manager->vault();
    if (!vault) {
        m_timer->stop();
        return;
    }
    // An import running meanwhile holds the writer gate; the step then waits for the next tick.
    Result<qint64> indexed = SearchIndexer(*vault).step(kIndexStep);
    if (!indexed) {
        m_timer->stop();
        emit failed(indexed.error().message);
        return;
    }
    check();
}

void SearchIndexNote::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

void SearchIndexNote::retranslateUi()
{
    setText(tr("Roer is still preparing the search. Some of your data is not found yet."));
}
