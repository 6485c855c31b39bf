#include "WorkspaceView.h"

#include "ConsentServices.h"
#include "ConsentsPage.h"
#include "DeliveryStatusButton.h"
#include "GuidePanel.h"
#include "MyDataPage.h"
#include "OverviewPage.h"
#include "RequestsPage.h"
#include "RetailersPage.h"
#include "SettingsPage.h"
#include "Style.h"
#include "explain/ExplainService.h"
#include "vault/VaultManager.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const char *const kSectionNames[] = {
    QT_TRANSLATE_NOOP("WorkspaceView", "Overview"), QT_TRANSLATE_NOOP("WorkspaceView", "Retailers"),
    QT_TRANSLATE_NOOP("WorkspaceView", "My data"),  QT_TRANSLATE_NOOP("WorkspaceView", "Consents"),
    QT_TRANSLATE_NOOP("WorkspaceView", "Requests"), QT_TRANSLATE_NOOP("WorkspaceView", "Settings"),
};
} // namespace

WorkspaceView::WorkspaceView(SettingsPage *settings, VaultManager *manager,
                             LanguageManager *languages, QWidget *parent)
    : QWidget(parent), m_appName(new QLabel(QStringLiteral("Roer"), this)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_lock(new QPushButton(this)), m_explain(new ExplainService(manager, this)),
      m_services(new ConsentServices(manager, this)),
      m_deliveryStatus(new DeliveryStatusButton(this)),
      m_overview(new OverviewPage(manager, languages, m_explain, this)),
      m_retailers(new RetailersPage(manager, languages, this, m_services)),
      m_myData(new MyDataPage(manager, languages, m_explain, this)),
      m_consents(new ConsentsPage(manager, languages, this, m_services)),
      m_requests(new RequestsPage(manager, languages, this)),
      m_guide(new GuidePanel(manager, this)), m_showGuide(new QPushButton(this))
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_lock->setObjectName(QStringLiteral("lockButton"));
    Style::makeTitle(m_appName);
    for (int i = 0; i < SectionCount; ++i)
        m_navigation->addItem(QString());
    m_navigation->setFixedWidth(200);
    m_navigation->setFrameShape(QFrame::NoFrame);

    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_retailers);
    m_pages->addWidget(m_myData);
    connect(m_overview, &OverviewPage::retailersRequested, this,
            [this] { showSection(Retailers); });
    connect(m_myData, &MyDataPage::retailersRequested, this, [this] { showSection(Retailers); });
    connect(m_overview, &OverviewPage::dataRequested, this, [this](qint64 id) {
        showSection(MyData);
        m_myData->showRetailer(id);
    });
    m_pages->addWidget(m_consents);
    m_pages->addWidget(m_requests);
    connect(m_requests, &RequestsPage::dataRequested, this, [this](qint64 id) {
        showSection(MyData);
        m_myData->showRetailer(id);
    });
    // From an alert on the overview: one click to a prefilled request, or to a request due.
    connect(m_overview, &OverviewPage::newRequestRequested, this,
            [this](qint64 retailerId, ::Requests::Kind kind, const RequestDetails &details) {
                showSection(Requests);
                m_requests->newRequest(retailerId, kind, details);
            });
    connect(m_myData, &MyDataPage::newRequestRequested, this,
            [this](qint64 retailerId, ::Requests::Kind kind, const RequestDetails &details) {
                showSection(Requests);
                m_requests->newRequest(retailerId, kind, details);
            });
    connect(m_overview, &OverviewPage::requestShowRequested, this, [this](const QString &id) {
        showSection(Requests);
        m_requests->selectRequest(id);
    });
    connect(m_requests, &RequestsPage::requestsChanged, m_overview, &OverviewPage::refresh);
    // Requests to shops with the Roer API go out and are followed by the request sender.
    connect(m_requests, &RequestsPage::sendRequested, m_services, &ConsentServices::sendRequests);
    connect(m_requests, &RequestsPage::checkRequested, m_services,
            [this](const QString &) { m_services->checkRequests(); });
    connect(m_requests, &RequestsPage::retryRequested, m_services, &ConsentServices::retryRequest);
    // What waits in the outboxes goes out as soon as the vault is open, not only once the
    // customer opens the Consents page; open requests are asked about at the same time.
    connect(manager, &VaultManager::unlocked, m_services, [this] { m_services->ensure(); });
    if (manager->vault())
        QTimer::singleShot(0, m_services, [this] { m_services->ensure(); });
    connect(m_services, &ConsentServices::requestChanged, this, [this] {
        m_requests->refresh();
        m_overview->refresh();
    });
    m_pages->addWidget(settings);

    // The left column: name, sections, and the lock button at the bottom.
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("sideBar"));
    side->setStyleSheet(QStringLiteral("QWidget#sideBar { background: #e9eef2; "
                                       "border-right: 1px solid #d5dde3; }"));
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { border: none; }"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 20, 8, 16);
    sideLayout->setSpacing(Style::kSpacing);
    // The application icon beside the name, when the executable carries one.
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(12, 0, 0, 8);
    brand->setSpacing(10);
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        auto *logo = new QLabel(side);
        logo->setPixmap(icon.pixmap(32, 32));
        brand->addWidget(logo);
    }
    brand->addWidget(m_appName, 1);
    sideLayout->addLayout(brand);
    sideLayout->addWidget(m_navigation, 1);
    sideLayout->addWidget(m_deliveryStatus);
    sideLayout->addWidget(m_showGuide);
    sideLayout->addWidget(m_lock);
    // Counts over all shops from the Consents page; updated when the outbox changes.
    connect(m_consents, &ConsentsPage::deliveryStatusChanged, m_deliveryStatus,
            &DeliveryStatusButton::setCounts);
    connect(m_deliveryStatus, &DeliveryStatusButton::consentsRequested, this,
            [this] { showSection(Consents); });
    connect(manager, &VaultManager::locked, m_deliveryStatus,
            [this] { m_deliveryStatus->setCounts(0, 0); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    auto *column = new QVBoxLayout;
    column->setSpacing(0);
    column->addWidget(m_guide);
    column->addWidget(m_pages, 1);
    layout->addLayout(column, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_lock, &QPushButton::clicked, this, &WorkspaceView::lockRequested);
    m_navigation->setCurrentRow(Overview);
    setFocusProxy(m_navigation);
    // Ctrl+1 … Ctrl+6 open the parts from anywhere in the window (only while it is unlocked:
    // a hidden workspace's shortcuts do not fire).
    for (int i = 0; i < SectionCount; ++i) {
        auto *shortcut = new QShortcut(sectionKey(Section(i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            showSection(Section(i));
            m_navigation->setFocus(Qt::ShortcutFocusReason);
        });
    }
    connectGuide(manager);
    retranslateUi();
}

// The guide follows what the customer does: every change that may finish a step makes it
// look again, and the page on screen counts as seen (My data, Consents).
void WorkspaceView::connectGuide(VaultManager *manager)
{
    m_showGuide->setObjectName(QStringLiteral("showGuide"));
    m_showGuide->setVisible(false);
    const auto look = [this] {
        if (currentSection() == MyData)
            m_guide->seen(GuideProgress::Step::SeeData);
        else if (currentSection() == Consents)
            m_guide->seen(GuideProgress::Step::Receipt);
        else
            m_guide->refresh();
    };
    connect(m_navigation, &QListWidget::currentRowChanged, m_guide, look);
    connect(m_retailers, &RetailersPage::retailersChanged, m_guide, look);
    connect(m_retailers, &RetailersPage::dataImported, m_guide, look);
    connect(m_services, &ConsentServices::deliveryChanged, m_guide, look);
    connect(m_services, &ConsentServices::linkChanged, m_guide, look);
    connect(m_consents, &ConsentsPage::deliveryStatusChanged, m_guide, look);
    connect(manager, &VaultManager::unlocked, m_guide, look);
    const auto sectionFor = [](GuideProgress::Step step) {
        using Step = GuideProgress::Step;
        return step == Step::AddShop || step == Step::GetData ? Retailers
            : step == Step::SeeData                           ? MyData
                                                              : Consents;
    };
    m_guide->setOnPage([this, sectionFor](GuideProgress::Step step) {
        return currentSection() == sectionFor(step);
    });
    connect(m_guide, &GuidePanel::goTo, this, [this, sectionFor](GuideProgress::Step step) {
        showSection(sectionFor(step));
        m_pages->currentWidget()->setFocus(Qt::OtherFocusReason);
    });
    // Locked, the whole workspace is hidden; the button only has to follow the guide.
    connect(m_guide, &GuidePanel::runningChanged, m_showGuide,
            [this](bool running) { m_showGuide->setVisible(!running); });
    connect(m_showGuide, &QPushButton::clicked, m_guide, &GuidePanel::restart);
    m_showGuide->setVisible(!m_guide->isRunning());
}

void WorkspaceView::showSection(Section section)
{
    m_navigation->setCurrentRow(section);
}

QKeySequence WorkspaceView::sectionKey(Section section)
{
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(section)));
}

