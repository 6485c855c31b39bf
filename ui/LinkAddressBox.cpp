#include "LinkAddressBox.h"

#include "ConsentServices.h"
#include "Style.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

LinkAddressBox::LinkAddressBox(ConsentServices *services, QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("linkAddressBox"));
    m_text->setObjectName(QStringLiteral("linkAddressText"));
    m_copy->setObjectName(QStringLiteral("copyLinkAddress"));
    Style::makeBody(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Style::kSpacing);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    hide();

    connect(services, &ConsentServices::linkAddress, this, [this](const QUrl &url, bool opened) {
        m_url = url;
        m_opened = opened;
        m_copied = false;
        retranslateUi();
        show();
    });
    connect(services, &ConsentServices::linkEnded, this, [this] {
        m_url.clear();
        hide();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        // Not personal data: a one-time sign-in address with a random state.
        QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
        m_copied = true;
        retranslateUi();
    });
    retranslateUi();
}

void LinkAddressBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LinkAddressBox::retranslateUi()
{
    m_copy->setText(tr("Copy the sign-in address"));
    if (m_copied)
        m_text->setText(tr("Copied. Paste it into the address bar of your web browser."));
    else if (!m_opened)
        m_text->setText(tr("Roer could not open your web browser. Copy the sign-in address. "
                           "Then paste it into a web browser on this computer."));
    else
        m_text->setText(tr("Did no browser open? Copy the sign-in address, and paste it into "
                           "your web browser."));
}
