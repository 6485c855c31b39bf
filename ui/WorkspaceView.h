#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class SettingsPage;

// The unlocked main area: navigation on the left, the chosen page on the right.
class WorkspaceView : public QWidget
{
    Q_OBJECT
public:
    enum Section { Overview, Retailers, MyData, Consents, Requests, Settings, SectionCount };

    WorkspaceView(SettingsPage *settings, QWidget *parent = nullptr);

    void showSection(Section section);
    Section currentSection() const;
    QPushButton *lockButton() const { return m_lock; }

signals:
    void lockRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_appName;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QPushButton *m_lock;
};
