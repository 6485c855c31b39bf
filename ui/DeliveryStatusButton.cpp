#include "DeliveryStatusButton.h"

#include <QEvent>
#include <QStyle>

DeliveryStatusButton::DeliveryStatusButton(QWidget *parent) : QPushButton(parent)
{
    setObjectName(QStringLiteral("deliveryStatusArea"));
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(QStringLiteral(
        "QPushButton#deliveryStatusArea { text-align: left; padding: 8px 10px; border-radius: 6px;"
        " background: #fff7e0; border: 1px solid #e2c36b; color: #4a3b00; }"
        "QPushButton#deliveryStatusArea[attention=\"true\"] { background: #fdeaea; border-color: "
        "#d98c8c; color: #6b1010; }"
        "QPushButton#deliveryStatusArea:focus { border: 2px solid #1d5fa8; }"));
    connect(this, &QPushButton::clicked, this, &DeliveryStatusButton::consentsRequested);
    hide();
    retranslateUi();
}

void DeliveryStatusButton::setCounts(int waiting, int needsAttention)
{
    m_waiting = qMax(0, waiting);
    m_attention = qMax(0, needsAttention);
    retranslateUi();
}

void DeliveryStatusButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QPushButton::changeEvent(event);
}

void DeliveryStatusButton::retranslateUi()
{
    QStringList lines;
    if (m_attention > 0)
        lines.append(m_attention == 1 ? tr("1 choice needs your attention")
                                      : tr("%1 choices need your attention").arg(m_attention));
    if (m_waiting > 0)
        lines.append(m_waiting == 1 ? tr("1 choice waiting to send")
                                    : tr("%1 choices waiting to send").arg(m_waiting));
    setText(lines.join(QLatin1Char('\n')));
    setProperty("attention", m_attention > 0);
    style()->unpolish(this);
    style()->polish(this);
    setAccessibleName(lines.join(QStringLiteral(". ")));
    setAccessibleDescription(tr("Opens the Consents page."));
    setToolTip(tr("Open Consents to see which choices these are."));
    setVisible(!lines.isEmpty());
}
