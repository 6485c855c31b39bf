#include "SetupLanguagePage.h"

#include "LanguageManager.h"
#include "Style.h"

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

SetupLanguagePage::SetupLanguagePage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)),
      m_question(new QLabel(this)),
      m_dutch(new QRadioButton(LanguageManager::nativeName(QStringLiteral("nl")), this)),
      m_english(new QRadioButton(LanguageManager::nativeName(QStringLiteral("en")), this))
{
    Style::makeTitle(m_title);
    Style::makeBody(m_intro);
    Style::makeSubtitle(m_question);
    m_dutch->setObjectName(QStringLiteral("languageDutch"));
    m_english->setObjectName(QStringLiteral("languageEnglish"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_dutch);
    group->addButton(m_english);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(Style::kSpacing);
    layout->addWidget(m_question);
    layout->addWidget(m_dutch);
    layout->addWidget(m_english);
    layout->addStretch(1);

    connect(m_dutch, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            emit languageChosen(QStringLiteral("nl"));
    });
    connect(m_english, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            emit languageChosen(QStringLiteral("en"));
    });
    retranslateUi();
}

void SetupLanguagePage::setLanguage(const QString &language)
{
    (language == QLatin1String("nl") ? m_dutch : m_english)->setChecked(true);
}

void SetupLanguagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SetupLanguagePage::retranslateUi()
{
    m_title->setText(tr("Welcome to Roer"));
    m_intro->setText(tr("Roer helps you see what shops know about you. "
                        "You decide what they may do with your data."));
    // Both languages on purpose: the customer may not read the current one yet.
    m_question->setText(QStringLiteral("Taal / Language"));
    m_dutch->setAccessibleName(LanguageManager::nativeName(QStringLiteral("nl")));
    m_english->setAccessibleName(LanguageManager::nativeName(QStringLiteral("en")));
}
