#include "RequestAgendaCard.h"

#include "Style.h"
#include "consent/Clock.h"
#include "requests/RequestAgenda.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RequestAgendaCard::RequestAgendaCard(Vault &vault, const QString &language, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("card"));
    setProperty("requestAgenda", true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Your requests"), this);
    Style::makeSubtitle(title);
    layout->addWidget(title);
    setAccessibleName(tr("Your requests"));
    const QDate today = Clock::instance().now().toLocalTime().date();
    auto items = RequestAgenda::items(vault, today, language);
    if (!items)
        return;
    m_count = int(items->size());
    for (const RequestAgenda::Item &item : std::as_const(*items)) {
        auto *row = new QHBoxLayout;
        auto *text = new QLabel(item.text, this);
        text->setObjectName(QStringLiteral("agendaItem"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        if (item.kind == RequestAgenda::Kind::Late)
            text->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
        auto *open = new QPushButton(tr("Open"), this);
        open->setObjectName(QStringLiteral("agendaOpenButton"));
        open->setAccessibleName(tr("Open the request to %1").arg(item.request.retailerName));
        connect(open, &QPushButton::clicked, this,
                [this, id = item.request.id] { emit requestShowRequested(id); });
        row->addWidget(text, 1);
        row->addWidget(open, 0, Qt::AlignTop);
        layout->addLayout(row);
    }
}