WorkspaceView::Section WorkspaceView::currentSection() const
{
    return Section(m_navigation->currentRow());
}

void WorkspaceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        fitNavigation();
    QWidget::changeEvent(event);
}

// Wide enough for the longest part's name in this language and text size (large text grows
// it); never narrower than the usual 200 px.
void WorkspaceView::fitNavigation()
{
    const QFontMetrics metrics(m_navigation->font());
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(i)->text()));
    // The list's and the item's padding (style sheet), and room for the focus border.
    const int room = metrics.height() * 4;
    m_navigation->setFixedWidth(std::max(200, widest + room));
}

void WorkspaceView::retranslateUi()
{
    for (int i = 0; i < SectionCount; ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        item->setText(tr(kSectionNames[i]));
        //: %1 is the keyboard shortcut, e.g. Ctrl+3
        item->setToolTip(
            tr("Shortcut: %1").arg(sectionKey(Section(i)).toString(QKeySequence::NativeText)));
        item->setData(Qt::AccessibleDescriptionRole, item->toolTip());
    }
    fitNavigation();
    m_navigation->setAccessibleName(tr("Parts of Roer"));
    m_lock->setText(tr("Lock"));
    m_showGuide->setText(tr("Show the guide"));
    m_showGuide->setAccessibleDescription(
        tr("Step by step from adding a shop to sending your first choice."));
    //: %1 is the keyboard shortcut, e.g. Ctrl+L
    m_lock->setToolTip(
        tr("Lock Roer now (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
}
