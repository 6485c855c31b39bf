#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

// Dutch or English, switched while Roer runs. Installing a translator makes Qt send
// QEvent::LanguageChange to every widget, which then sets its texts again.
// The choice is kept in QSettings; without one, the system language decides.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "nl" or "en".
    static QStringList supportedLanguages();
    // Dutch for nl* locales, English for everything else.
    static QString systemDefault();
    // The stored choice, or the system default.
    static QString storedOrDefault();
    // The language's own name, e.g. "Nederlands" for "nl" (not translated on purpose).
    static QString nativeName(const QString &language);

    QString language() const { return m_language; }
    // Loads and installs the translation; stores the choice when `remember` is set.
    bool setLanguage(const QString &language, bool remember = true);

    // Test seam: where roer_<lang>.qm is looked up. Default ":/i18n".
    void setTranslationsPath(const QString &path) { m_path = path; }

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QString m_path = QStringLiteral(":/i18n");
    std::unique_ptr<QTranslator> m_roer;
    std::unique_ptr<QTranslator> m_qt;
};
