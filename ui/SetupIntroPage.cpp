#include "SetupIntroPage.h"

#include "Style.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

SetupIntroPage::SetupIntroPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_doesTitle(new QLabel(this)),
      m_does(new QLabel(this)), m_neverTitle(new QLabel(this)), m_never(new QLabel(this))
{
    Style::makeTitle(m_title);
    Style::makeSubtitle(m_doesTitle);
    Style::makeSubtitle(m_neverTitle);
    Style::makeBody(m_does);
    Style::makeBody(m_never);
    m_does->setTextFormat(Qt::RichText);
    m_never->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_doesTitle);
    layout->addWidget(m_does);
    layout->addWidget(m_neverTitle);
    layout->addWidget(m_never);
    layout->addStretch(1);
    retranslateUi();
}

QString SetupIntroPage::bullets(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left: -20px;\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li style=\"margin-bottom: 6px;\">") + line.toHtmlEscaped()
            + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

void SetupIntroPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SetupIntroPage::retranslateUi()
{
    m_title->setText(tr("Your data, your choice"));
    m_doesTitle->setText(tr("What Roer does"));
    m_does->setText(bullets({
        tr("It keeps a copy of the data that shops have about you."),
        tr("It explains that data in plain words."),
        tr("It sends your choices to shops, but only when you ask it to."),
    }));
    m_neverTitle->setText(tr("What Roer never does"));
    m_never->setText(bullets({
        tr("It never sends anything anywhere unless you ask it to."),
        tr("It does not track you and does not collect statistics."),
        tr("Your data stays on this computer, locked with a secret key (encrypted)."),
    }));
}
