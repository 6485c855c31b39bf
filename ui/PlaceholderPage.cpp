#include "PlaceholderPage.h"

#include "Style.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const char *title, const char *willShow, QWidget *parent)
    : QWidget(parent), m_titleSource(title), m_willShowSource(willShow), m_title(new QLabel(this)),
      m_notReady(new QLabel(this))
{
    Style::makeTitle(m_title);
    Style::makeBody(m_notReady);
    m_notReady->setObjectName(QStringLiteral("notReady"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Style::kPageMargin, Style::kPageMargin, Style::kPageMargin,
                               Style::kPageMargin);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_notReady);
    layout->addStretch(1);
    retranslateUi();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslateUi()
{
    m_title->setText(tr(m_titleSource));
    m_notReady->setText(
        tr("This part of Roer is not ready yet. It will show %1").arg(tr(m_willShowSource)));
}
