#pragma once

#include <QKeySequence>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class ConsentServices;
class ConsentsPage;
class DeliveryStatusButton;
class GuidePanel;
class ExplainService;
class LanguageManager;
class MyDataPage;
class OverviewPage;
class RequestsPage;
class RetailersPage;
class SettingsPage;
class VaultManager;

// The unlocked main area: navigation on the left, the chosen page on the right.
class WorkspaceView : public QWidget
{
    Q_OBJECT
public:
    enum Section { Overview, Retailers, MyData, Consents, Requests, Settings, SectionCount };

    WorkspaceView(SettingsPage *settings, VaultManager *manager, LanguageManager *languages,
                  QWidget *parent = nullptr);

    void showSection(Section section);
    Section currentSection() const;
    // Ctrl+1 for the Overview, Ctrl+2 for Retailers, and so on.
    static QKeySequence sectionKey(Section section);
    QPushButton *lockButton() const { return m_lock; }
    OverviewPage *overviewPage() const { return m_overview; }
    RetailersPage *retailersPage() const { return m_retailers; }
    MyDataPage *myDataPage() const { return m_myData; }
    ConsentsPage *consentsPage() const { return m_consents; }
    RequestsPage *requestsPage() const { return m_requests; }
    // Explains retailers in the background for Overview and My data (one cache for both).
    ExplainService *explainService() const { return m_explain; }
    DeliveryStatusButton *deliveryStatus() const { return m_deliveryStatus; }
    ConsentServices *consentServices() const { return m_services; }
    GuidePanel *guide() const { return m_guide; }

signals:
    void lockRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitNavigation();
    void connectGuide(VaultManager *manager);

    QLabel *m_appName;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QPushButton *m_lock;
    ExplainService *m_explain;
    ConsentServices *m_services;
    DeliveryStatusButton *m_deliveryStatus;
    OverviewPage *m_overview;
    RetailersPage *m_retailers;
    MyDataPage *m_myData;
    ConsentsPage *m_consents;
    RequestsPage *m_requests;
    GuidePanel *m_guide;
    QPushButton *m_showGuide;
};
