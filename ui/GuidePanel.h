#pragma once

#include "core/Result.h"
#include "guide/GuideProgress.h"

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class GuideStore;
class VaultManager;

// The guided walkthrough (issue 10), on top of the real pages: one step at a time, from adding
// the shop to seeing the shop's receipt for the first choice sent. Each step says in one or
// two sentences what to do and why, takes the customer to the page, can be skipped, and moves
// on by itself when the customer did it (GuideStore reads that from the vault). Stopped, it
// waits in the sidebar ("Show the guide") and resumes where the customer left it.
class GuidePanel : public QFrame
{
    Q_OBJECT
public:
    explicit GuidePanel(VaultManager *manager, QWidget *parent = nullptr);

    // Reads the progress again; the workspace calls it when something may have changed.
    void refresh();
    // The workspace showed the page for this step (My data, Consents).
    void seen(GuideProgress::Step step);
    void restart();
    // Whether the guide is running (shown), for the sidebar's "Show the guide".
    bool isRunning() const { return m_running; }
    // Whether a step's page is the one on screen: its "Go to" button is then not needed.
    void setOnPage(std::function<bool(GuideProgress::Step)> onPage)
    {
        m_onPage = std::move(onPage);
    }

signals:
    void goTo(GuideProgress::Step step);
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setRunning(bool running);
    void act(const std::function<Result<void>(GuideStore &)> &change);

    VaultManager *m_manager;
    QLabel *m_count;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_error;
    QPushButton *m_go;
    QPushButton *m_skip;
    QPushButton *m_stop;
    GuideProgress m_progress;
    std::function<bool(GuideProgress::Step)> m_onPage;
    bool m_running = false;
};
