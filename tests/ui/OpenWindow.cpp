#include "OpenWindow.h"

#include "LanguageManager.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "vault/VaultManager.h"

#include <QTemporaryDir>
#include <QTest>

OpenWindow::OpenWindow() = default;

OpenWindow::~OpenWindow()
{
    close();
}

bool OpenWindow::open(const QString &passphrase, const QSize &size)
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_manager = std::make_unique<VaultManager>(m_dir->filePath(QStringLiteral("vault")));
    if (!m_manager->createWithPassphrase(passphrase) || !m_manager->confirmRecoveryCode())
        return false;
    m_languages = std::make_unique<LanguageManager>();
    UiTestSupport::useBuildTranslations(*m_languages);
    m_languages->setLanguage(QStringLiteral("en"), false);
    m_window = std::make_unique<MainWindow>(m_manager.get(), m_languages.get());
    m_window->resize(size);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void OpenWindow::close()
{
    if (m_manager)
        m_manager->lock();
    m_window.reset();
    m_languages.reset();
    m_manager.reset();
    m_dir.reset();
}

Vault &OpenWindow::vault()
{
    return *m_manager->vault();
}
