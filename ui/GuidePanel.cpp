#include "GuidePanel.h"

#include "Style.h"
#include "guide/GuideStore.h"
#include "vault/VaultManager.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
using Step = GuideProgress::Step;

// What each step asks, in one or two short sentences.
struct StepText
{
    const char *title;
    const char *text;
    const char *go;
};
const StepText kSteps[GuideProgress::kStepCount] = {
    {QT_TRANSLATE_NOOP("GuidePanel", "Add the shop"),
     QT_TRANSLATE_NOOP("GuidePanel",
                       "Choose the shop that has your data. Roer knows many shops "
                       "and their privacy address."),
     QT_TRANSLATE_NOOP("GuidePanel", "Go to Retailers")},
    {QT_TRANSLATE_NOOP("GuidePanel", "Get your data"),
     QT_TRANSLATE_NOOP("GuidePanel",
                       "Import the file the shop sent you. Or link your account, "
                       "if the shop offers that."),
     QT_TRANSLATE_NOOP("GuidePanel", "Go to Retailers")},
    {QT_TRANSLATE_NOOP("GuidePanel", "See what the shop knows"),
     QT_TRANSLATE_NOOP("GuidePanel",
                       "Roer explains each kind of data. It also says why the "
                       "shop keeps it."),
     QT_TRANSLATE_NOOP("GuidePanel", "Go to My data")},
    {QT_TRANSLATE_NOOP("GuidePanel", "Make your choice"),
     QT_TRANSLATE_NOOP("GuidePanel",
                       "Say per purpose if the shop may use your data. You can "
                       "choose per channel, like e-mail."),
     QT_TRANSLATE_NOOP("GuidePanel", "Go to Consents")},
    {QT_TRANSLATE_NOOP("GuidePanel", "Send your choice"),
     QT_TRANSLATE_NOOP("GuidePanel",
                       "Roer sends it to the shop. Is the shop not linked? Then "
                       "Roer writes a letter, and you tell Roer when you sent it."),
     QT_TRANSLATE_NOOP("GuidePanel", "Go to Consents")},
    {QT_TRANSLATE_NOOP("GuidePanel", "See the receipt"),
     QT_TRANSLATE_NOOP("GuidePanel",
                       "Consents shows what reached the shop, and the shop's "
                       "receipt. Roer keeps it as proof."),
     QT_TRANSLATE_NOOP("GuidePanel", "Go to Consents")},
};
} // namespace

GuidePanel::GuidePanel(VaultManager *manager, QWidget *parent)
    : QFrame(parent), m_manager(manager), m_count(new QLabel(this)), m_title(new QLabel(this)),
      m_text(new QLabel(this)), m_error(new QLabel(this)), m_go(new QPushButton(this)),
      m_skip(new QPushButton(this)), m_stop(new QPushButton(this))
{
    setObjectName(QStringLiteral("guidePanel"));
    m_count->setObjectName(QStringLiteral("guideCount"));
    m_title->setObjectName(QStringLiteral("guideTitle"));
    m_text->setObjectName(QStringLiteral("guideText"));
    m_go->setObjectName(QStringLiteral("guideGo"));
    m_skip->setObjectName(QStringLiteral("guideSkip"));
    m_stop->setObjectName(QStringLiteral("guideStop"));
    Style::makeNote(m_count);
    Style::makeBody(m_text);
    Style::makeError(m_error);
    Style::makePrimary(m_go);
    m_title->setWordWrap(true);

    auto *words = new QVBoxLayout;
    words->setSpacing(4);
    words->addWidget(m_count);
    words->addWidget(m_title);
    words->addWidget(m_text);
    words->addWidget(m_error);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Style::kPageMargin, 10, Style::kPageMargin, 10);
    layout->setSpacing(Style::kSpacing);
    layout->addLayout(words, 1);
    layout->addWidget(m_go, 0, Qt::AlignVCenter);
    layout->addWidget(m_skip, 0, Qt::AlignVCenter);
    layout->addWidget(m_stop, 0, Qt::AlignVCenter);

    connect(m_go, &QPushButton::clicked, this, [this] {
        if (auto step = m_progress.current())
            emit goTo(*step);
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        if (auto step = m_progress.current())
            act([step](GuideStore &store) { return store.skip(*step); });
    });
    connect(m_stop, &QPushButton::clicked, this,
            [this] { act([](GuideStore &store) { return store.setActive(false); }); });
    connect(m_manager, &VaultManager::unlocked, this, &GuidePanel::refresh);
    connect(m_manager, &VaultManager::locked, this, [this] { setRunning(false); });
    hide();
    refresh();
}

void GuidePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void GuidePanel::setRunning(bool running)
{
    setVisible(running);
    if (running != m_running) {
        m_running = running;
        emit runningChanged(running);
    }
}

void GuidePanel::refresh()
{
    Vault *vault = m_manager->vault();
    if (!vault) {
        setRunning(false);
        return;
    }
    auto progress = GuideStore(*vault).progress();
    if (!progress) {
        Style::setMessage(m_error, progress.error().message);
        return;
    }
    m_progress = *progress;
    setRunning(m_progress.active);
    retranslateUi();
}

void GuidePanel::seen(Step step)
{
    if (m_running)
        act([step](GuideStore &store) { return store.markSeen(step); });
}

void GuidePanel::restart()
{
    act([](GuideStore &store) { return store.restart(); });
}

// One change to the guide's state, then the progress read again; a failure stays in view.
void GuidePanel::act(const std::function<Result<void>(GuideStore &)> &change)
{
    Vault *vault = m_manager->vault();
    if (!vault)
        return;
    GuideStore store(*vault);
    const Result<void> done = change(store);
    refresh();
    Style::setMessage(m_error, done ? QString() : done.error().message);
}

void GuidePanel::retranslateUi()
{
    setAccessibleName(tr("Guide"));
    m_skip->setText(tr("Skip this step"));
    const auto step = m_progress.current();
    m_go->setVisible(step && !(m_onPage && m_onPage(*step)));
    m_skip->setVisible(bool(step));
    if (!step) {
        m_count->setText(tr("Guide: done"));
        const bool sent = m_progress.isDone(Step::Send);
        m_title->setText(sent ? tr("You sent your first choice")
                              : tr("You went through the guide"));
        m_text->setText(sent ? tr("Well done. You can change your choice at any time. The "
                                  "Overview can print a summary to take home.")
                             : tr("You skipped some steps. Choose \"Show the guide\" to go "
                                  "through them again."));
        m_stop->setText(tr("Close the guide"));
        return;
    }
    const StepText &t = kSteps[int(*step)];
    //: %1 is the step's number, %2 the number of steps
    m_count->setText(tr("Guide: step %1 of %2").arg(int(*step) + 1).arg(GuideProgress::kStepCount));
    m_title->setText(tr(t.title));
    m_text->setText(tr(t.text));
    m_go->setText(tr(t.go));
    m_stop->setText(tr("Stop the guide"));
    m_stop->setAccessibleDescription(tr("You can start it again from the sidebar."));
}
