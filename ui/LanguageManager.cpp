#include "LanguageManager.h"

#include "UiSettings.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    if (m_roer)
        QCoreApplication::removeTranslator(m_roer.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString LanguageManager::systemDefault()
{
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                          : QStringLiteral("en");
}

QString LanguageManager::storedOrDefault()
{
    const QString stored = UiSettings::language();
    return supportedLanguages().contains(stored) ? stored : systemDefault();
}

QString LanguageManager::nativeName(const QString &language)
{
    return language == QLatin1String("nl") ? QStringLiteral("Nederlands")
                                           : QStringLiteral("English");
}

bool LanguageManager::setLanguage(const QString &language, bool remember)
{
    if (!supportedLanguages().contains(language))
        return false;

    // Remove first: installing the same translator twice does not send a new LanguageChange.
    if (m_roer)
        QCoreApplication::removeTranslator(m_roer.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_roer.reset();
    m_qt.reset();

    // Qt's own texts (context menus, standard dialogs), when the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = std::move(qt);
        QCoreApplication::installTranslator(m_qt.get());
    }

    // The source texts are English; roer_en.qm may be empty, which is fine.
    auto roer = std::make_unique<QTranslator>();
    if (roer->load(QStringLiteral("roer_") + language, m_path)) {
        m_roer = std::move(roer);
        QCoreApplication::installTranslator(m_roer.get());
    } else if (language != QLatin1String("en")) {
        qCWarning(lcUi) << "No translation found for language" << language;
    }

    const bool changed = m_language != language;
    m_language = language;
    QLocale::setDefault(
        QLocale(language == QLatin1String("nl") ? QLocale::Dutch : QLocale::English));
    if (remember)
        UiSettings::setLanguage(language);
    if (!m_roer && !m_qt) {
        // Nothing installed, so Qt sends no LanguageChange by itself (English source texts).
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    if (changed)
        emit languageChanged(language);
    return true;
}
