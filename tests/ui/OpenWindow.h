#pragma once

#include <QSize>
#include <QString>

#include <memory>

class LanguageManager;
class MainWindow;
class QTemporaryDir;
class Vault;
class VaultManager;

// What most widget tests start from: a real passphrase vault in a temporary folder (its
// recovery code confirmed, as after setup), the build's translations set to English, and the
// main window shown. close() locks and throws it all away, in the order the app does.
class OpenWindow
{
public:
    OpenWindow();
    ~OpenWindow();

    bool open(const QString &passphrase, const QSize &size = QSize(1100, 760));
    void close();

    Vault &vault();
    VaultManager *manager() const { return m_manager.get(); }
    LanguageManager *languages() const { return m_languages.get(); }
    MainWindow *window() const { return m_window.get(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VaultManager> m_manager;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};
