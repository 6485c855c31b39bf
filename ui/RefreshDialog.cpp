#include "RefreshDialog.h"

#include "ImportDialog.h"
#include "Style.h"
#include "consent/DataRefresher.h"
#include "core/Logging.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

RefreshDialog::RefreshDialog(DataRefresher *refresher, qint64 retailerId,
                             const QString &retailerName, QWidget *parent)
    : QDialog(parent), m_refresher(refresher), m_retailerId(retailerId),
      m_retailerName(retailerName), m_stage(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Refresh my data from %1").arg(retailerName));
    m_stage->setObjectName(QStringLiteral("refreshStage"));
    m_stage->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setRange(0, 0); // busy: the retailer does not say how long it takes
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_summary->setObjectName(QStringLiteral("refreshSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    Style::nameStandardButtons(buttons);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, 300);
    connect(m_refresher, &DataRefresher::stageReached, this, [this](DataRefresher::Stage stage) {
        m_stage->setText(stage == DataRefresher::Stage::Fetching
                             ? tr("Roer is asking %1 for a copy of your data…").arg(m_retailerName)
                             : tr("Roer is storing your data in your vault…"));
    });
}

void RefreshDialog::start()
{
    QPointer<RefreshDialog> self(this);
    m_refresher->refresh(m_retailerId, [self](Result<ImportSummary> result) {
        if (self)
            self->showResult(result);
    });
}

QString RefreshDialog::summary() const
{
    return m_summary->text();
}

void RefreshDialog::showResult(const Result<ImportSummary> &result)
{
    m_finished = true;
    m_progress->hide();
    m_close->setEnabled(true);
    m_close->setFocus();
    if (!result) {
        m_stage->setText(
            tr("Roer did not get new data from %1. Your vault is unchanged.").arg(m_retailerName));
        m_summary->setText(result.error().message);
    } else if (result->alreadyImported) {
        m_stage->setText(
            tr("Your data at %1 has not changed since the last time. Nothing was added.")
                .arg(m_retailerName));
        m_summary->clear();
    } else {
        m_stage->setText(tr("Your new data from %1 is in your vault. See it under My data.")
                             .arg(m_retailerName));
        m_summary->setText(ImportDialog::summaryText(*result));
    }
    m_summary->setVisible(!m_summary->text().isEmpty());
    qCInfo(lcUi) << "refresh finished" << result.ok();
    if (result && !result->alreadyImported)
        emit refreshFinished(result->snapshotId);
}
